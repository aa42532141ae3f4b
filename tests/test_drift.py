"""Model drift: the fake answers whatever botocore release the user runs.

botocore changes this service's model several times a month. What a newer model adds (operations, input
members, structures, enum values) must never crash the fake: a test here loads a copy of the running model
with additions, through botocore's ``AWS_DATA_PATH`` (searched before botocore's own data), in a child process
(the model is loaded once per process), and sends requests through it.

``known_model.json`` records what the fake knew when it was written: regenerate it with
``python -c "from tests.test_drift import write_known_model; write_known_model()"`` when the pins move.
"""

from __future__ import annotations

import copy
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from botocore import __version__ as botocore_version

from pinpoint_fake.phone_ranges import matches
from pinpoint_fake.service_model import (
    KNOWN_MODEL,
    SERVICE_NAME,
    _loader,
    known_model,
    known_model_document,
    service_model,
)

ROOT = Path(__file__).resolve().parent.parent
KNOWN_MODEL_PATH = ROOT / "pinpoint_fake" / KNOWN_MODEL


def raw(type_name: str) -> dict[str, Any]:
    """A data file of the running model as botocore ships it (``service-2``, ``paginators-1``), as a copy."""
    loader = _loader().get_component("data_loader")
    return copy.deepcopy(loader.load_service_model(SERVICE_NAME, type_name))


def known_model_text(document: dict[str, Any]) -> str:
    """``known_model.json`` as written: one line per structure and per enum, so that a diff reads well."""
    lines = ["{", f'  "botocore": {json.dumps(document["botocore"])},']
    for section, last in (("structures", False), ("enums", True)):
        entries = [
            f"    {json.dumps(name)}: {json.dumps(values)}" for name, values in document[section].items()
        ]
        lines += [f'  "{section}": {{', ",\n".join(entries), "  }" + ("" if last else ",")]
    return "\n".join([*lines, "}", ""])


def write_known_model() -> None:
    KNOWN_MODEL_PATH.write_text(known_model_text(known_model_document()))


def pinned(package: str) -> str:
    found = re.search(rf"^{package}==(\S+)$", (ROOT / "tests" / "constraints.txt").read_text(), re.M)
    assert found is not None
    return found[1]


def test_the_known_model_is_the_pinned_release() -> None:
    assert known_model()["botocore"] == pinned("botocore") == pinned("boto3")


@pytest.mark.skipif(
    botocore_version != known_model()["botocore"],
    reason=f"known_model.json is checked on the release it was generated from ({known_model()['botocore']}), "
    f"not on {botocore_version}",
)
def test_the_known_model_is_what_its_release_generates() -> None:
    assert KNOWN_MODEL_PATH.read_text() == known_model_text(known_model_document())


# -- a newer model, simulated ----------------------------------------------------------------------------


def newer_model(required_output: bool = False) -> dict[str, Any]:
    """The running model with what a later release could add: a top-level member (``VanityName``), a
    structure (``Vanity``), a member of a structure the fake reads by type (``Tag.Color``), enum values
    (number type ``VANITY``, filter name ``vanity-style``), an output member (``VanityScore``, required if
    asked) and an operation (``ListVanityNumbers``)."""
    model = raw("service-2")
    shapes = model["shapes"]
    shapes["VanityName"] = {"type": "string", "min": 1, "max": 10, "pattern": "[A-Z]+"}
    shapes["VanityStyle"] = {"type": "string", "enum": ["SPELLED", "REPEATED"]}
    shapes["VanityPreference"] = {
        "type": "structure",
        "required": ["Style"],
        "members": {"Digits": {"shape": "String"}, "Style": {"shape": "VanityStyle"}},
    }
    request = shapes["RequestPhoneNumberRequest"]["members"]
    request["VanityName"] = {"shape": "VanityName"}
    request["Vanity"] = {"shape": "VanityPreference"}
    shapes["Tag"]["members"]["Color"] = {"shape": "String"}
    for enum in ("RequestableNumberType", "NumberType"):
        shapes[enum]["enum"].append("VANITY")
    shapes["PhoneNumberFilterName"]["enum"].append("vanity-style")
    shapes["PhoneNumberInformation"]["members"]["VanityScore"] = {"shape": "Integer"}
    if required_output:
        shapes["PhoneNumberInformation"]["required"].append("VanityScore")
    shapes["ListVanityNumbersRequest"] = {"type": "structure", "members": {}}
    shapes["ListVanityNumbersResult"] = {"type": "structure", "members": {}}
    model["operations"]["ListVanityNumbers"] = {
        "name": "ListVanityNumbers",
        "http": {"method": "POST", "requestUri": "/"},
        "input": {"shape": "ListVanityNumbersRequest"},
        "output": {"shape": "ListVanityNumbersResult"},
        "errors": [{"shape": "ValidationException"}],
    }
    return model


