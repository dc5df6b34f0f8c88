# Development shortcuts. The shared data (../shared) exists on development and CI machines only.
SHARED ?= ../shared
OUT ?= out

.PHONY: test lint dev-facts seed-facts bench

test:
	python -m pytest -q

lint:
	ruff check src tests scripts
	mypy
	lint-imports

# Predictions for the fact dev set, scored with beritanlp and with the shared scorer.
dev-facts:
	mkdir -p $(OUT)
	beritanlp evaluate facts $(SHARED)/data/facts/gov_dev.jsonl --pred-out $(OUT)/gov_dev.pred.jsonl
	python $(SHARED)/tools/score_facts.py $(SHARED)/data/facts/gov_dev.jsonl $(OUT)/gov_dev.pred.jsonl

seed-facts:
	beritanlp analyze $(SHARED)/data/seed/spi_pangkalpinang_2024.txt

bench:
	python tests/benchmarks/load.py
	python tests/benchmarks/stem.py
	python tests/benchmarks/throughput.py
