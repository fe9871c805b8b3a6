"""Texts of the fourth held-out batch's generated documents, one module per document."""

from . import chongchuan, danzhou, hanting, hongta, huoshan, shashi

__all__ = ["chongchuan", "danzhou", "hanting", "hongta", "huoshan", "shashi"]
