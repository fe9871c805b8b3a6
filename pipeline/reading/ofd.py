"""OFD reader (GB/T 33190, the national fixed-layout format): text and ruled tables per page.

An OFD file is a ZIP of XML: `OFD.xml` names the document root (`Document.xml`),
which lists the pages (`Pages/Page_N/Content.xml`) and page templates. A page's
layers hold `TextObject`s (a boundary box, a size, an optional CTM, and
`TextCode` runs placed at X/Y with per-character `DeltaX` advances) and
`PathObject`s (a boundary and `AbbreviatedData`: `M x y L x y … C`).

Why not a library: on PyPI, ofdkit reads text runs but not path objects (so no
tables), easyofd renders through PyMuPDF to images/PDF, and ofdreader 0.1.0 is
an empty placeholder. This reader is small and on lxml (no DTDs, no entities,
no network), and feeds the PDF reader's layout code: each character becomes a
`Glyph` (millimetres to points), straight path segments become ruling edges,
pdfplumber's table finder turns edges into cells (the same one the PDF reader
uses), and `pdf.scans_to_pages` does furniture, paragraphs and tables over page
breaks. So an OFD page reads like the same page as a PDF.
"""
from __future__ import annotations

import io
import posixpath
import re
import zipfile
import zlib
from dataclasses import dataclass
from typing import Any

from pipeline.reading import ReadRequest
from pipeline.reading.guard import check_zip_container
from pipeline.reading.layout.flow import LayoutSettings
from pipeline.reading.layout.glyphs import Glyph, glyphs_to_lines
from pipeline.reading.layout.table_parts import BBox, TablePart, glyphs_outside, plumber_table_to_part
from pipeline.reading.pdf import MAX_PAGES, MIN_TABLE_CELLS, PageScan, check_has_content, scans_to_pages
from schemas.document import Document
from schemas.errors import CorruptDocument, ResourceLimitExceeded

PT_PER_MM = 72 / 25.4
DEFAULT_BOX_MM = (0.0, 0.0, 210.0, 297.0)
# A segment this close to horizontal/vertical (pt) is a rule; shorter ones are not table lines.
RULE_SLANT_PT = 0.5
RULE_MIN_LENGTH_PT = 3.0
EDGE_TOLERANCE_PT = 3.0
# Nesting of PageBlocks followed (a file nesting deeper is damaged or hostile).
MAX_BLOCK_DEPTH = 32
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?")

Affine = tuple[float, float, float, float, float, float]
_IDENTITY: Affine = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


@dataclass
class _Table:
    """What `plumber_table_to_part` needs of a table: its cell boxes and its box."""

    cells: list[BBox]
    bbox: BBox


def read(request: ReadRequest) -> Document:
    check_zip_container(request.data, request.path)
    try:
        archive = zipfile.ZipFile(io.BytesIO(request.data))
    except zipfile.BadZipFile as exc:
        raise CorruptDocument(f"the OFD container is damaged ({exc})", path=request.path) from exc
    with archive:
        package = _Package(archive, request.path)
        scans = [package.scan_page(n, location) for n, location in enumerate(package.pages(), 1)]
    warnings: list[str] = []
    pages = scans_to_pages(scans, LayoutSettings())
    check_has_content(pages, request.path, warnings)
    return Document(source_path=request.path, sha256=request.sha256, source_format=request.source_format,
                    pages=tuple(pages), title_hint=package.title, warnings=tuple(warnings))


