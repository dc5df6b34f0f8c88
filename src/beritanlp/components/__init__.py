"""spaCy components: one thin wrapper per factory around a pure rule core."""
