"""Built-in exporters, each a plugin module."""
