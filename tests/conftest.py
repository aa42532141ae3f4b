"""Suite-wide checks: every answer the fake gives a boto3 client conforms to the service model.

An ``after-call`` handler on every botocore (and aiobotocore) Session checks each response of
pinpoint-sms-voice-v2 before the test sees it: a result against the operation's output shape (botocore's own
validator on the parsed result, and the fake's stricter walker, which also checks enums, patterns and unknown
members, on the wire body), an error against the operation's declared errors and the error shape's members.
A violation fails the call, and so the test, wherever it happens in the suite.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from importlib.metadata import version
from typing import Any

import pytest
from botocore.handlers import BUILTIN_HANDLERS
from botocore.validate import validate_parameters

from pinpoint_fake.errors import FakeInternalError, NotImplementedByFake, RegionNotServed
from pinpoint_fake.validation import violations

CONFORMANCE_EVENT = "after-call.pinpoint-sms-voice-v2"
FAKE_ERRORS = {
    error.__name__: error.http_status for error in (NotImplementedByFake, RegionNotServed, FakeInternalError)
}
"""The fake's own errors: raised in-process, answered by the HTTP endpoint (no error shape of the model)."""


class NonConformingResponse(AssertionError):
    pass


# Members the model marks required but documents as absent for some items, each with the items it may be
# absent from and a value its shape accepts: the checks read such an item as if it had one.
DOCUMENTED_ABSENT: dict[tuple[str, str], tuple[Callable[[dict[str, Any]], bool], Any]] = {
    # "This field is optional and may not be present for origination identity types that are not
    # country-specific, such as RCS agents."
    ("OriginationIdentityMetadata", "IsoCountryCode"): (
        lambda item: ":rcs-agent/" in item.get("OriginationIdentityArn", ""),
        "ZZ",
    ),
}


def with_documented_absences(shape: Any, value: Any) -> Any:
    """``value`` with every documented absence (``DOCUMENTED_ABSENT``) filled in."""
    if shape.type_name == "list" and isinstance(value, list):
        return [with_documented_absences(shape.member, item) for item in value]
    if shape.type_name != "structure" or not isinstance(value, dict):
        return value
    filled = {
        name: with_documented_absences(shape.members[name], item) if name in shape.members else item
        for name, item in value.items()
    }
    for (structure, member), (applies, placeholder) in DOCUMENTED_ABSENT.items():
        if shape.name == structure and member not in filled and applies(filled):
            filled[member] = placeholder
    return filled


def check_conformance(http_response: Any, parsed: dict[str, Any], model: Any, **kwargs: Any) -> None:
    if http_response.headers.get("Content-Type") != "application/x-amz-json-1.0":
        return  # not an answer of the fake (moto's plain-text 404 for an unmocked client, say)
    wire = json.loads(_body(http_response) or b"{}")
    if http_response.status_code >= 300:
        code = wire.pop("__type", "").rpartition("#")[2]
        declared = {shape.name: shape for shape in model.error_shapes}
        if FAKE_ERRORS.get(code) == http_response.status_code:  # the HTTP endpoint's answer for them
            return
        if code not in declared:
            raise NonConformingResponse(f"{model.name} answered {code}, which it does not declare: {wire}")
        error_shape = declared[code]
        problems = [f"{field.name}: {field.message}" for field in violations(error_shape, wire)]
        hoisted = {name: parsed[name] for name in error_shape.members if name in parsed and name != "Message"}
        validate_parameters(hoisted, error_shape)
        expected_status = 500 if code == "InternalServerException" else 400
        if http_response.status_code != expected_status:
            problems.append(f"HTTP {http_response.status_code} for {code}")
    else:
        wire = with_documented_absences(model.output_shape, wire)
        problems = [f"{field.name}: {field.message}" for field in violations(model.output_shape, wire)]
        result = {key: value for key, value in parsed.items() if key != "ResponseMetadata"}
        validate_parameters(with_documented_absences(model.output_shape, result), model.output_shape)
    if problems:
        raise NonConformingResponse(f"{model.name} answered outside its model: {problems}")


