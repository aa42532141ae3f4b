"""What a message may hold beyond what the model's input shape says: a body or media where one is needed,
a voice body's length by its text type, and the kinds of media an MMS carries."""

from __future__ import annotations

from ..errors import ValidationException, ValidationExceptionField

# The longest voice body of each MessageBodyTextType (the model's documentation: TEXT 3,000, SSML 6,000; the
# model's own maximum, 6,000, is the shape's and is checked with it).
VOICE_BODY_LIMITS = {"TEXT": 3000, "SSML": 6000}
DEFAULT_VOICE_BODY_TEXT_TYPE = "TEXT"
DEFAULT_VOICE_ID = "MATTHEW"

# The file extensions of the media kinds AWS documents for MMS: images, audio, video, contact cards,
# calendar entries and PDF.
MEDIA_EXTENSIONS = frozenset(
    (
        *("gif", "jpg", "jpeg", "png", "tif", "tiff", "bmp"),
        *("3gp", "3g2", "amr", "mp3", "m4a", "aac", "ogg", "oga", "wav", "mpeg", "mpg"),
        *("mp4", "m4v", "mov", "h263", "h264", "webm"),
        *("vcf", "vcard", "ics", "pdf"),
    )
)


def require(value: object, member: str, why: str) -> None:
    """Refuse a request that leaves out a member the message needs (the model marks it optional)."""
    if value is None:
        raise ValidationException(
            f"{member} is required: {why}.",
            "MISSING_PARAMETER",
            (ValidationExceptionField(member, "Required"),),
        )


def check_voice_body(body: str, text_type: str) -> None:
    limit = VOICE_BODY_LIMITS.get(text_type, VOICE_BODY_LIMITS[DEFAULT_VOICE_BODY_TEXT_TYPE])
    if len(body) > limit:
        raise ValidationException(
            f"A {text_type} voice message body holds at most {limit} characters, not {len(body)}.",
            "MAXIMUM_SIZE_EXCEEDED",
            (ValidationExceptionField("MessageBody", f"At most {limit} characters for {text_type}"),),
        )


def check_media_urls(media_urls: list[str], member: str = "MediaUrls") -> None:
    """Every media file must be of a kind MMS carries (by its extension: the fake reads no S3 object);
    ``member`` is where the request holds them."""
    for index, url in enumerate(media_urls):
        name = url.rsplit("/", 1)[-1]
        extension = name.rpartition(".")[2].lower() if "." in name else ""
        if extension not in MEDIA_EXTENSIONS:
            raise ValidationException(
                f"The media file '{url}' is not of a type MMS supports.",
                "MEDIA_TYPE_NOT_SUPPORTED",
                (ValidationExceptionField(f"{member}[{index}]", "Unsupported media type"),),
            )
