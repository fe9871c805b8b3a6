"""A reader's `Table` as a grid of cleaned cell texts that knows its merged cells.

Block recognition needs two things the raw grid does not say directly: which
positions one merged cell covers (a caption spanning a block's rows is one
cell, not a label per row), and which rows lost cells when a site flattened
its rowspans (`realigned_row`).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from extractors.table_values import clean_text
from schemas.document import Cell, Table

Origin = tuple[int, int]


@dataclass(frozen=True)
class CellAt:
    """One position of the grid: its cleaned text and the cell that covers it."""

    row: int
    col: int
    text: str
    origin: Origin | None
    address: str | None = None


@dataclass(frozen=True)
class Seg:
    """A run of positions in one row covered by one cell (a merged cell counts once)."""

    col: int
    end: int  # exclusive
    text: str
    origin: Origin | None


@dataclass(frozen=True)
class TableView:
    page: int
    index: int  # the table's index among its page's tables
    table: Table

    @cached_property
    def texts(self) -> list[list[str]]:
        return [[clean_text(t) for t in row] for row in self.table.grid()]

    @cached_property
    def origins(self) -> list[list[Origin | None]]:
        return self.table.origin_grid()

    @cached_property
    def _cells(self) -> dict[Origin, Cell]:
        return {(c.row, c.col): c for c in self.table.cells}

    @property
    def n_rows(self) -> int:
        return self.table.n_rows

    @property
    def n_cols(self) -> int:
        return self.table.n_cols

    def ocr_confidence(self, cell: CellAt) -> float | None:
        """How sure OCR was of the cell's text (its characters' mean); None when it was not OCR'd."""
        read = self._cells.get(cell.origin) if cell.origin else None
        return read.ocr.mean_confidence if read is not None and read.ocr is not None else None

    def at(self, row: int, col: int) -> CellAt:
        if not (0 <= row < self.n_rows and 0 <= col < self.n_cols):
            return CellAt(row, col, "", None)
        origin = self.origins[row][col]
        cell = self._cells.get(origin) if origin else None
        return CellAt(row, col, self.texts[row][col], origin, cell.address if cell else None)

    @cached_property
    def _segs(self) -> dict[int, tuple[Seg, ...]]:
        return {}

    def segs(self, row: int) -> list[Seg]:
        cached = self._segs.get(row)
        if cached is None:
            cached = self._segs[row] = tuple(self._row_segs(row))
        return list(cached)

    def _row_segs(self, row: int) -> list[Seg]:
        out: list[Seg] = []
        for col in range(self.n_cols):
            origin = self.origins[row][col]
            if out and origin is not None and out[-1].origin == origin:
                out[-1] = Seg(out[-1].col, col + 1, out[-1].text, origin)
            else:
                out.append(Seg(col, col + 1, self.texts[row][col], origin))
        return out

    def filled(self, row: int) -> list[Seg]:
        return [s for s in self.segs(row) if s.text]

    def is_empty(self, row: int) -> bool:
        return not any(self.texts[row])

    def same_cell_above(self, row: int, col: int) -> bool:
        """Whether the position continues a cell from the row above (a vertical merge)."""
        return row > 0 and self.origins[row][col] is not None and self.origins[row][col] == self.origins[row - 1][col]

    def row_text(self, row: int) -> str:
        return " | ".join(s.text for s in self.filled(row))

    def row_shift(self, row: int, width: int) -> int:
        """How far right a short row would go to end under the header's last column.

        A site that drops rowspans leaves continuation rows short: their cells
        start at column 0 and the row ends early. Whether to apply the shift is
        the caller's call (a reader may also omit trailing empty cells).
        """
        covered = [c for c in range(self.n_cols) if self.origins[row][c] is not None]
        if not covered:
            return 0
        shift = (width - 1) - covered[-1]
        return shift if 0 < shift and len(covered) + shift <= width else 0

    def shifted_row(self, row: int, shift: int) -> list[CellAt]:
        """The row's positions moved `shift` columns to the right (empty positions enter at the left)."""
        cells = [self.at(row, c) for c in range(self.n_cols)]
        moved = [CellAt(row, c, "", None) for c in range(shift)]
        moved += [CellAt(row, c.col + shift, c.text, c.origin, c.address) for c in cells[: self.n_cols - shift]]
        return moved

    def last_covered(self, row: int) -> int:
        covered = [c for c in range(self.n_cols) if self.origins[row][c] is not None and self.texts[row][c] != ""]
        return covered[-1] if covered else -1
