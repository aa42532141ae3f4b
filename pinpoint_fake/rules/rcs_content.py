"""What an RCS message may hold beyond what the model's input shape says, and what its fallback needs.

``SendRcsMessage`` (botocore >= 1.44) reads its content into records generated from the model's shapes
(``records.inputs``), so these rules read them by attribute. The model's shapes say lengths and patterns;
their documentation says the rest, which is checked here:

- ``RcsContent`` and ``RcsSuggestedAction`` are unions: exactly one content type, exactly one action each
  (none: ``MISSING_PARAMETER``; more: ``PARAMETERS_CANNOT_BE_USED_TOGETHER``), and the model marks the content
  itself optional although a message needs it. Their members are read from the model (``union_members``).
- Several strings are free in the model (``[A-Z_]+``) and closed in its documentation ("Valid values are
  HORIZONTAL and VERTICAL"): ``DOCUMENTED_VALUES``; anything else is ``INVALID_PARAMETER``.
- A fallback is an SMS with a body, or an MMS with a body or media of a kind MMS carries; media only with MMS.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache
from typing import TYPE_CHECKING, Any, cast

from botocore import xform_name

from ..errors import ValidationException, ValidationExceptionField, ValidationReason
from ..records import RcsFallback
from ..records.messages import SMS
from ..service_model import known_members, service_model
from .content import check_media_urls

if TYPE_CHECKING:
    from botocore.model import StructureShape

CONTENT = "RcsContent"  # the union of an RCS message's content types
ACTION = "RcsSuggestedAction"  # the union of a suggestion's actions

# (structure, member) -> the values the model's documentation of the member allows (a test reads them there).
DOCUMENTED_VALUES: dict[tuple[str, str], tuple[str, ...]] = {
    ("SendRcsMessageRequest", "MessageTrafficType"): (
        "AUTHENTICATION",
        "TRANSACTION",
        "PROMOTION",
        "SERVICE_REQUEST",
        "ACKNOWLEDGEMENT",
    ),
    ("RcsStandaloneCard", "CardOrientation"): ("HORIZONTAL", "VERTICAL"),
    ("RcsStandaloneCard", "ThumbnailImageAlignment"): ("LEFT", "RIGHT"),
    ("RcsCardMedia", "Height"): ("SHORT", "MEDIUM", "TALL"),
    ("RcsCarousel", "CardWidth"): ("SMALL", "MEDIUM"),
    ("RcsCarouselCardMedia", "Height"): ("SHORT", "MEDIUM"),
    ("RcsOpenUrlAction", "Application"): ("BROWSER", "WEBVIEW"),
    ("RcsOpenUrlAction", "WebviewViewMode"): ("FULL", "HALF", "TALL"),
}

Problem = tuple[ValidationReason, str, str]  # (reason, member path, what is wrong)


@cache
def union_members(union: str) -> tuple[str, ...]:
    """The members of a union structure of the model, in its order. The running model's; a model without the
    union (botocore < 1.44: its clients cannot send RCS, but the backend's method may still be called) gives
    those of the model the fake knows (``known_model.json``, generated from the pinned release)."""
    if union in service_model().shape_names:
        return tuple(cast("StructureShape", service_model().shape_for(union)).members)
    known = known_members(union)
    assert known is not None, f"neither the running nor the known model has {union}"
    return known


def member_of(record: Any, member: str) -> Any:
    """What a record read from a structure holds for a member of the model (None when absent): the attribute
    ``records.inputs`` gives it, botocore's own snake_case name (``xform_name``)."""
    return getattr(record, xform_name(member), None)


def check_content(content: Any, message_traffic_type: str | None) -> None:
    """Refuse an RCS message whose content breaks what the model documents, naming every member at fault
    (the first kind of problem found: missing, then together, then values)."""
    found = list(_message_problems(content, message_traffic_type))
    reasons: tuple[ValidationReason, ...] = (
        "MISSING_PARAMETER",
        "PARAMETERS_CANNOT_BE_USED_TOGETHER",
        "INVALID_PARAMETER",
    )
    for reason in reasons:
        fields = tuple(ValidationExceptionField(path, why) for kind, path, why in found if kind == reason)
        if fields:
            raise ValidationException(
                f"The RCS message breaks the documented rules at {', '.join(f.name for f in fields)}.",
                reason,
                fields,
            )


def _message_problems(message: Any, message_traffic_type: str | None) -> Iterator[Problem]:
    yield from _value(
        "SendRcsMessageRequest", "MessageTrafficType", message_traffic_type, "MessageTrafficType"
    )
    if message is None:
        yield "MISSING_PARAMETER", "RcsMessageContent", "An RCS message needs content"
        return
    yield from _one_of(member_of(message, "Content"), union_members(CONTENT), "RcsMessageContent.Content")
    yield from _suggestions(member_of(message, "Suggestions"), "RcsMessageContent.Suggestions")
    content = member_of(message, "Content")  # a record, or None (as every member read below may be)
    card = member_of(content, "RichCard")
    if card is not None:
        path = "RcsMessageContent.Content.RichCard"
        for member in ("CardOrientation", "ThumbnailImageAlignment"):
            yield from _value("RcsStandaloneCard", member, member_of(card, member), f"{path}.{member}")
        yield from _card(member_of(card, "CardContent"), "RcsCardMedia", f"{path}.CardContent")
    carousel = member_of(content, "Carousel")
    if carousel is not None:
        path = "RcsMessageContent.Content.Carousel"
        yield from _value("RcsCarousel", "CardWidth", member_of(carousel, "CardWidth"), f"{path}.CardWidth")
        for index, card_content in enumerate(member_of(carousel, "CardContents") or ()):
            yield from _card(card_content, "RcsCarouselCardMedia", f"{path}.CardContents[{index}]")


def _card(card: Any, media_shape: str, path: str) -> Iterator[Problem]:
    media = member_of(card, "Media")
    if media is not None:
        yield from _value(media_shape, "Height", member_of(media, "Height"), f"{path}.Media.Height")
    yield from _suggestions(member_of(card, "Suggestions"), f"{path}.Suggestions")


def _suggestions(suggestions: Iterable[Any] | None, path: str) -> Iterator[Problem]:
    for index, suggestion in enumerate(suggestions or ()):
        yield from _one_of(suggestion, union_members(ACTION), f"{path}[{index}]")
        open_url = member_of(suggestion, "OpenUrl")
        if open_url is not None:
            for member in ("Application", "WebviewViewMode"):
                yield from _value(
                    "RcsOpenUrlAction",
                    member,
                    member_of(open_url, member),
                    f"{path}[{index}].OpenUrl.{member}",
                )


def _one_of(union: Any, members: tuple[str, ...], path: str) -> Iterator[Problem]:
    """A union (``RcsContent``, ``RcsSuggestedAction``) holds exactly one of its members."""
    given = [member for member in members if member_of(union, member) is not None]
    if not given:
        yield "MISSING_PARAMETER", path, f"Exactly one of {', '.join(members)} is required"
    elif len(given) > 1:
        for member in given:
            yield "PARAMETERS_CANNOT_BE_USED_TOGETHER", f"{path}.{member}", f"Cannot be used with {given[0]}"


def _value(structure: str, member: str, value: str | None, path: str) -> Iterator[Problem]:
    allowed = DOCUMENTED_VALUES[structure, member]
    if value is not None and value not in allowed:
        yield "INVALID_PARAMETER", path, f"Must be one of {', '.join(allowed)}"


def check_fallback(fallback: RcsFallback) -> None:
    """A fallback SMS needs a body and carries no media; a fallback MMS needs a body or media, of a kind MMS
    carries."""
    path = "FallbackConfiguration"
    if fallback.channel == SMS:
        if fallback.message_body is None:
            raise ValidationException(
                "An SMS fallback needs a MessageBody.",
                "MISSING_PARAMETER",
                (ValidationExceptionField(f"{path}.MessageBody", "Required for SMS"),),
            )
        if fallback.media_urls is not None:
            raise ValidationException(
                "MediaUrls are only valid in an MMS fallback.",
                "INVALID_PARAMETER",
                (ValidationExceptionField(f"{path}.MediaUrls", "Only valid when Channel is MMS"),),
            )
    else:  # MMS, the model's other RcsFallbackChannel
        if fallback.message_body is None and not fallback.media_urls:
            raise ValidationException(
                "An MMS fallback needs a MessageBody or MediaUrls.",
                "MISSING_PARAMETER",
                tuple(
                    ValidationExceptionField(f"{path}.{member}", "MessageBody or MediaUrls is required")
                    for member in ("MessageBody", "MediaUrls")
                ),
            )
        check_media_urls(fallback.media_urls or [], f"{path}.MediaUrls")
