"""Mutation testing of the consistency rules and the resolver (`make mutants`; docs/testing.md).

mutmut 3 (configured in pyproject.toml `[tool.mutmut]`) copies the packages into `mutants/`,
mutates the modules of `only_mutate` and runs the tests of `pytest_add_cli_args_test_selection`
that reach each mutant. This script runs it from a clean `mutants/` (mutmut refreshes mutated
modules but not data files such as schemas/data/messages.json), then prints per module how many
mutants were generated, killed and survived, and every survivor that
`bench/mutants_equivalent.txt` does not explain (with its diff). A survivor is a missing test
unless it is an equivalent mutant; the exit code is 1 while any survivor is unexplained.

    python bench/mutants.py                 # the whole run (about 15 minutes on 2 cores)
    python bench/mutants.py --only pipeline.rules.scores   # one module, keeping earlier results
    python bench/mutants.py --check         # the configuration only: it parses, its paths exist

Like the benchmarks, it measures and never gates CI; its `--check` does (tests/bench/test_mutants.py).
"""
from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

try:
    from tomllib import loads as toml_loads
except ModuleNotFoundError:  # Python 3.10: mutmut brings `toml`
    from toml import loads as toml_loads

REPO = Path(__file__).resolve().parents[1]
EQUIVALENTS = REPO / "bench" / "mutants_equivalent.txt"
MUTMUT = Path(sys.executable).with_name("mutmut")
# `pipeline.rules.scores.x_grade_for__mutmut_2`, `….corroborate.xǁSlotǁdescribe__mutmut_1`
MUTANT_NAME = re.compile(r"^\s*(?P<name>(?P<module>[\w.]+?)\.x[_ǁ]\S+__mutmut_\d+):\s*(?P<status>.+?)\s*$")


def mutmut_config() -> dict:
    return toml_loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mutmut"]


def module_of(path: str) -> str:
    return path.removesuffix(".py").replace("/", ".")


def check_config() -> list[str]:
    """What is wrong with `[tool.mutmut]`: unknown or deprecated keys, paths that do not exist."""
    problems = []
    config = mutmut_config()
    known = {"source_paths", "only_mutate", "pytest_add_cli_args_test_selection", "pytest_add_cli_args",
             "also_copy", "do_not_mutate", "max_stack_depth", "debug", "timeout_multiplier"}
    problems += [f"unknown or deprecated [tool.mutmut] key: {k}" for k in sorted(set(config) - known)]
    for key in ("source_paths", "only_mutate", "pytest_add_cli_args_test_selection"):
        if not config.get(key):
            problems.append(f"[tool.mutmut] {key} is empty")
    for path in (*config.get("source_paths", ()), *config.get("only_mutate", ()),
                 *config.get("pytest_add_cli_args_test_selection", ())):
        if not (REPO / path).exists():
            problems.append(f"[tool.mutmut] names a path that does not exist: {path}")
    sources = tuple(config.get("source_paths", ()))
    problems += [f"{p} is not under source_paths" for p in config.get("only_mutate", ()) if not p.startswith(sources)]
    # mutmut's own reading of the configuration (from the repository, as `make mutants` runs it)
    paths = list(config.get("only_mutate", ()))
    code = ("import warnings; warnings.simplefilter('error'); from mutmut.configuration import config; c = config(); "
            f"assert all(c.should_mutate(p) for p in {paths!r})")
    loaded = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True)
    if loaded.returncode != 0:
        problems.append("mutmut does not accept the configuration: " + loaded.stderr.strip().splitlines()[-1])
    mutated = {module_of(p) for p in config.get("only_mutate", ())}
    for name in equivalents():
        if not any(name.startswith(m + ".") for m in mutated):
            problems.append(f"{EQUIVALENTS.name} names a mutant of a module not mutated: {name}")
    return problems


def equivalents() -> dict[str, str]:
    """Mutant name -> why it is equivalent (`name  # reason` lines)."""
    out = {}
    for line in EQUIVALENTS.read_text(encoding="utf-8").splitlines():
        name, _, reason = line.partition("#")
        if name.strip():
            out[name.strip()] = reason.strip()
    return out


def results() -> dict[str, str]:
    listed = subprocess.run([str(MUTMUT), "results", "--all", "true"], cwd=REPO, capture_output=True, text=True,
                            check=True).stdout
    return {m["name"]: m["status"] for m in map(MUTANT_NAME.match, listed.splitlines()) if m}


def report(statuses: dict[str, str], known: dict[str, str]) -> list[str]:
    """Print the figures per module; return the survivors nothing explains."""
    by_module: dict[str, Counter[str]] = defaultdict(Counter)
    for name, status in statuses.items():
        by_module[MUTANT_NAME.match(name + ": x")["module"]][status] += 1  # type: ignore[index]
    print(f"{'module':40} {'mutants':>8} {'killed':>7} {'survived':>9} {'equivalent':>11} {'other':>6}")
    for module, counts in sorted(by_module.items()):
        survivors = [n for n, s in statuses.items() if s == "survived" and n.startswith(module + ".x")]
        explained = sum(1 for n in survivors if n in known)
        other = sum(counts.values()) - counts["killed"] - counts["survived"]
        print(f"{module:40} {sum(counts.values()):8} {counts['killed']:7} {counts['survived']:9} {explained:11} "
              f"{other:6}")
    return [n for n, s in statuses.items() if s == "survived" and n not in known]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="check the configuration only")
    parser.add_argument("--only", help="mutate one module (e.g. pipeline.rules.scores), keeping earlier results")
    parser.add_argument("--max-children", type=int, default=2, help="parallel test processes (default 2)")
    args = parser.parse_args()
    problems = check_config()
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems or args.check:
        return 1 if problems else 0
    selection: list[str] = []
    if args.only:
        if args.only not in {module_of(p) for p in mutmut_config()["only_mutate"]}:
            print(f"{args.only} is not a module of [tool.mutmut] only_mutate", file=sys.stderr)
            return 2
        selection = [args.only + ".*"]
    else:
        shutil.rmtree(REPO / "mutants", ignore_errors=True)
    run = subprocess.run([str(MUTMUT), "run", "--max-children", str(args.max_children), *selection], cwd=REPO,
                         stdout=subprocess.DEVNULL)
    if run.returncode != 0:
        print(f"mutmut run failed (exit {run.returncode}); see `{MUTMUT} run` for its output", file=sys.stderr)
        return run.returncode
    unexplained = report(results(), equivalents())
    for name in unexplained:
        print(f"\nsurvived, not known as equivalent: {name}")
        print(subprocess.run([str(MUTMUT), "show", name], cwd=REPO, capture_output=True, text=True).stdout)
    return 1 if unexplained else 0


if __name__ == "__main__":
    sys.exit(main())
