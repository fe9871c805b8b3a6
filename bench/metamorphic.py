"""Metamorphic accuracy: the corpora's text documents rewritten in ways that keep every fact, scored again.

A report's facts do not change when the digits of its prose are full-width, its numbers lose or gain
their thousands separators, its lines are cut at a printed width as a flattened PDF's are, a page
number stands between two lines, its punctuation is ASCII, spaces stand between Chinese and figures
as many web pages set them, its money is written in 元 rather than 万元, or it is paged as `pdftotext`
pages a PDF (a footer, a form feed, the title as running header). The goldens therefore still hold for
the rewritten documents, and every field, metric or flag a rewriting loses (or gains) is a brittleness
that a report never seen will hit. Tables are left whole (a table aligned by spaces is not the same
table with other widths). This measures; it gates nothing.

    python bench/metamorphic.py                        # every rewriting, every corpus with text documents
    python bench/metamorphic.py --only hard_wrap -v    # one rewriting, each changed document's notes
    python bench/metamorphic.py --corpus samples       # one corpus

Documents: the Markdown and plain-text documents with a golden file in `samples/`, `tests/corpora/*`
and `../shared/corpus/dev` (when there). Each is decoded as UTF-8 or else GB18030 and written back in
the same encoding, under its own name beside a copy of its golden file.
"""
from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from tests.corpora.scoring import CorpusScore, DocumentScore, score_corpus  # noqa: E402

TEXT_SUFFIXES = (".md", ".txt")
_RUN_CLI = "import sys; from pipeline.cli import app; sys.argv[0] = 'jixiao'; sys.exit(app())"
_FULL_WIDTH_DIGITS = str.maketrans("0123456789%", "０１２３４５６７８９％")
_ASCII_PUNCTUATION = str.maketrans({"，": ",", "；": ";", "：": ":", "（": "(", "）": ")", "％": "%"})
# ASCII figures only, whole (not the tail of `１８６２．４０万元` or of `167、00万元`).
_WAN_YUAN = re.compile(r"(?<![\d.,．、])([0-9][0-9,]*(?:\.[0-9]+)?)万元")
_CUT_FIGURE_TAIL = re.compile(r"[\d,.]*万元")
_NUMBER = re.compile(r"(?<![\d.,])\d{5,}(?:\.\d+)?(?![\d,])")
_GROUPED = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
_CJK_THEN_FIGURE = re.compile(r"([\u4e00-\u9fff])(?=\d)")
_FIGURE_THEN_CJK = re.compile(r"(\d%?)(?=[\u4e00-\u9fff])")
# A prose line: a sentence's punctuation, no table separators (pipes, tabs, cells set apart by spaces).
_SENTENCE_MARK = re.compile(r"[，。；]")
_TABLE_MARK = re.compile(r"[|\t]| {2,}\S|^\s*#")
WRAP_WIDTH = 34
PAGE_EVERY_LINES = 9
PAGE_LINES = 30


def is_prose(line: str) -> bool:
    """A line of sentences, not a table row or heading (a table flattened onto one line has many spaces)."""
    return bool(_SENTENCE_MARK.search(line)) and not _TABLE_MARK.search(line) and line.count(" ") <= 2


def _prose_lines(text: str, change: Callable[[str], list[str]]) -> str:
    """`change` applied to every prose line; tables, headings and blank lines are kept whole."""
    out: list[str] = []
    for line in text.split("\n"):
        out.extend(change(line) if is_prose(line.rstrip("\r")) else [line])
    return "\n".join(out)


def full_width_digits(text: str) -> str:
    """Full-width digits in the body (a table aligned by spaces would lose its columns: a full-width
    digit is two columns wide)."""
    return _prose_lines(text, lambda line: [line.translate(_FULL_WIDTH_DIGITS)])


def thousands_separators(text: str) -> str:
    def grouped(match: re.Match[str]) -> str:
        whole, dot, decimals = match.group().partition(".")
        return f"{int(whole):,}{dot}{decimals}"
    return _prose_lines(text, lambda line: [_NUMBER.sub(grouped, line)])


def no_thousands_separators(text: str) -> str:
    return _prose_lines(text, lambda line: [_GROUPED.sub("", line)])


def hard_wrap(text: str) -> str:
    """Prose lines broken every WRAP_WIDTH characters, as text flattened from a PDF page is (a CRLF
    file keeps its line ends)."""
    def wrapped(line: str) -> list[str]:
        body, end = (line[:-1], "\r") if line.endswith("\r") else (line, "")
        if len(body) <= 1.5 * WRAP_WIDTH:  # already wrapped, or a short paragraph
            return [line]
        return [body[i:i + WRAP_WIDTH] + end for i in range(0, len(body), WRAP_WIDTH)]
    return _prose_lines(text, wrapped)


def page_numbers(text: str) -> str:
    """A wrapped text with a centred page number (`- 3 -`) after every PAGE_EVERY_LINES lines."""
    lines, out, page = hard_wrap(text).split("\n"), [], 1
    for index, line in enumerate(lines, 1):
        out.append(line)
        if index % PAGE_EVERY_LINES == 0 and is_prose(line) and index < len(lines):
            out.append(f"- {page} -")
            page += 1
    return "\n".join(out)