def run_with_model(model: dict[str, Any], data_path: Path, script: str) -> dict[str, Any]:
    """Run ``script`` in a child Python whose botocore finds ``model`` first; it prints one JSON document."""
    version_dir = data_path / SERVICE_NAME / service_model().api_version
    version_dir.mkdir(parents=True)
    (version_dir / "service-2.json").write_text(json.dumps(model))
    (version_dir / "paginators-1.json").write_text(json.dumps(raw("paginators-1")))
    environment = {**os.environ, "AWS_DATA_PATH": str(data_path)}
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result: dict[str, Any] = json.loads(done.stdout.splitlines()[-1])
    return result


NEWER_MODEL_SCRIPT = """
import json, warnings
import boto3, botocore
from botocore.exceptions import ClientError
from pinpoint_fake import NotImplementedByFake, PinpointFakeWarning, mock_pinpoint
from pinpoint_fake.protocol import forget_warnings

found = {}
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    with mock_pinpoint():
        client = boto3.client("pinpoint-sms-voice-v2", region_name="us-east-1")
        request = {
            "IsoCountryCode": "US", "MessageType": "TRANSACTIONAL", "NumberCapabilities": ["SMS"],
            "NumberType": "VANITY", "VanityName": "ACME", "Vanity": {"Style": "SPELLED", "Digits": "2263"},
            "Tags": [{"Key": "team", "Value": "sms", "Color": "blue"}],
        }
        first = client.request_phone_number(**request)
        again = client.request_phone_number(**request)
        found["numbers"] = [first["PhoneNumber"], first["NumberType"], first["Tags"], again["PhoneNumber"]]
        found["warned_after_two_requests"] = len(caught)
        described = client.describe_phone_numbers(Filters=[{"Name": "vanity-style", "Values": ["SPELLED"]}])
        found["described"] = [number["PhoneNumber"] for number in described["PhoneNumbers"]]
        found["described_members"] = sorted(described["PhoneNumbers"][0])
        try:
            client.request_phone_number(**{**request, "VanityName": "acme"})
        except ClientError as error:
            found["invalid"] = [error.response["Reason"], [f["Name"] for f in error.response["Fields"]]]
        try:
            client.list_vanity_numbers()
        except NotImplementedByFake as error:
            found["not_implemented"] = str(error)
        forget_warnings()
        with warnings.catch_warnings():
            warnings.simplefilter("error", PinpointFakeWarning)
            try:
                client.request_phone_number(**request)
            except PinpointFakeWarning:
                found["as_error"] = len(client.describe_phone_numbers()["PhoneNumbers"])
found["botocore"] = botocore.__version__
found["warnings"] = [
    [w.category.__name__, issubclass(w.category, UserWarning), str(w.message), w.filename] for w in caught
]
print(json.dumps(found))
"""


