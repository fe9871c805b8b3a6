"""The command line every generator shares: write its documents into its own folder or `--out DIR`."""
from __future__ import annotations

import argparse
from collections.abc import Callable, Mapping
from pathlib import Path

Builder = Callable[[Path], None]


def main(folder: Path, builders: Mapping[str, Builder], description: str | None,
         argv: list[str] | None = None) -> None:
    """Build each file name of `builders` into the output folder, in order, naming each one written."""
    summary = (description or "").strip().splitlines()
    parser = argparse.ArgumentParser(description=summary[0] if summary else None)
    parser.add_argument("--out", type=Path, default=folder, help="folder to write into (default: the batch's own)")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for name, build in builders.items():
        build(args.out / name)
        print(f"wrote {args.out / name}")
