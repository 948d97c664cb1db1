"""The Vietnamese catalog translates every string of the interface, placeholders intact."""

import re
import subprocess
import sys
from pathlib import Path

from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[1]
PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]")


def _extracted(tmp_path):
    pot = tmp_path / "messages.pot"
    subprocess.run([sys.executable, "-m", "babel.messages.frontend", "extract", "-F", "babel.cfg",
                    "-k", "_l", "-k", "lazy_gettext", "--no-location", "-o", str(pot), "."],
                   cwd=ROOT, check=True, capture_output=True)
    with pot.open("rb") as handle:
        return read_po(handle)


def test_every_interface_string_has_a_vietnamese_translation(tmp_path):
    with (ROOT / "translations/vi/LC_MESSAGES/messages.po").open("rb") as handle:
        catalog = read_po(handle, locale="vi")
    untranslated = []
    for message in _extracted(tmp_path):
        if not message.id:
            continue
        translated = catalog.get(message.id)
        if translated is None or not translated.string or translated.fuzzy:
            untranslated.append(message.id)
    assert untranslated == []


def test_translations_keep_their_placeholders():
    with (ROOT / "translations/vi/LC_MESSAGES/messages.po").open("rb") as handle:
        catalog = read_po(handle, locale="vi")
    broken = [message.id for message in catalog
              if message.id and message.string
              and set(PLACEHOLDER.findall(str(message.id))) != set(PLACEHOLDER.findall(str(message.string)))]
    assert broken == []
