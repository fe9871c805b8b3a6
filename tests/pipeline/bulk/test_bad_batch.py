"""Bad input never stops a batch: each bad file gets its row, status and reason; the rest are ingested."""
from __future__ import annotations

import sys
from pathlib import Path

import duckdb
from reportlab.lib import pdfencrypt

from pipeline.run import ingest_serial, iter_input_files
from pipeline.storage.store import Store

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "fixtures"))
import build_office  # noqa: E402
import build_pdf  # noqa: E402

GOOD = ("2022年度某县交通运输局部门整体支出绩效自评报告\n"
        "本年支出110.00万元,其中基本支出60.00万元,项目支出50.00万元。自评得分92分,等级为“优”。\n")


def test_a_batch_of_bad_files_with_two_good_ones(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    secret = pdfencrypt.StandardEncryption("secret", ownerPassword="owner")
    files = {
        "a-good.md": GOOD.encode(),
        "empty.pdf": b"",
        "truncated.pdf": build_pdf.simple_pdf(["某局绩效自评报告。"])[:300],
        "encrypted.pdf": build_pdf.simple_pdf(["加密的绩效自评报告。"], encrypt=secret),
        "bomb.docx": build_office.with_bomb(build_office.report_docx()),
        "pdf-named.docx": build_pdf.simple_pdf(["2022年度某局部门整体支出绩效自评报告", "自评得分90分。"]),
        "random.xlsx": bytes(range(256)) * 8,
        "legacy.doc": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600,
        "scan.pdf": build_pdf.image_pdf([False, False]),
        "z-good.txt": GOOD.encode("gb18030"),
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    db = tmp_path / "d.duckdb"
    with Store(db) as store:
        summary = ingest_serial(list(iter_input_files([folder])), store.write)
    assert summary.files == len(files)
    con = duckdb.connect(str(db), read_only=True)
    rows = {Path(p).name: (s, e) for p, s, e in con.execute("SELECT source_path, status, error FROM reports").fetchall()}
    assert set(rows) == set(files)
    expected = {
        "a-good.md": "ok", "z-good.txt": "ok", "pdf-named.docx": "ok",
        "empty.pdf": "failed", "truncated.pdf": "failed", "encrypted.pdf": "failed", "bomb.docx": "failed",
        "random.xlsx": "failed", "legacy.doc": "failed", "scan.pdf": "needs_ocr",
    }
    assert {name: status for name, (status, _) in rows.items()} == expected
    for name, (status, error) in rows.items():
        if status != "ok":
            assert error and len(error) > 10, name  # a reason a person understands
    assert "password" in rows["encrypted.pdf"][1].lower() or "密码" in rows["encrypted.pdf"][1]
    assert "zip bomb" in rows["bomb.docx"][1]
    good = con.execute("SELECT count(*) FROM budget_items b JOIN reports r USING (report_id) "
                       "WHERE r.source_path LIKE '%good%'").fetchone()[0]  # type: ignore[index]
    assert good == 6
