"""Rule cores: pure text -> fact records, with every table they read passed in (no spaCy)."""