def test_a_newer_model_is_validated_answered_and_warned_about(tmp_path: Path) -> None:
    found = run_with_model(newer_model(), tmp_path, NEWER_MODEL_SCRIPT)
    version = found["botocore"]
    # answered: what the fake knows is honoured; a new enum value is kept as given
    assert found["numbers"] == ["+12065550100", "VANITY", [{"Key": "team", "Value": "sms"}], "+12065550101"]
    # a filter the fake cannot apply is left out, so both numbers are listed; the new output member is absent
    assert found["described"] == ["+12065550100", "+12065550101"]
    assert "VanityScore" not in found["described_members"]
    # validated against the newer model first: its pattern for the new member holds
    assert found["invalid"] == ["FIELD_VALIDATION_FAILED", ["VanityName"]]
    # an unknown operation stays NotImplementedByFake, naming it and the release
    assert "PinpointSMSVoiceV2.ListVanityNumbers" in found["not_implemented"]
    assert f"botocore {version}" in found["not_implemented"]
    # warned once per operation and member (until forgotten), at the caller's line
    assert found["warned_after_two_requests"] == 1
    assert {tuple(warning[:2]) for warning in found["warnings"]} == {("PinpointFakeWarning", True)}
    about_members = [warning[2] for warning in found["warnings"] if "does not implement all of" in warning[2]]
    request_warning, filter_warning = about_members
    assert request_warning == (
        "pinpoint_fake does not implement all of PinpointSMSVoiceV2.RequestPhoneNumber as botocore "
        f"{version} models it: it validated the request against the model, then left out VanityName, Vanity, "
        "Tags.Color and kept NumberType='VANITY' as given, with no behaviour of its own."
    )
    assert "DescribePhoneNumbers" in filter_warning
    assert "kept Filters.Name='vanity-style' as given" in filter_warning
    assert {warning[3] for warning in found["warnings"]} == {"<string>"}  # the script's own call
    # a caller who makes the warning an error gets it raised, before anything is done
    assert found["as_error"] == 2


REQUIRED_OUTPUT_SCRIPT = """
import json
import boto3
import tests.conftest  # noqa: F401  (installs the suite's conformance check on every answer)
from pinpoint_fake import mock_pinpoint

with mock_pinpoint():
    client = boto3.client("pinpoint-sms-voice-v2", region_name="us-east-1")
    client.request_phone_number(
        IsoCountryCode="US", MessageType="TRANSACTIONAL", NumberCapabilities=["SMS"], NumberType="SIMULATOR"
    )
    try:
        client.describe_phone_numbers()
        found = {"failure": None}
    except Exception as error:  # the check's NonConformingResponse, or botocore's ParamValidationError
        found = {"failure": f"{type(error).__name__}: {error}"}
print(json.dumps(found))
"""


def test_a_required_output_member_the_fake_cannot_fill_fails_the_suite(tmp_path: Path) -> None:
    found = run_with_model(newer_model(required_output=True), tmp_path, REQUIRED_OUTPUT_SCRIPT)
    assert found["failure"] is not None
    assert found["failure"].startswith(("NonConformingResponse", "ParamValidationError"))
    assert "VanityScore" in found["failure"]


SPY_SCRIPT = """
import json, warnings
import boto3
from pinpoint_fake import mock_pinpoint
from pinpoint_fake.backend import PinpointBackend

original = PinpointBackend.request_phone_number
seen = []

def spy(self, **kwargs):
    seen.append(sorted(kwargs))
    return original(self, **kwargs)

PinpointBackend.request_phone_number = spy
with warnings.catch_warnings(record=True) as caught, mock_pinpoint():
    warnings.simplefilter("always")
    client = boto3.client("pinpoint-sms-voice-v2", region_name="us-east-1")
    number = client.request_phone_number(
        IsoCountryCode="US", MessageType="TRANSACTIONAL", NumberCapabilities=["SMS"], NumberType="SIMULATOR",
        VanityName="ACME",
    )
warned = [str(warning.message) for warning in caught]
print(json.dumps({"seen": seen, "number": number["PhoneNumber"], "warnings": warned}))
"""


def test_a_spy_that_takes_kwargs_is_given_only_what_the_fake_knows_of_a_newer_model(tmp_path: Path) -> None:
    """A spy forwarding ``**kwargs`` to the family method gets what that method takes: a member only the
    newer model has is left out and warned about, as without the spy, not passed on to fail the call."""
    found = run_with_model(newer_model(), tmp_path, SPY_SCRIPT)
    assert found["seen"] == [["iso_country_code", "message_type", "number_capabilities", "number_type"]]
    assert found["number"].startswith("+1")
    assert any("left out VanityName" in warning for warning in found["warnings"])


def test_a_preference_type_the_fake_does_not_know_meets_every_number() -> None:
    """A PreferenceType a newer model adds is kept as given (and warned about): it narrows nothing."""
    assert matches("+12065550100", "SoundsLike", ["ACME"])
    assert not matches("+12065550100", "StartsWith", ["+1415"])
