"""`make mutants` (bench/mutants.py) is configured right; docs/testing.md's commands are the ones checked.

The mutation run itself takes a quarter of an hour and measures (like a benchmark): it is not run
here. What is checked: mutmut accepts `[tool.mutmut]`, every path it names exists, every module
it mutates has its mirrored test file, and every command of docs/testing.md is either run here or
one whose configuration this checks.
"""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO

sys.path.insert(0, str(REPO / "bench"))
import mutants  # noqa: E402


def test_the_mutation_configuration_is_valid() -> None:
    assert mutants.check_config() == []
    checked = subprocess.run([sys.executable, "bench/mutants.py", "--check"], cwd=REPO, capture_output=True, text=True)
    assert checked.returncode == 0, checked.stderr


def test_every_mutated_module_has_its_mirrored_tests_in_the_selection() -> None:
    config = mutants.mutmut_config()
    selection = config["pytest_add_cli_args_test_selection"]
    for path in config["only_mutate"]:
        mirrored = Path("tests") / Path(path).parent / f"test_{Path(path).name}"
        assert (REPO / mirrored).is_file(), mirrored
        assert any(str(mirrored).startswith(s) for s in selection), (mirrored, selection)


def test_mutant_names_are_read_per_module() -> None:
    line = "    pipeline.extraction.corroborate.xǁSlotǁdescribe__mutmut_1: survived"
    match = mutants.MUTANT_NAME.match(line)
    assert match and (match["module"], match["status"]) == ("pipeline.extraction.corroborate", "survived")
    match = mutants.MUTANT_NAME.match("    pipeline.rules.scores.x_grade_for__mutmut_12: killed")
    assert match and match["module"] == "pipeline.rules.scores"


def test_known_equivalent_mutants_each_say_why() -> None:
    known = mutants.equivalents()
    assert known and all(reason for reason in known.values())


# The metamorphic run the testing page shows: tests/bench/test_metamorphic.py runs these very arguments.
METAMORPHIC_COMMAND = ".venv/bin/python bench/metamorphic.py --corpus samples --only hard_wrap"


def test_the_testing_page_commands_are_the_checked_ones() -> None:
    page = (REPO / "docs" / "testing.md").read_text(encoding="utf-8")
    lines = [line.split("  #")[0].strip() for block in re.findall(r"```sh\n(.*?)```", page, re.S)
             for line in block.splitlines() if line.strip()]
    modules = {mutants.module_of(p) for p in mutants.mutmut_config()["only_mutate"]}
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^mutants:.*\n\t\$\(BIN\)/python bench/mutants\.py\n", makefile, re.M)
    assert lines
    for line in lines:
        if line in ("make mutants", ".venv/bin/python bench/mutants.py", ".venv/bin/python bench/mutants.py --check"):
            continue  # the run and its configuration: checked above
        if line == METAMORPHIC_COMMAND:
            continue  # run by tests/bench/test_metamorphic.py
        only = re.fullmatch(r"\.venv/bin/python bench/mutants\.py --only ([\w.]+)", line)
        assert only and only[1] in modules, line