class _Package:
    def __init__(self, archive: zipfile.ZipFile, path: str) -> None:
        self.archive = archive
        self.path = path
        root = self.xml("OFD.xml")
        doc_root = _text(root.find(".//{*}DocBody/{*}DocRoot"))
        if not doc_root:
            raise CorruptDocument("the OFD file names no document (OFD.xml has no DocRoot)", path=path)
        self.title = _text(root.find(".//{*}DocBody/{*}DocInfo/{*}Title")) or None
        self.doc_path = doc_root.lstrip("/")
        self.document = self.xml(self.doc_path)
        self.box = _box(_text(self.document.find("{*}CommonData/{*}PageArea/{*}PhysicalBox"))) or DEFAULT_BOX_MM
        self.templates = {t.get("ID"): self.resolve(t.get("BaseLoc") or "")
                          for t in self.document.findall("{*}CommonData/{*}TemplatePage")}

    def resolve(self, location: str) -> str:
        if location.startswith("/"):
            return location.lstrip("/")
        return posixpath.normpath(posixpath.join(posixpath.dirname(self.doc_path), location))

    def xml(self, name: str) -> Any:
        from lxml import etree

        parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
        try:
            return etree.fromstring(self.archive.read(name), parser)
        except KeyError as exc:
            raise CorruptDocument(f"the OFD file lacks its part {name!r}", path=self.path) from exc
        except (etree.XMLSyntaxError, zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as exc:
            raise CorruptDocument(f"the OFD part {name!r} is damaged ({exc})", path=self.path) from exc

    def pages(self) -> list[str]:
        found = self.document.findall("{*}Pages/{*}Page")
        if len(found) > MAX_PAGES:
            raise ResourceLimitExceeded(f"the OFD file has {len(found)} pages (limit {MAX_PAGES})", path=self.path)
        if not found:
            raise CorruptDocument("the OFD document has no pages", path=self.path)
        return [self.resolve(p.get("BaseLoc") or "") for p in found]

    def scan_page(self, number: int, location: str) -> PageScan:
        page = self.xml(location)
        box = _box(_text(page.find("{*}Area/{*}PhysicalBox"))) or self.box
        glyphs: list[Glyph] = []
        edges: list[dict[str, Any]] = []
        images = [0]
        for ref in page.findall("{*}Template"):
            template = self.templates.get(ref.get("TemplateID"))
            if template:
                _walk(self.xml(template).find("{*}Content"), glyphs, edges, images, 0)
        _walk(page.find("{*}Content"), glyphs, edges, images, 0)
        parts = _tables(edges, glyphs, number)
        outside = glyphs_outside(glyphs, parts)
        return PageScan(number=number, width=box[2] * PT_PER_MM, height=box[3] * PT_PER_MM,
                        lines=glyphs_to_lines(outside), parts=parts, image_only=not glyphs and images[0] > 0,
                        engine="ofd")


def _walk(node: Any, glyphs: list[Glyph], edges: list[dict[str, Any]], images: list[int], depth: int) -> None:
    if node is None or depth > MAX_BLOCK_DEPTH:
        return
    for child in node:
        tag = child.tag.rsplit("}", 1)[-1] if isinstance(child.tag, str) else ""
        if tag in ("Layer", "PageBlock", "CompositeObject"):
            _walk(child, glyphs, edges, images, depth + 1)
        elif tag == "TextObject":
            glyphs.extend(_text_glyphs(child))
        elif tag == "PathObject":
            edges.extend(_path_edges(child))
        elif tag == "ImageObject":
            images[0] += 1


def _text_glyphs(obj: Any) -> list[Glyph]:
    boundary = _box(obj.get("Boundary") or "") or (0.0, 0.0, 0.0, 0.0)
    ctm = _affine(obj.get("CTM"))
    scale = (abs(ctm[0] * ctm[3] - ctm[1] * ctm[2])) ** 0.5 or 1.0
    size = _float(obj.get("Size"), 3.5) * scale
    glyphs = []
    x = y = 0.0
    for code in obj.findall("{*}TextCode"):
        text = code.text or ""
        x = _float(code.get("X"), x)
        y = _float(code.get("Y"), y)
        deltas = _deltas(code.get("DeltaX"))
        for i, ch in enumerate(text):
            advance = deltas[i] if i < len(deltas) else (size / scale if ord(ch) > 0x2E80 else 0.5 * size / scale)
            if not ch.isspace():
                gx, gy = _apply(ctm, x, y)
                x0 = (boundary[0] + gx) * PT_PER_MM
                width = advance * scale * PT_PER_MM
                glyphs.append(Glyph(ch, x0, x0 + max(width, 0.1), (boundary[1] + gy) * PT_PER_MM, size * PT_PER_MM))
            x += advance
    return glyphs


def _path_edges(obj: Any) -> list[dict[str, Any]]:
    boundary = _box(obj.get("Boundary") or "") or (0.0, 0.0, 0.0, 0.0)
    ctm = _affine(obj.get("CTM"))
    data = _text(obj.find("{*}AbbreviatedData"))
    tokens = re.findall(r"[A-Za-z]|" + _NUMBER.pattern, data)
    points: list[tuple[tuple[float, float], tuple[float, float]]] = []
    start = current = None
    i = 0
    while i < len(tokens):
        op = tokens[i]
        i += 1
        if op in ("M", "S", "L"):
            try:
                point = (float(tokens[i]), float(tokens[i + 1]))
            except (IndexError, ValueError):
                break
            i += 2
            if op == "L" and current is not None:
                points.append((current, point))
            else:
                start = point
            current = point
        elif op == "C":
            if current is not None and start is not None:
                points.append((current, start))
            current = start
        elif op in ("Q", "B", "A"):  # curves are no table rules: skip their operands
            i += {"Q": 4, "B": 6, "A": 7}[op]
    edges = []
    for a, b in points:
        (ax, ay), (bx, by) = _apply(ctm, *a), _apply(ctm, *b)
        x0, x1 = sorted(((boundary[0] + ax) * PT_PER_MM, (boundary[0] + bx) * PT_PER_MM))
        top, bottom = sorted(((boundary[1] + ay) * PT_PER_MM, (boundary[1] + by) * PT_PER_MM))
        if bottom - top <= RULE_SLANT_PT and x1 - x0 >= RULE_MIN_LENGTH_PT:
            mid = (top + bottom) / 2
            edges.append({"x0": x0, "x1": x1, "top": mid, "bottom": mid, "width": x1 - x0, "height": 0.0,
                          "orientation": "h", "object_type": "line"})
        elif x1 - x0 <= RULE_SLANT_PT and bottom - top >= RULE_MIN_LENGTH_PT:
            mid = (x0 + x1) / 2
            edges.append({"x0": mid, "x1": mid, "top": top, "bottom": bottom, "width": 0.0, "height": bottom - top,
                          "orientation": "v", "object_type": "line"})
    return edges


def _tables(edges: list[dict[str, Any]], glyphs: list[Glyph], page: int) -> list[TablePart]:
    if not edges:
        return []
    from pdfplumber.table import cells_to_tables, edges_to_intersections, intersections_to_cells, merge_edges

    merged = merge_edges(edges, EDGE_TOLERANCE_PT, EDGE_TOLERANCE_PT, EDGE_TOLERANCE_PT, EDGE_TOLERANCE_PT)
    cells = intersections_to_cells(edges_to_intersections(merged, EDGE_TOLERANCE_PT, EDGE_TOLERANCE_PT))
    parts: list[TablePart] = []
    for boxes in sorted(cells_to_tables(cells), key=lambda t: (min(b[1] for b in t), min(b[0] for b in t))):
        bbox = (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))
        part = plumber_table_to_part(_Table(list(boxes), bbox), glyphs, page, len(parts) + 1)
        if part.n_rows * part.n_cols >= MIN_TABLE_CELLS:
            parts.append(part)
    return parts


