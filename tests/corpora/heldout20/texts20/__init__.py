"""The words and figures of the heldout20 documents: `scanned` holds what the seven image-only or
partly image-only documents show on paper, `controls` the five other documents. Invented text;
place and unit names are real. Change a figure here and you must change its golden."""
