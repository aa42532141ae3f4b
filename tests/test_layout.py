"""The package's layout holds: no import circle, and every import goes down the layers the README draws.

Imports are read from the source with ``ast``: at module level, inside functions and under
``TYPE_CHECKING`` alike (an import that only runs later still ties two modules together). Importing a
submodule also runs its parent packages' ``__init__``; those implicit imports are not counted, as no tool
counts them.

moto's imports are read the same way: a service of moto (``moto.sns``, ``moto.s3``, ...) is reached only
through the one bridge, ``moto_targets``, and the domain imports no more of moto than its base backend and
clock.
"""

from __future__ import annotations

import ast
import importlib.util
from functools import cache
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "pinpoint_fake"

# Layer -> the modules in it (dotted, relative to the package; a package's __init__ is the package's name).
# A new module must be placed here: the test fails for a module of no layer.
LAYERS: dict[str, set[str]] = {
    "edge": {
        "__init__",
        "activation",
        "sessions",
        "emitters",
        "kept_session",
        "hook",
        "pytest_plugin",
        "server",
    },  # and the server package
    "wire": {"protocol", "service_model", "validation", "writer", "errors"},
    "mechanisms": {"pagination", "arns", "phone_ranges", "prices", "filters", "registry", "countries"}
    | {"notify_catalog", "rcs_catalog", "registration_catalog", "messaging_limits", "moto_targets"},
    "records": {"records"},  # and every module of the records package
    "rules": {"rules"},  # and every module of the rules package
    "core": {"core"},
    "families": {"operations"},  # and every module of the operations package
    "seeding": {"seeding"},
    "backend": {"backend"},
}
BELOW_THE_DOMAIN = {"wire", "mechanisms"}
MAY_IMPORT: dict[str, set[str]] = {
    "wire": {"wire"},
    "mechanisms": BELOW_THE_DOMAIN,
    "records": BELOW_THE_DOMAIN | {"records"},
    "rules": BELOW_THE_DOMAIN | {"records", "rules"},
    "core": BELOW_THE_DOMAIN | {"records", "rules"},
    "families": BELOW_THE_DOMAIN | {"records", "rules", "core"},  # and never another family
    "seeding": BELOW_THE_DOMAIN | {"records", "rules", "core"},
    "backend": set(LAYERS) - {"edge"},
    "edge": set(LAYERS),
}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE).with_suffix("").parts)
    if parts[-1] == "__init__" and len(parts) > 1:
        parts.pop()
    return ".".join(parts)


@cache
def modules() -> dict[str, Path]:
    return {_module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def _full(module: str) -> str:
    return "pinpoint_fake" if module == "__init__" else f"pinpoint_fake.{module}"


def _short(full: str) -> str:
    return "__init__" if full == "pinpoint_fake" else full.removeprefix("pinpoint_fake.")


def _resolve(module: str, node: ast.ImportFrom) -> list[str]:
    """The package's modules an ``from ... import ...`` names (each name may be a module or an attribute)."""
    if node.level:
        package = (
            _full(module) if modules()[module].name == "__init__.py" else _full(module).rpartition(".")[0]
        )
        base = importlib.util.resolve_name("." * node.level + (node.module or ""), package)
    else:
        base = node.module or ""
    if base != "pinpoint_fake" and not base.startswith("pinpoint_fake."):
        return []  # another distribution's module
    found = []
    for alias in node.names:
        for candidate in (f"{base}.{alias.name}", base):
            if _short(candidate) in modules():
                found.append(_short(candidate))
                break
    return found


@cache
def imports() -> dict[str, set[str]]:
    """Module -> the package's modules it imports, wherever in its source the import statement is."""
    graph: dict[str, set[str]] = {}
    for name, path in modules().items():
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom):
                found.update(_resolve(name, node))
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name.startswith("pinpoint_fake."):
                        found.add(alias.name.removeprefix("pinpoint_fake."))
        graph[name] = found - {name}
    return graph