def _text(node: Any) -> str:
    return (node.text or "").strip() if node is not None else ""


def _float(value: str | None, default: float) -> float:
    try:
        return float(value) if value is not None else default
    except ValueError:
        return default


def _box(value: str) -> tuple[float, float, float, float] | None:
    numbers = [float(n) for n in _NUMBER.findall(value)]
    return (numbers[0], numbers[1], numbers[2], numbers[3]) if len(numbers) >= 4 else None


def _affine(value: str | None) -> Affine:
    numbers = [float(n) for n in _NUMBER.findall(value or "")]
    return (numbers[0], numbers[1], numbers[2], numbers[3], numbers[4], numbers[5]) if len(numbers) == 6 else _IDENTITY


def _apply(m: Affine, x: float, y: float) -> tuple[float, float]:
    return m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]


def _deltas(value: str | None) -> list[float]:
    """`DeltaX`: advances between characters; `g N V` stands for N advances of V."""
    tokens = (value or "").split()
    out: list[float] = []
    i = 0
    while i < len(tokens):
        if tokens[i] == "g" and i + 2 < len(tokens):
            try:
                out.extend([float(tokens[i + 2])] * min(int(tokens[i + 1]), 100_000))
            except ValueError:
                break
            i += 3
        else:
            try:
                out.append(float(tokens[i]))
            except ValueError:
                break
            i += 1
    return out
