"""The README stays true: its operation table is generated from the model, its test command is CI's."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from pinpoint_fake.backend import implemented_operations
from pinpoint_fake.service_model import service_model

ROOT = Path(__file__).resolve().parent.parent


def operations_block() -> str:
    """The README's table: ``python -c "from tests.test_readme import *; print(operations_block())"``."""
    names = sorted(service_model().operation_names)
    done = implemented_operations()
    rows = [f"| `{name}` | {'implemented' if name in done else 'not yet'} |" for name in names]
    model = service_model().metadata["uid"]
    summary = f"{len(done)} of {len(names)} operations of `{model}` are implemented."
    return "\n".join([summary, "", "| operation | state |", "|---|---|", *rows])


def test_the_operation_table_is_generated_from_the_model() -> None:
    readme = (ROOT / "README.md").read_text()
    found = re.search(r"<!-- operations:start -->\n(.*?)\n<!-- operations:end -->", readme, re.S)
    assert found is not None
    assert found[1] == operations_block()


def test_ci_runs_the_readmes_test_command() -> None:
    commands = re.findall(r"```bash\n(.*?)\n```", (ROOT / "README.md").read_text(), re.S)
    test_command = commands[1]
    assert "pytest" in test_command
    assert test_command in (ROOT / ".ci" / "run").read_text()


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