def ascii_punctuation(text: str) -> str:
    """ASCII punctuation in the prose (a table aligned by spaces would lose its columns)."""
    return _prose_lines(text, lambda line: [line.translate(_ASCII_PUNCTUATION)])


def yuan_not_wan(text: str) -> str:
    """Money in the prose written in 元 rather than 万元 (`1,234.56万元` -> `12,345,600.00元`)."""
    def in_yuan(match: re.Match[str]) -> str:
        yuan = Decimal(match.group(1).replace(",", "")) * 10000
        return f"{yuan:,.2f}元"

    lines = text.split("\n")
    for index, line in enumerate(lines):
        if not is_prose(line.rstrip("\r")):
            continue
        # A figure a wrap cut (`调整后预算5,578.` / `72万元`) is left alone: its head is on the line before.
        cut = index > 0 and lines[index - 1].rstrip("\r")[-1:] in tuple("0123456789.,")
        head = _CUT_FIGURE_TAIL.match(line) if cut else None
        start = head.end() if head else 0
        lines[index] = line[:start] + _WAN_YUAN.sub(in_yuan, line[start:])
    return "\n".join(lines)


def pdftotext_pages(text: str) -> str:
    """Prose cut at a printed width, and after PAGE_LINES lines or more a page break (form feed) with a footer
    (`- 3 -`) before it and the report's title as a running header after it, as `pdftotext` gives a PDF."""
    title = next((line.strip().lstrip("#").strip() for line in text.split("\n") if line.strip()), "")
    lines, out, page, since = hard_wrap(text).split("\n"), [], 1, 0
    for index, line in enumerate(lines, 1):
        out.append(line)
        since += 1
        # A page ends after a line of prose (a table is kept whole: a page break inside one is another matter).
        if since >= PAGE_LINES and index < len(lines) and is_prose(line) and is_prose(lines[index]):
            out.extend([f"- {page} -", f"\f{title}"])
            page, since = page + 1, 0
    return "\n".join(out)


def spaced_figures(text: str) -> str:
    """A space between Chinese and a figure on either side (`执行率为 96.5% ，`), as many web pages set it."""
    return _prose_lines(text, lambda line: [_FIGURE_THEN_CJK.sub(r"\1 ", _CJK_THEN_FIGURE.sub(r"\1 ", line))])


_REPORT_YEAR = re.compile(r"(20\d{2})\s*年度")


def site_chrome(text: str) -> str:
    """The page as saved from a government portal: breadcrumbs, the publishing line with its date, counts and
    codes, links to the previous and next articles (other years' reports), and the site's footer."""
    found = _REPORT_YEAR.search(text[:400])
    year = int(found.group(1)) if found else 2023
    top = ["首页 > 政务公开 > 财政信息 > 预算绩效管理",
           f"发布时间：{year + 1}-04-18 09:32:11    来源：本网    浏览次数：2318",
           "【字体：大 中 小】【打印本页】【关闭窗口】", ""]
    bottom = ["", f"上一篇：{year - 1}年度部门预算公开说明", f"下一篇：关于{year + 1}年度项目支出绩效目标的公示",
              "相关链接：政府信息公开目录 | 政策解读 | 互动交流",
              "主办单位：人民政府办公室    承办：政务服务和数据管理局",
              "网站标识码：4307230001    备案号：湘ICP备11003254号-1    公安备案号：43072302000123",
              "技术支持：信息中心    联系电话：0736-7212345"]
    end = "\r\n" if "\r\n" in text else "\n"
    bom = "\ufeff" if text.startswith("\ufeff") else ""  # the file's mark stays its first character
    return bom + end.join(top) + text.removeprefix(bom) + end.join(bottom)


REWRITINGS: dict[str, Callable[[str], str]] = {
    "identity": lambda text: text,
    "full_width_digits": full_width_digits,
    "thousands_separators": thousands_separators,
    "no_thousands_separators": no_thousands_separators,
    "hard_wrap": hard_wrap,
    "page_numbers": page_numbers,
    "ascii_punctuation": ascii_punctuation,
    "spaced_figures": spaced_figures,
    "yuan_not_wan": yuan_not_wan,
    "pdftotext_pages": pdftotext_pages,
    "site_chrome": site_chrome,
}


# Rewritings that give a paged text: plain text only (what `pdftotext` writes).
PAGED_TEXT_ONLY = (pdftotext_pages,)


def text_documents(exclude: Sequence[str] = (), only: Sequence[str] = ()) -> list[Path]:
    folders = [REPO / "samples", *sorted((REPO / "tests" / "corpora").glob("heldout*")),
               REPO.parent / "shared" / "corpus" / "dev"]
    return [p for folder in folders if folder.is_dir() for p in sorted(folder.iterdir())
            if p.suffix in TEXT_SUFFIXES and (p.parent / f"{p.stem}.golden.json").is_file()
            and p.parent.name not in exclude and (not only or p.parent.name in only)]


