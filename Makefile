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

GOV_DEV = $(SHARED)/data/facts/gov_dev.jsonl
SPLITS ?= tune check

# Both splits of the fact dev set, each scored by `beritanlp evaluate facts` and by the shared
# scorer on the predictions it wrote (out/gov_dev.<split>.pred.jsonl).
dev-facts:
	mkdir -p $(OUT)
	@for split in $(SPLITS); do \
	  echo "== gov_dev $$split: beritanlp evaluate facts"; \
	  beritanlp evaluate facts $(GOV_DEV) --split $$split \
	    --pred-out $(OUT)/gov_dev.$$split.pred.jsonl || exit 1; \
	  echo "== gov_dev $$split: shared scorer (tools/score_facts.py)"; \
	  python $(SHARED)/tools/score_facts.py $(GOV_DEV) $(OUT)/gov_dev.$$split.pred.jsonl \
	    --split $$split || exit 1; \
	  echo; \
	done

seed-facts:
	beritanlp analyze $(SHARED)/data/seed/spi_pangkalpinang_2024.txt

bench:
	python tests/benchmarks/load.py
	python tests/benchmarks/stem.py
	python tests/benchmarks/throughput.py
