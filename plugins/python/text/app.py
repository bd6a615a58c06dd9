"""`ai.uniplug.python.text`: the text example in Python.

`slugify` and `levenshtein` answer exactly like the Rust example
(`plugins/native/text`); the transliteration table is generated from the
same `deunicode` data the Rust code uses (see `transliteration.py`).
"""

from uni_plugin import scalar, table

from transliteration import transliterate


def _is_ascii_alphanumeric(character):
    return character.isascii() and character.isalnum()


@scalar
def slugify(text):
    out = []
    pending_dash = False
    for character in text:
        if _is_ascii_alphanumeric(character):
            pieces = character
        else:
            pieces = transliterate(character)
            if pieces is None:
                pending_dash = True
                continue
            if pieces.endswith(" "):
                pending_dash = True
        for piece in pieces:
            if _is_ascii_alphanumeric(piece):
                if pending_dash and out:
                    out.append("-")
                pending_dash = False
                out.append(piece.lower())
            else:
                pending_dash = True
    return "".join(out)


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
