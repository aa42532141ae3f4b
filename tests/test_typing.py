"""Typical user code passes ``mypy --strict``: the README's Python examples and ``conftest_examples``.

One mypy run over all of it, from the repository root (so that it finds ``pinpoint_fake`` whether installed
or editable; mypy's cache under ``.mypy_cache`` makes the next run quick). The files are
copied into one directory first: every example directory has its own ``conftest.py`` (renamed here, since
nothing imports it) and imports its ``sms_*`` module as a top-level module, as pytest's rootdir insertion
makes it at run time.
"""

from __future__ import annotations

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


def readme_examples() -> list[str]:
    return re.findall(r"```python\n(.*?)```", (ROOT / "README.md").read_text(), re.S)


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


def test_the_readme_examples_run() -> None:
    """They are complete programs (the typing check needs them whole): each runs, and its tests pass (one
    that takes ``pinpoint_client`` gets a client made as the fixture makes it, inside a mock)."""
    examples = readme_examples()
    assert len(examples) >= 4
    for index, example in enumerate(examples):
        namespace: dict[str, Any] = {}
        exec(compile(example, f"README.md python example {index}", "exec"), namespace)
        for name, test in namespace.items():
            if not (name.startswith("test_") and callable(test)):
                continue
            parameters = list(inspect.signature(test).parameters)
            assert parameters in ([], ["pinpoint_client"]), f"{name} takes fixtures this check lacks"
            if parameters:
                with mock_pinpoint():
                    test(new_client("us-east-1"))
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
