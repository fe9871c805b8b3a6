"""One builder for every generated test document (held-out batches and `samples/`).

A batch generator (`tests/corpora/heldoutN/make_heldoutN.py`, `samples/make_binary_samples.py`)
keeps only its texts and its layout choices; everything that makes a file byte-stable or
lays it out lives here:

- `fonts`: the CJK fonts reportlab draws with (WenQuanYi Zen Hei, the built-in STSong-Light);
- `pdf`: a line-by-line layouter (it decides every line break, so breaks and page breaks are
  reproducible), the canvas renderer with running headers and footers, platypus story
  documents, and ruled tables; reportlab always runs in invariant mode;
- `canvas`: a second, canvas-direct layouter that draws its own grid and three-line tables;
- `office`: DOCX and XLSX written through python-docx and openpyxl, re-zipped with fixed entry
  times and core-property dates;
- `forms`: printed forms more than one batch uses (the Sichuan project sheet, the Anhui table);
- `text`: text files in a given encoding and line ending;
- `runs`: runs of equal adjacent labels (the cells a printed table merges);
- `cli`: the shared `--out DIR` command line of the generators.

The generators run as scripts; each puts the repository root on `sys.path` and imports
`tests.corpora.builder`, which needs nothing but the test extras (reportlab, python-docx,
openpyxl, Pillow) and the Debian font `fonts-wqy-zenhei` that `make test` installs.
"""
