"""Turn an uploader's file name into a safe display name; the name is never used to store the file."""

import re
import unicodedata

MAX_NAME_LENGTH = 200
FALLBACK_STEM = "minh-chung"
#: Characters Windows refuses in a file name (the path separators are dealt with first).
_WINDOWS_ILLEGAL = set('<>:"/\\|?*')
#: Unicode categories dropped outright: controls, invisible formatting (RTL override, zero-width
#: spaces), surrogates, private-use and unassigned code points.
_DROPPED_CATEGORIES = {"Cc", "Cf", "Cs", "Co", "Cn"}
_WINDOWS_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\.|$)", re.IGNORECASE)


def clean_display_name(raw: str | None) -> str:
    """Return `raw` without path parts, invisible or illegal characters, NFC-normalised, ≤ 200 chars."""
    name = unicodedata.normalize("NFC", raw or "")
    # Browsers and old Windows clients may send a whole path, with either separator.
    name = re.split(r"[/\\]", name)[-1]
    kept = []
    for char in name:
        category = unicodedata.category(char)
        if category in _DROPPED_CATEGORIES or char in _WINDOWS_ILLEGAL:
            continue
        kept.append(" " if category in {"Zs", "Zl", "Zp"} else char)
    name = re.sub(r" {2,}", " ", "".join(kept)).strip(" .")
    if _WINDOWS_RESERVED.match(name):
        name = f"_{name}"
    return _shorten(name)


def extension_of(name: str) -> str:
    """Return the last extension of `name`, lower-case with its dot ("" when there is none)."""
    stem, dot, extension = name.rpartition(".")
    return f".{extension.lower()}" if dot and stem else ""


def _shorten(name: str) -> str:
    """Cut `name` to MAX_NAME_LENGTH characters, keeping its extension."""
    if len(name) <= MAX_NAME_LENGTH:
        return name
    extension = extension_of(name)
    if len(extension) > 16:
        extension = ""
    stem = name[: MAX_NAME_LENGTH - len(extension)].rstrip(" .") or FALLBACK_STEM
    return f"{stem}{extension}"
