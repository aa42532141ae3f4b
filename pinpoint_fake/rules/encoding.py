"""How an SMS body is encoded and into how many parts it is split.

A body made only of characters of the GSM 03.38 alphabet is sent as GSM 7-bit: 160 septets in one part,
153 a part when split (each part gives 7 septets to its concatenation header); a character of the
alphabet's extension table (``^{}\\[~]|€`` and form feed) takes two septets, and a part never ends between
them. Any other character makes the whole body UCS-2: 70 UTF-16 code units in one part, 67 a part when
split, never splitting a surrogate pair. (AWS documents the 160/153 and 70/67 figures; the rest is the
3GPP standard.)
"""

from __future__ import annotations

GSM = "GSM"
UCS2 = "UCS2"

_GSM_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
_GSM_EXTENSION = frozenset("^{}\\[~]|€\f")

# encoding -> (units in a single part, units a part when split)
LIMITS = {GSM: (160, 153), UCS2: (70, 67)}


def _units(body: str) -> tuple[str, list[int]]:
    """The encoding and the size, in its units, of each character of ``body``."""
    if all(char in _GSM_BASIC or char in _GSM_EXTENSION for char in body):
        return GSM, [2 if char in _GSM_EXTENSION else 1 for char in body]
    return UCS2, [2 if ord(char) > 0xFFFF else 1 for char in body]


def measure(body: str) -> tuple[str, int]:
    """The encoding (``"GSM"`` or ``"UCS2"``) and the number of parts of an SMS body."""
    encoding, sizes = _units(body)
    single, per_part = LIMITS[encoding]
    if sum(sizes) <= single:
        return encoding, 1
    parts, used = 1, 0
    for size in sizes:
        if used + size > per_part:  # a character never straddles two parts
            parts, used = parts + 1, 0
        used += size
    return encoding, parts