@cache
def moto_imports() -> dict[str, set[str]]:
    """Module -> the moto modules it imports (``from moto import mock_aws`` counts as ``moto.mock_aws``)."""
    graph: dict[str, set[str]] = {}
    for name, path in modules().items():
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and not node.level and node.module is not None:
                if node.module == "moto":
                    found.update(f"moto.{alias.name}" for alias in node.names)
                elif node.module.startswith("moto."):
                    found.add(node.module)
            elif isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names if alias.name.startswith("moto."))
        graph[name] = found
    return graph


# What of moto is no service of its own: its core and utilities, its settings, its server, mock_aws.
MOTO_FRAMEWORK = {"core", "utilities", "settings", "moto_server", "mock_aws"}
# The one bridge into moto's services (SNS, Firehose, Logs, S3): reads there never create a backend.
MOTO_BRIDGE = "moto_targets"
# What of moto the domain layers may import: the backend's base class and moto's clock, nothing else.
DOMAIN_MAY_IMPORT_OF_MOTO: dict[str, set[str]] = {
    "records": set(),
    "rules": set(),
    "core": {"moto.core.base_backend", "moto.core.utils", "moto.utilities.utils"},
    "families": {"moto.core.utils"},
    "seeding": {"moto.core.utils"},
}


def layer_of(module: str) -> str:
    top = module.split(".")[0]
    for layer, members in LAYERS.items():
        if module in members or top in members:
            return layer
    raise AssertionError(f"{module} is in no layer: place it in LAYERS (and the README's Layout table)")


def test_the_import_graph_is_read() -> None:
    graph = imports()
    assert "core" in graph["operations.pools"]
    assert "rules.membership" in graph["operations.pools"]
    assert "records" in graph["rules.membership"]
    assert "backend" in graph["hook"]  # an import inside a function counts


def test_there_is_no_import_circle() -> None:
    graph = imports()
    circles = []
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(module: str) -> None:
        state[module] = 1
        path.append(module)
        for target in sorted(graph[module]):
            if state.get(target) == 1:
                circles.append([*path[path.index(target) :], target])
            elif target not in state:
                visit(target)
        path.pop()
        state[module] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module)
    assert circles == []


@pytest.mark.parametrize("module", sorted(modules()))
def test_every_import_goes_down_the_layers(module: str) -> None:
    layer = layer_of(module)
    wrong = {target for target in imports()[module] if layer_of(target) not in MAY_IMPORT[layer]}
    assert wrong == set(), f"{module} ({layer}) may not import {sorted(wrong)}"


@pytest.mark.parametrize("module", sorted(m for m in modules() if m.startswith("operations.")))
def test_a_family_imports_no_other_family_and_extends_only_the_core(module: str) -> None:
    assert {target for target in imports()[module] if target.startswith("operations")} == set()
    tree = ast.parse(modules()[module].read_text())
    classes = [node for node in tree.body if isinstance(node, ast.ClassDef)]
    assert len(classes) == 1, f"{module} holds one family class"
    assert [ast.unparse(base) for base in classes[0].bases] == ["Core"]


def test_only_the_backend_composes_the_families() -> None:
    importers = {
        module
        for module, targets in imports().items()
        if any(target.startswith("operations.") for target in targets)
    }
    assert importers == {"backend"}


def test_the_moto_imports_are_read() -> None:
    graph = moto_imports()
    assert {"moto.sns.models", "moto.s3.models"} <= graph[MOTO_BRIDGE]
    assert "moto.core.utils" in graph["operations.opt_outs"]
    assert "moto.mock_aws" in graph["activation"]


@pytest.mark.parametrize("module", sorted(modules()))
def test_only_the_bridge_imports_a_service_of_moto(module: str) -> None:
    services = {name for name in moto_imports()[module] if name.split(".")[1] not in MOTO_FRAMEWORK}
    assert module == MOTO_BRIDGE or services == set(), (
        f"{module} imports {sorted(services)}: go through {MOTO_BRIDGE}"
    )


@pytest.mark.parametrize("module", sorted(m for m in modules() if layer_of(m) in DOMAIN_MAY_IMPORT_OF_MOTO))
def test_the_domain_imports_only_motos_base_backend_and_clock(module: str) -> None:
    allowed = DOMAIN_MAY_IMPORT_OF_MOTO[layer_of(module)]
    assert moto_imports()[module] - allowed == set()
