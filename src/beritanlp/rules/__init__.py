"""Pure rule cores: text in, schema-shaped facts out, with their tables passed in (no spaCy)."""
