"""The CJK fonts the generated PDFs are drawn with, registered with reportlab once."""
from __future__ import annotations

from pathlib import Path

# Debian's fonts-wqy-zenhei (installed by `make test`): a TrueType collection reportlab embeds
# as a subset, so pdfplumber and pypdfium2 read the characters back.
WQY_TTC = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")


def zenhei(name: str = "ZenHei") -> str:
    """WenQuanYi Zen Hei registered under `name` (the name only matters inside reportlab)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, str(WQY_TTC), subfontIndex=0))
    return name


def stsong() -> str:
    """reportlab's built-in Adobe CID font: nothing embedded, the reader supplies the glyphs."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    if "STSong-Light" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    return "STSong-Light"


def zenhei_or_stsong() -> str:
    """Zen Hei when installed, STSong-Light otherwise (the file then differs from the committed one)."""
    return zenhei() if WQY_TTC.exists() else stsong()
