"""Built-in importers, each a plugin module."""
