"""Trained models shipped with beritanlp (this folder is packaged as ``beritanlp.models``)."""
