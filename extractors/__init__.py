"""Extractors: one module per family of facts, registered by name (see registry)."""
