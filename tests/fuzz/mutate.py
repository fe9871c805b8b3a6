"""Byte-level mutants of sample files, reproducible from a seed: flips, random bytes, truncations, chunk copies."""
from __future__ import annotations

import random
from dataclasses import dataclass

KINDS = ("flip", "byte", "truncate", "duplicate", "delete")


@dataclass(frozen=True)
class Mutant:
    name: str  # seed file stem, case number, kind: enough to rebuild it
    suffix: str
    kind: str
    data: bytes
    single_byte: bool  # one byte changed (a flip or a random byte) or a cut mid-character


def mutate(data: bytes, kind: str, rng: random.Random) -> bytes:
    out = bytearray(data)
    if kind == "flip":
        for _ in range(rng.choice((1, 1, 1, 2, 8))):
            position = rng.randrange(len(out))
            out[position] ^= 1 << rng.randrange(8)
    elif kind == "byte":
        out[rng.randrange(len(out))] = rng.randrange(256)
    elif kind == "truncate":
        del out[rng.randrange(1, len(out)):]
    elif kind == "duplicate":
        start = rng.randrange(len(out))
        chunk = out[start:start + rng.randrange(1, 2048)]
        at = rng.randrange(len(out))
        out[at:at] = chunk
    elif kind == "delete":
        start = rng.randrange(len(out))
        del out[start:start + rng.randrange(1, 512)]
    return bytes(out)


def mutants(seeds: dict[str, bytes], n: int, seed: int) -> list[Mutant]:
    """`n` mutants spread over the seed files in turn, each kind in turn, all drawn from one `random.Random(seed)`."""
    rng = random.Random(seed)
    names = sorted(seeds)
    out = []
    for case in range(n):
        name = names[case % len(names)]
        kind = KINDS[(case // len(names)) % len(KINDS)]
        data = mutate(seeds[name], kind, rng)
        changed = sum(1 for a, b in zip(data, seeds[name]) if a != b) if len(data) == len(seeds[name]) else -1
        single = (kind in ("flip", "byte") and changed == 1) or kind == "truncate"
        stem, _, suffix = name.rpartition(".")
        out.append(Mutant(f"{stem}-{case:04d}-{kind}", "." + suffix, kind, data, single))
    return out
