"""Maintenance commands (``python -m newsclean.tools.<name>``)."""
