"""Maintenance commands for developers, outside the package (``python -m tools.<name>`` from
the repository root)."""
