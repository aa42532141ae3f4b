"""The one place that loads botocore's model of pinpoint-sms-voice-v2.

Everything the fake knows about the wire (operations, constraints, enums, error shapes, output shapes and
paginator settings) is read from here at run time; nothing is copied from the model by hand.

botocore changes this model several times a month, and a user may run any release. ``known_model.json`` is
generated (``known_model_document``, never written by hand) from the release the fake was written against:
the input structures and enum values it knew. What a newer model adds beyond it is validated and then left
out, with a warning (``protocol.py``); a test keeps the file equal to what the pinned release generates.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any, cast

from botocore import __version__ as botocore_version
from botocore import xform_name

if TYPE_CHECKING:
    from botocore.model import OperationModel, ServiceModel, Shape, StringShape, StructureShape

SERVICE_NAME = "pinpoint-sms-voice-v2"


@cache
def _loader() -> Any:
    import botocore.session

    return botocore.session.get_session()


@cache
def service_model() -> ServiceModel:
    model: ServiceModel = _loader().get_service_model(SERVICE_NAME)
    return model


@cache
def operation_model(name: str) -> OperationModel:
    return service_model().operation_model(name)


def input_shape(operation: str) -> StructureShape:
    shape = operation_model(operation).input_shape
    assert shape is not None, f"{operation} has no input shape"
    return shape


def output_shape(operation: str) -> StructureShape:
    shape = operation_model(operation).output_shape
    assert shape is not None, f"{operation} has no output shape"
    return shape


@cache
def shape(name: str) -> Shape:
    return service_model().shape_for(name)


@cache
def operation_names() -> frozenset[str]:
    return frozenset(service_model().operation_names)


@cache
def content_type() -> str:
    """``application/x-amz-json-1.0``: the JSON version the model names."""
    return f"application/x-amz-json-{service_model().metadata['jsonVersion']}"


@cache
def arn_service() -> str:
    """The service part of the service's ARNs (``sms-voice``): its signing name."""
    name: str = service_model().metadata["signingName"]
    return name


@cache
def target_prefix() -> str:
    """The ``X-Amz-Target`` prefix of the service (``PinpointSMSVoiceV2``)."""
    prefix: str = service_model().metadata["targetPrefix"]
    return prefix


def enum_values(shape_name: str) -> tuple[str, ...]:
    return tuple(cast("StringShape", shape(shape_name)).enum)


@cache
def paginator(operation: str) -> dict[str, Any] | None:
    """The paginator settings of an operation (input_token, limit_key, result_key, ...), if it pages.

    Read through botocore's public ``PaginatorModel.get_paginator``, which raises ``ValueError`` for an
    operation that does not page (the model's private ``_paginator_config`` may change in any release)."""
    try:
        config: dict[str, Any] = _loader().get_paginator_model(SERVICE_NAME).get_paginator(operation)
    except ValueError:
        return None
    return config


@cache
def idempotency_token(operation: str) -> str | None:
    """The snake_case name of the operation's idempotency-token member (``client_token``), if it has one."""
    for name, member in input_shape(operation).members.items():
        if member.metadata.get("idempotencyToken"):
            return xform_name(name)
    return None


@cache
def item_shape(operation: str) -> str:
    """The shape of one item a listing operation pages through (``PoolInformation`` for DescribePools)."""
    config = paginator(operation)
    assert config is not None, f"{operation} does not page"
    items = output_shape(operation).members[config["result_key"]]
    return str(items.member.name)  # type: ignore[attr-defined]


@cache
def result_key(operation: str) -> str:
    """The output member a listing operation pages (``Pools``)."""
    config = paginator(operation)
    assert config is not None, f"{operation} does not page"
    return str(config["result_key"])


@cache
def max_page_size(operation: str) -> int:
    """The model's upper bound of the operation's limit key (MaxResults): also our default page size."""
    config = paginator(operation)
    assert config is not None, f"{operation} does not page"
    limit = input_shape(operation).members[config["limit_key"]]
    return int(limit.metadata["max"])


@cache
def min_page_size(operation: str) -> int:
    """The fewest items the model lets a listing's result list hold (1 for some: an empty page omits it)."""
    items = output_shape(operation).members[result_key(operation)]
    return int(items.metadata.get("min", 0))


# -- the model the fake was written against -------------------------------------------------------------

KNOWN_MODEL = "known_model.json"


@cache
def known_model() -> dict[str, Any]:
    """``known_model.json``: ``botocore`` (the release it was generated from), ``structures`` (input
    structure -> its members) and ``enums`` (input enum -> its values)."""
    document: dict[str, Any] = json.loads(resources.files(__package__).joinpath(KNOWN_MODEL).read_text())
    return document


def known_members(structure: str) -> tuple[str, ...] | None:
    """The members an input structure had in the known model (None for a structure it did not have)."""
    members = known_model()["structures"].get(structure)
    return None if members is None else tuple(members)


@cache
def new_enum_values(string_shape: str) -> frozenset[str]:
    """The values of a string shape's enum that the known model did not have (none for a plain string)."""
    enum = getattr(shape(string_shape), "enum", None) or ()
    return frozenset(enum) - frozenset(known_model()["enums"].get(string_shape, ()))


def running_botocore() -> str:
    """The botocore release whose model is loaded."""
    return str(botocore_version)


@cache
def known_model_document() -> dict[str, Any]:
    """What ``known_model.json`` holds for the running model: every structure and enum an operation's input
    can reach (top-level request shapes included), in the model's order."""
    model = service_model()
    structures: dict[str, list[str]] = {}
    enums: dict[str, list[str]] = {}

    def walk(model_shape: Any) -> None:
        type_name = model_shape.type_name
        if type_name == "structure":
            if model_shape.name not in structures:
                structures[model_shape.name] = list(model_shape.members)
                for member in model_shape.members.values():
                    walk(member)
        elif type_name == "list":
            walk(model_shape.member)
        elif type_name == "map":
            walk(model_shape.key)
            walk(model_shape.value)
        elif getattr(model_shape, "enum", None):
            enums[model_shape.name] = list(model_shape.enum)

    for operation in model.operation_names:
        walk(model.operation_model(operation).input_shape)
    return {"botocore": running_botocore(), "structures": structures, "enums": enums}
