# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""DETSİS numbers: the 8-digit codes the Devlet Teşkilatı Merkezi Kayıt
Sistemi gives every public body and unit (domain.md §1.2)."""

import re

DETSIS_PATTERN = re.compile(r"^\d{8}$")


def is_detsis(value):
    """Whether ``value`` is written as a DETSİS number (8 digits)."""
    return bool(value and DETSIS_PATTERN.match(value))
