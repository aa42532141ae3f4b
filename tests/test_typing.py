"""Typical user code passes ``mypy --strict``: the README's Python examples and ``conftest_examples``.

One mypy run over all of it, from the repository root (so that it finds ``pinpoint_fake`` whether installed
or editable; mypy's cache under ``.mypy_cache`` makes the next run quick). The files are
copied into one directory first: every example directory has its own ``conftest.py`` (renamed here, since
nothing imports it) and imports its ``sms_*`` module as a top-level module, as pytest's rootdir insertion
makes it at run time.
"""

from __future__ import annotations

import importlib.util
import inspect
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from pinpoint_fake import mock_pinpoint
from pinpoint_fake.pytest_plugin import new_client

ROOT = Path(__file__).resolve().parent.parent


# Each decorator form keeps the signature of what it decorates: a wrong call is an error, so the ignores below
# are used (``--strict`` reports an unused one), which they would not be if the signature became Any.
DECORATED = """
from __future__ import annotations

from pinpoint_fake import MockPinpoint, mock_pinpoint


@mock_pinpoint
def bare(count: int) -> str:
    return str(count)


@mock_pinpoint()
def called(count: int) -> str:
    return str(count)


@mock_pinpoint
class Decorated:
    def method(self, count: int) -> str:
        return str(count)


@mock_pinpoint()
class CalledOnAClass:
    def method(self, count: int) -> str:
        return str(count)


text: str = bare(1) + called(2) + Decorated().method(3) + CalledOnAClass().method(4)
bare("1")  # type: ignore[arg-type]
called("2")  # type: ignore[arg-type]
Decorated().method("3")  # type: ignore[arg-type]
CalledOnAClass().method("4")  # type: ignore[arg-type]
mock: MockPinpoint = mock_pinpoint()
with mock_pinpoint() as entered:
    same: MockPinpoint = entered
"""


# What an example may import that the test extras do not install (the async clients come with the ``async``
# extra, which CI installs with the oldest releases only: no release supports the pinned botocore yet).
OPTIONAL = frozenset({"aiobotocore", "aioboto3"})


def _needs_what_is_missing(example: str) -> bool:
    imported = re.findall(r"^(?:from|import) (\w+)", example, re.M)
    missing = {name for name in imported if importlib.util.find_spec(name) is None}
    assert missing <= OPTIONAL, f"an example imports {sorted(missing - OPTIONAL)}, which nothing installs"
    return bool(missing)


def readme_examples() -> list[str]:
    """The README's Python examples, but those needing an optional extra that is not installed."""
    examples = re.findall(r"```python\n(.*?)```", (ROOT / "README.md").read_text(), re.S)
    return [example for example in examples if not _needs_what_is_missing(example)]


def user_code(directory: Path) -> list[Path]:
    """The README's examples and every ``conftest_examples`` file, as modules of ``directory``."""
    files = []
    for index, example in enumerate(readme_examples()):
        path = directory / f"readme_example_{index}.py"
        path.write_text(example)
        files.append(path)
    decorated = directory / "decorated_functions_and_classes.py"
    decorated.write_text(DECORATED)
    files.append(decorated)
    for source in sorted((ROOT / "conftest_examples").glob("*/*.py")):
        name = f"conftest_{source.parent.name}.py" if source.name == "conftest.py" else source.name
        target = directory / name
        assert not target.exists(), f"two examples named {name}"
        shutil.copy(source, target)
        files.append(target)
    return files


FIXTURES = {"pinpoint_mock", "pinpoint_client", "pinpoint_outbox"}


@pytest.mark.allow_hosts(["127.0.0.1"])  # the async example's event loop makes a socket pair of its own
def test_the_readme_examples_run() -> None:
    """They are complete programs (the typing check needs them whole): each runs, and its tests pass (one
    that takes the plugin's fixtures gets them made as the plugin makes them, inside a mock)."""
    examples = readme_examples()
    assert len(examples) >= 4
    for index, example in enumerate(examples):
        namespace: dict[str, Any] = {}
        exec(compile(example, f"README.md python example {index}", "exec"), namespace)
        for name, test in namespace.items():
            if not (name.startswith("test_") and callable(test)):
                continue
            parameters = list(inspect.signature(test).parameters)
            assert set(parameters) <= FIXTURES, f"{name} takes fixtures this check lacks"
            if parameters:
                with mock_pinpoint() as mock:
                    fixtures = {
                        "pinpoint_mock": mock,
                        "pinpoint_client": new_client("us-east-1"),
                        "pinpoint_outbox": mock.backend().sent_messages,
                    }
                    test(**{parameter: fixtures[parameter] for parameter in parameters})
            else:
                test()


def test_user_code_passes_mypy_strict(tmp_path: Path) -> None:
    pytest.importorskip("mypy", reason="mypy comes with the dev extras")
    pytest.importorskip("mypy_boto3_pinpoint_sms_voice_v2", reason="the stubs come with the dev extras")
    files = user_code(tmp_path)
    command = [
        sys.executable,
        "-m",
        "mypy",
        "--strict",
        "--cache-dir",
        str(ROOT / ".mypy_cache" / "user-code"),
    ]
    result = subprocess.run(
        [*command, *map(str, files)], cwd=ROOT, capture_output=True, text=True, timeout=600, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"no issues found in {len(files)} source files" in result.stdout
