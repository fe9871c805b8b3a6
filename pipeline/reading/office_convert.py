"""Legacy formats through LibreOffice: `soffice --headless --convert-to`, when no library reads them.

Word 97-2003 and WPS text files (`.doc`/`.wps`) have no well-kept Python reader that keeps
tables; LibreOffice converts them to DOCX faithfully, and the DOCX reader does the rest.
Each conversion runs in a private temporary profile (concurrent workers never share one)
with a time limit; LibreOffice is a system package (`apt-get install -y
libreoffice-writer-nogui libreoffice-calc-nogui`, done by `make test`'s system-deps).
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from schemas.errors import CorruptDocument, ResourceLimitExceeded, UnsupportedFormat

CONVERT_TIMEOUT_S = 90.0
INSTALL_HINT = "apt-get install -y libreoffice-writer-nogui libreoffice-calc-nogui"


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert(data: bytes, suffix: str, target: str, path: str, timeout_s: float = CONVERT_TIMEOUT_S) -> bytes:
    """The file's bytes converted to `target` (`docx`, `xlsx`) by LibreOffice."""
    binary = soffice()
    if binary is None:
        raise UnsupportedFormat(f"reading {suffix} files needs LibreOffice, which is not installed ({INSTALL_HINT})",
                                path=path)
    with tempfile.TemporaryDirectory(prefix="jixiao-lo-") as tmp:
        folder = Path(tmp)
        source = folder / f"input{suffix}"
        source.write_bytes(data)
        command = [binary, "--headless", "--norestore", "--nolockcheck",
                   f"-env:UserInstallation={(folder / 'profile').as_uri()}",
                   "--convert-to", target, "--outdir", str(folder / "out"), str(source)]
        # Its own process group, so a time-out ends LibreOffice's helper processes too.
        process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL, start_new_session=True)
        try:
            process.wait(timeout=timeout_s)
        except subprocess.TimeoutExpired as exc:
            _kill_group(process)
            raise ResourceLimitExceeded(f"LibreOffice took longer than {timeout_s:g} s to convert the file",
                                        path=path) from exc
        finally:
            if process.poll() is None:  # interrupted (Ctrl-C, the worker stopping): leave nothing behind
                _kill_group(process)
        produced = folder / "out" / f"input.{target}"
        if not produced.exists() or produced.stat().st_size == 0:
            raise CorruptDocument(f"the {suffix} file is damaged: LibreOffice could not convert it", path=path)
        return produced.read_bytes()


def _kill_group(process: subprocess.Popen[bytes]) -> None:
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    process.wait()
