"""beritanlp: structured facts from Indonesian news."""

__version__ = "0.1.0"
