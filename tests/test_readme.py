"""The README stays true: its operation table is generated from the model, its test commands are CI's."""

from __future__ import annotations

import re
import subprocess
import sys
import warnings
from pathlib import Path

from pinpoint_fake.backend import implemented_operations
from pinpoint_fake.service_model import known_model, running_botocore, service_model

ROOT = Path(__file__).resolve().parent.parent
TABLE = re.compile(r"<!-- operations:start -->\n(.*?)\n<!-- operations:end -->", re.S)
GENERATED_FROM = re.compile(r"in the model of botocore (\S+),")
ROW = re.compile(r"^\| `(\w+)` \| (implemented|not yet) \|$", re.M)


def operations_block() -> str:
    """The README's table: ``python -c "from tests.test_readme import *; print(operations_block())"``."""
    names = sorted(service_model().operation_names)
    done = implemented_operations()
    rows = [f"| `{name}` | {'implemented' if name in done else 'not yet'} |" for name in names]
    model = service_model().metadata["uid"]
    summary = (
        f"{len(done)} of {len(names)} operations of `{model}` in the model of botocore {running_botocore()}, "
        "which generated this table, are implemented."
    )
    return "\n".join([summary, "", "| operation | state |", "|---|---|", *rows])


def readme_table() -> str:
    found = TABLE.search((ROOT / "README.md").read_text())
    assert found is not None
    return found[1]


def test_the_operation_table_is_generated_from_the_model() -> None:
    """On the release the table was generated from, exactly; on another, every row of an operation the
    running model has must hold, and the operations a newer model adds are reported, not failed on."""
    table = readme_table()
    generated_from = GENERATED_FROM.search(table)
    assert generated_from is not None
    assert generated_from[1] == known_model()["botocore"]  # the release the pins name (test_drift)
    if generated_from[1] == running_botocore():
        assert table == operations_block()
        return
    rows = dict(ROW.findall(table))
    model = set(service_model().operation_names)
    assert {name for name in rows.keys() & model if rows[name] == "implemented"} == implemented_operations()
    added = sorted(model - rows.keys())
    if added:
        warnings.warn(
            f"botocore {running_botocore()} has operations the README's table (botocore {generated_from[1]}) "
            f"does not list: {added}",
            stacklevel=1,
        )


def readme_commands() -> list[str]:
    return re.findall(r"```bash\n(.*?)\n```", (ROOT / "README.md").read_text(), re.S)


def test_ci_runs_the_readmes_test_commands() -> None:
    """The README's second command (the pinned releases, with coverage, lint and types) and the two after it
    (the suite on the oldest and on the newest releases) are in CI's script verbatim."""
    ci = (ROOT / ".ci" / "run").read_text()
    pinned, oldest, newest = readme_commands()[1:4]
    for command in (pinned, oldest, newest):
        assert "pytest -n 2" in command
        assert command in ci
    assert "-c tests/constraints.txt" in pinned
    assert "-c tests/constraints-oldest.txt" in oldest
    assert " -c " not in newest


def test_every_test_the_readme_names_exists() -> None:
    readme = (ROOT / "README.md").read_text()
    named = set(re.findall(r"`(test_\w+)`", readme))
    files = set(re.findall(r"`tests/(test_\w+\.py)`", readme))
    defined = set()
    for path in (ROOT / "tests").glob("test_*.py"):
        defined |= set(re.findall(r"^(?:    )?def (test_\w+)\(", path.read_text(), re.M))
    assert named, "the README's decisions name their tests"
    assert named - defined == set()
    assert {name for name in files if not (ROOT / "tests" / name).exists()} == set()


def test_the_examples_the_readme_shows_pass() -> None:
    """The README's first command ("see it work") runs ``conftest_examples``: keep them green in CI too."""
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:randomly", "-p", "no:cacheprovider"]
    result = subprocess.run(
        [*command, "conftest_examples"], cwd=ROOT, capture_output=True, text=True, timeout=600, check=False
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert " passed" in result.stdout.splitlines()[-1]
