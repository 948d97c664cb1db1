"""URL helpers: a `next` target that can only point back into this site."""

from urllib.parse import urlsplit


def safe_next_url(target: str | None) -> str | None:
    """Return `target` if it is a local path (no scheme, no host, no `//` or `\\` trick), else None.

    A control character (CR/LF above all) makes it unsafe too: it cannot go into a Location header.
    """
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return None
    if any(ord(char) < 32 or ord(char) == 127 for char in target):
        return None
    parts = urlsplit(target)
    if parts.scheme or parts.netloc:
        return None
    return target
