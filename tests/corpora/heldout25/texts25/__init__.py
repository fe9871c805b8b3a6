"""The words and figures of the heldout25 documents: `scanned` holds what the seven image-only or
partly image-only documents show on paper, `controls` the three text documents. Invented text;
place names are real. Change a figure here and you must change its golden."""
