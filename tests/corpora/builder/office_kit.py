"""The Word and Excel moves the later batches (heldout8 onwards) share, stamped with one batch's
fixed time and author so every file it writes has stable bytes.

    STAMP = OfficeStamp(FIXED_DT, author="Administrator", revision=5)
    d = STAMP.new_docx(); para(d, "…"); table(d, rows, merges); STAMP.save_docx(d, path)
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from tests.corpora.builder import office

# The file mode of every ZIP entry these batches were first written with (part of their bytes).
ZIP_MODE = 0o644 << 16


@dataclass(frozen=True)
class OfficeStamp:
    """What a batch writes into every Office file: one fixed time, an author, a revision."""

    when: datetime
    author: str = "Administrator"
    revision: int = 3

    def new_docx(self) -> Any:
        """A document in 12-point Times New Roman / 仿宋_GB2312 with fixed core properties."""
        import docx
        from docx.oxml.ns import qn
        from docx.shared import Pt

        document = docx.Document()
        normal = document.styles["Normal"]
        normal.font.name = "Times New Roman"
        normal.font.size = Pt(12)
        normal.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
        office.set_core(document.core_properties, author=self.author, last_modified_by=self.author,
                        created=self.when, modified=self.when, last_printed=self.when, revision=self.revision,
                        title="")
        return document

    def save_docx(self, document: Any, path: Path) -> None:
        office.save_docx(document, path, self.when, external_attr=ZIP_MODE)

    def save_xlsx(self, workbook: Any, path: Path) -> None:
        office.set_core(workbook.properties, creator=self.author, lastModifiedBy=self.author,
                        created=self.when, modified=self.when)
        office.save_xlsx(workbook, path, self.when, external_attr=ZIP_MODE)


def para(document: Any, text: str, indent: bool = True, bold: bool = False) -> Any:
    """A body paragraph, its first line indented by two characters unless `indent` is False."""
    from docx.shared import Pt

    paragraph = document.add_paragraph()
    if indent:
        paragraph.paragraph_format.first_line_indent = Pt(24)
    run = paragraph.add_run(text)
    run.bold = bold
    return paragraph


def table(document: Any, rows: Sequence[Sequence[str]], merges: Sequence[tuple[tuple[int, int], tuple[int, int]]] = ()
          ) -> Any:
    """A grid table of `rows` with the cells of each ((r0, c0), (r1, c1)) pair merged, the first kept."""
    grid = office.grid_table(document, rows)
    for first, last in merges:
        keep = grid.cell(*first).text
        grid.cell(*first).merge(grid.cell(*last)).text = keep
    return grid


def xl_put(ws: Any, ref: str, value: Any, fmt: str | None = None, bold: bool = False, merge_to: str | None = None,
           center: bool = False, size: int = 10, border: bool = True) -> None:
    """One cell of a printed form in 宋体: value, number format, alignment, thin border, merge."""
    from openpyxl.styles import Alignment, Border, Font, Side

    thin = Side(style="thin")
    edge = Border(left=thin, right=thin, top=thin, bottom=thin) if border else Border()
    cell = ws[ref]
    cell.value = value
    if fmt:
        cell.number_format = fmt
    cell.font = Font(name="宋体", size=size, bold=bold)
    cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center" if center else None)
    cell.border = edge
    if merge_to:
        ws.merge_cells(f"{ref}:{merge_to}")
        first_col, first_row = ws[ref].column, ws[ref].row
        last = ws[merge_to]
        for row in ws.iter_rows(min_row=first_row, max_row=last.row, min_col=first_col, max_col=last.column):
            for c in row:
                c.border = edge


def merge_runs(ws: Any, col: str, first: int, labels: Sequence[str]) -> None:
    """Merge the cells of column `col` (rows from `first`) that repeat a label."""
    office.SheetWriter(ws, None).merge_column_runs(col, first, labels)
