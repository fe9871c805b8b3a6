"""Checks a container before a library unpacks it: zip bombs posing as DOCX/XLSX.

python-docx and openpyxl inflate whole parts into memory, so a 40 KB file that
expands to 4 GB would take the worker down before any limit could react. The
ZIP central directory states every member's sizes up front; reading it costs
nothing, so the archive is judged before anything is inflated.
"""
from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass

from schemas.errors import CorruptDocument, ResourceLimitExceeded

# Real DOCX/XLSX reports are a few MB unpacked; 512 MB leaves a wide margin.
MAX_UNCOMPRESSED_BYTES = 512 * 1024 * 1024
# XML deflates 10-30x; 200x only happens with padding built to explode.
MAX_COMPRESSION_RATIO = 200.0
# Ratios are only meaningful for members big enough to matter.
RATIO_CHECK_MIN_BYTES = 10 * 1024 * 1024
MAX_MEMBERS = 10_000


@dataclass(frozen=True)
class ZipLimits:
    max_uncompressed_bytes: int = MAX_UNCOMPRESSED_BYTES
    max_compression_ratio: float = MAX_COMPRESSION_RATIO
    ratio_check_min_bytes: int = RATIO_CHECK_MIN_BYTES
    max_members: int = MAX_MEMBERS


def check_zip_container(data: bytes, path: str, limits: ZipLimits | None = None) -> None:
    """Raise `ResourceLimitExceeded` if the archive would inflate beyond the limits."""
    limits = limits or ZipLimits()
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except zipfile.BadZipFile as exc:
        raise CorruptDocument(f"the file is a damaged ZIP container ({exc})", path=path) from exc
    if len(infos) > limits.max_members:
        raise ResourceLimitExceeded(
            f"the archive holds {len(infos)} parts (limit {limits.max_members}); refusing to unpack it",
            path=path,
        )
    total = sum(info.file_size for info in infos)
    if total > limits.max_uncompressed_bytes:
        raise ResourceLimitExceeded(
            f"the archive would unpack to {total / 2**20:.0f} MB "
            f"(limit {limits.max_uncompressed_bytes / 2**20:.0f} MB); likely a zip bomb",
            path=path,
        )
    for info in infos:
        if info.file_size < limits.ratio_check_min_bytes:
            continue
        ratio = info.file_size / max(info.compress_size, 1)
        if ratio > limits.max_compression_ratio:
            raise ResourceLimitExceeded(
                f"part {info.filename!r} inflates {ratio:.0f}x ({info.compress_size} -> {info.file_size} bytes; "
                f"limit {limits.max_compression_ratio:.0f}x); likely a zip bomb",
                path=path,
            )
