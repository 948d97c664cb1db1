"""Text helpers for Vietnamese: folding diacritics for accent-blind search."""

import unicodedata

# NFD splits most Vietnamese letters into a base letter and combining marks, but đ/Đ are
# letters of their own and need mapping by hand.
_EXTRA = str.maketrans({"đ": "d", "Đ": "d"})


def fold(text: str) -> str:
    """Return `text` lower-cased with diacritics removed: "Dân Vận Đường" -> "dan van duong"."""
    decomposed = unicodedata.normalize("NFD", (text or "").translate(_EXTRA))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.lower().split())