def _body(http_response: Any) -> bytes:
    """The body the client has read: aiobotocore's ``content`` is a coroutine, so read what it cached."""
    cached: bytes | None = http_response._content  # botocore and aiobotocore both cache the body they read
    return http_response.content if cached is None else cached


if (CONFORMANCE_EVENT, check_conformance) not in BUILTIN_HANDLERS:
    BUILTIN_HANDLERS.append((CONFORMANCE_EVENT, check_conformance))


def pytest_report_header() -> str:
    """The releases this run tests against: CI runs the suite on the pinned, the oldest and the newest."""
    return ", ".join(f"{package} {version(package)}" for package in ("boto3", "botocore", "moto"))


# -- fuzz counts (tests/test_fuzz.py fills them) ---------------------------------------------------------

FUZZ_OUTCOMES: dict[str, Counter[str]] = {}
"""Per operation, how many fuzzed inputs ended in each outcome (``ok``, or the error code and reason)."""
FUZZ_RAW_BODIES: Counter[str] = Counter()
"""Per operation, how many of those inputs botocore could not serialize, so went as a raw JSON body."""


def pytest_sessionfinish(session: pytest.Session) -> None:
    """Under pytest-xdist, a worker hands its counts to the controller (``pytest_testnodedown``)."""
    output = getattr(session.config, "workeroutput", None)
    if output is not None:
        output["pinpoint_fuzz"] = {operation: dict(counts) for operation, counts in FUZZ_OUTCOMES.items()}
        output["pinpoint_fuzz_raw"] = dict(FUZZ_RAW_BODIES)


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: Any, error: Any) -> None:
    """Under pytest-xdist, the controller adds up the workers' counts."""
    output = getattr(node, "workeroutput", {})
    for operation, counts in output.get("pinpoint_fuzz", {}).items():
        FUZZ_OUTCOMES.setdefault(operation, Counter()).update(counts)
    FUZZ_RAW_BODIES.update(output.get("pinpoint_fuzz_raw", {}))


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """How many inputs the fuzzer tried, in total and per operation, so that the README can quote it."""
    if not FUZZ_OUTCOMES:
        return
    total: Counter[str] = Counter()
    for outcomes in FUZZ_OUTCOMES.values():
        total.update(outcomes)

    def spelled(outcomes: Counter[str]) -> str:
        ranked = sorted(outcomes.items(), key=lambda item: (-item[1], item[0]))  # the same in every order
        return ", ".join(f"{outcome} {count}" for outcome, count in ranked)

    raw = sum(FUZZ_RAW_BODIES.values())
    terminalreporter.write_sep("-", "pinpoint_fake fuzz")
    terminalreporter.write_line(
        f"pinpoint_fake fuzz: {total.total()} inputs over {len(FUZZ_OUTCOMES)} operations "
        f"({raw} as raw JSON bodies): {spelled(total)}"
    )
    for operation, outcomes in sorted(FUZZ_OUTCOMES.items()):
        line = f"  {operation}: {outcomes.total()} inputs ({FUZZ_RAW_BODIES[operation]} raw)"
        terminalreporter.write_line(f"{line}: {spelled(outcomes)}")


# -- operations the fake does not implement ------------------------------------------------------------


@pytest.fixture
def not_implemented(monkeypatch: pytest.MonkeyPatch) -> Any:
    """``not_implemented("SendTextMessage", ...)``: those operations answered as if the fake did not
    implement them. The fake implements every operation of the pinned model, so the path an operation a
    newer botocore adds would take (NotImplementedByFake, warned) is reached this way."""
    from pinpoint_fake.backend import PinpointBackend

    def hide(*operations: str) -> None:
        implements = PinpointBackend.implements
        monkeypatch.setattr(
            PinpointBackend,
            "implements",
            lambda self, operation: operation not in operations and implements(self, operation),
        )

    return hide
