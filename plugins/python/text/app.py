"""`ai.uniplug.python.text`: the text example in Python.

`slugify` and `levenshtein` answer exactly like the Rust example
(`plugins/native/text`); the transliteration table is generated from the
same `deunicode` data the Rust code uses (see `transliteration.py`).
"""

import re

from uni_plugin import scalar, table

from transliteration import ENTRIES

# `slugify` as C-level passes over each string (a translation, a regex, a
# join): a loop over characters in Python costs ten times more. Every
# character is mapped to its ASCII transliteration; one that has none maps
# to a space, and one whose transliteration ends in a space ("日" -> "Ri ")
# gets a space before it too, so it stands apart from what precedes it.
# ASCII letters and digits are not in the table and stay as they are; the
# runs of them are the slug's words.
_TO_ASCII = {}
for _code, _entry in enumerate(ENTRIES):
    _character = chr(_code)
    if _character.isascii() and _character.isalnum():
        continue
    if _entry == "\x7f":
        _TO_ASCII[_code] = " "
    elif _entry.endswith(" "):
        _TO_ASCII[_code] = " " + _entry
    elif _entry != _character:
        _TO_ASCII[_code] = _entry
_WORDS = re.compile(r"[A-Za-z0-9]+")
# Printable ASCII transliterates to itself, so such text skips the table.
_PRINTABLE_ASCII_IS_KEPT = all(ENTRIES[code] == chr(code) for code in range(0x20, 0x7F))


@scalar
def slugify(text):
    if not (_PRINTABLE_ASCII_IS_KEPT and text.isascii() and text.isprintable()):
        text = text.translate(_TO_ASCII)
    return "-".join(_WORDS.findall(text)).lower()


@scalar
def levenshtein(left, right):
    if left == right:
        return 0
    row = list(range(len(right) + 1))
    for left_index, left_char in enumerate(left):
        diagonal, row[0] = row[0], left_index + 1
        for right_index, right_char in enumerate(right):
            above = row[right_index + 1]
            row[right_index + 1] = min(diagonal + (left_char != right_char), above + 1, row[right_index] + 1)
            diagonal = above
    return row[-1]


@table
def tokens(text):
    if text is None:
        return
    for position, token in enumerate(text.split(), start=1):
        yield position, token
