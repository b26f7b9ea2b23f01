# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""The Standart Dosya Planı's codes and the *sayı* they go into
(domain.md §1.2 and §2), written once for the file plan and the letters."""

import re

# 3-digit main subject, then up to three 2-digit sub-levels; a body's own
# sub-code is written in square brackets (``050.01.[12]``).
CODE = r"\d{3}(?:\.(?:\d{2}|\[[^\]]+\])){0,3}"
CODE_PATTERN = re.compile(rf"^{CODE}$")
# <ortam>-<DETSİS>-<SDP code>-<kayıt no> (art. 11 of the 2020 regulation).
SAYI_PATTERN = re.compile(rf"^[EZO]-\d{{8}}-{CODE}-\d+$")
# 020 *Olurlar, Onaylar*: a file's name, never a letter's code.
FILE_ONLY_MAIN_CODES = ("020",)


def usable_on_letters(code, has_children):
    """Whether a letter may carry ``code``: a leaf of the plan (a code with
    sub-levels is not used on its own) outside the file-only subjects."""
    return not has_children and code.split(".", 1)[0] not in FILE_ONLY_MAIN_CODES