def _decode(data: bytes) -> tuple[str, str]:
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("gb18030"), "gb18030"


def write_rewritten(documents: Sequence[Path], rewrite: Callable[[str], str], folder: Path) -> None:
    for document in documents:
        # One folder per corpus: two corpora may hold documents of the same name.
        target = folder / document.parent.name
        target.mkdir(parents=True, exist_ok=True)
        text, encoding = _decode(document.read_bytes())
        if document.suffix != ".txt" and rewrite in PAGED_TEXT_ONLY:
            rewrite_this: Callable[[str], str] = REWRITINGS["identity"]  # Markdown has no pages
        else:
            rewrite_this = rewrite
        (target / document.name).write_bytes(rewrite_this(text).encode(encoding))
        shutil.copy(document.parent / f"{document.stem}.golden.json", target)


def write_as_pdf(documents: Sequence[Path], folder: Path) -> None:
    """Each Markdown document set as a PDF (`metamorphic_pdf`), under its name with `.pdf`. Plain-text ones
    are left out: their tables, aligned by spaces, a one-paragraph page or a cell a line, have no layout the
    PDF could be said to keep."""
    from metamorphic_pdf import write_pdf

    for document in (d for d in documents if d.suffix == ".md"):
        target = folder / document.parent.name
        target.mkdir(parents=True, exist_ok=True)
        text, _ = _decode(document.read_bytes())
        write_pdf(text, target / f"{document.stem}.pdf")
        shutil.copy(document.parent / f"{document.stem}.golden.json", target)


# The same report in another format: PDF (needs the test extras, reportlab, and fonts-wqy-zenhei).
FORMATS = {"as_pdf": write_as_pdf}


def score_rewriting(name: str, documents: Sequence[Path], work: Path) -> dict[str, CorpusScore]:
    folder = work / name
    if name in FORMATS:
        FORMATS[name](documents, folder)
    else:
        write_rewritten(documents, REWRITINGS[name], folder)
    db = work / f"{name}.duckdb"
    # This checkout's code (its folder first on the path), whichever jixiao is installed.
    subprocess.run([sys.executable, "-c", _RUN_CLI, "ingest", str(folder), "--db", str(db), "--no-validate",
                    "--no-progress"], check=False, capture_output=True, cwd=REPO)
    return {corpus.name: score_corpus(db, corpus) for corpus in sorted(folder.iterdir()) if corpus.is_dir()}


def _by_document(scores: dict[str, CorpusScore]) -> dict[str, DocumentScore]:
    # by stem: a report set as a PDF is the same report
    return {f"{corpus}/{Path(d.document).stem}": d for corpus, score in scores.items() for d in score.documents}


def _line(name: str, scores: dict[str, CorpusScore]) -> str:
    merged = CorpusScore(sum(s.goldens for s in scores.values()),
                         tuple(d for s in scores.values() for d in s.documents),
                         tuple(m for s in scores.values() for m in s.missing))
    return f"{name:24} {merged.summary()}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", action="append", choices=sorted([*REWRITINGS, *FORMATS]),
                        help="these rewritings (repeatable)")
    parser.add_argument("--keep", type=Path, help="keep the rewritten documents and databases here")
    parser.add_argument("--corpus", action="append", default=[], metavar="CORPUS",
                        help="only this corpus folder (`samples`, `heldout12`, `dev`; repeatable)")
    parser.add_argument("--exclude", action="append", default=[], metavar="CORPUS",
                        help="leave out this corpus folder (e.g. a batch not yet scored blind)")
    parser.add_argument("-v", "--verbose", action="store_true", help="the notes of every document that changed")
    args = parser.parse_args(argv)
    documents = text_documents(args.exclude, args.corpus)
    names = ["identity", *[n for n in (args.only or [*REWRITINGS, *FORMATS]) if n != "identity"]]
    work = args.keep or Path(tempfile.mkdtemp(prefix="jixiao-meta-"))
    print(f"{len(documents)} text documents with goldens", flush=True)
    baseline = score_rewriting("identity", documents, work)
    print(_line("identity", baseline), flush=True)
    base = _by_document(baseline)
    for name in names[1:]:
        scores = score_rewriting(name, documents, work)
        print(_line(name, scores), flush=True)
        for key, got in _by_document(scores).items():
            was = base.get(key)
            if was is not None and (got.fields, got.metrics, got.flags) != (was.fields, was.metrics, was.flags):
                print(f"  {key}: fields {was.fields.f1:.3f} -> {got.fields.f1:.3f}, metrics tp/fp "
                      f"{was.metrics.tp}/{was.metrics.fp} -> {got.metrics.tp}/{got.metrics.fp}, flags tp/fp/fn "
                      f"{was.flags.tp}/{was.flags.fp}/{was.flags.fn} -> {got.flags.tp}/{got.flags.fp}/{got.flags.fn}")
                if args.verbose:
                    for note in sorted(set(got.notes) - set(was.notes)):
                        print(f"      + {note}")
                    for note in sorted(set(was.notes) - set(got.notes)):
                        print(f"      - {note}")
    if args.keep is None:
        shutil.rmtree(work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
