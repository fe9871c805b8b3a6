"""The texts of the generated documents of the third held-out batch, one module per document."""

from texts3 import beijing as BEIJING
from texts3 import dadong as DADONG
from texts3 import hengshui as HENGSHUI
from texts3 import tianshui as TIANSHUI
from texts3 import xining as XINING
from texts3 import yuci as YUCI

__all__ = ["BEIJING", "DADONG", "HENGSHUI", "TIANSHUI", "XINING", "YUCI"]
