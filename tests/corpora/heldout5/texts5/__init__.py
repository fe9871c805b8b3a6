"""Texts of the heldout5 PDFs, one module per document."""
