# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""Contact details as the office writes them (no Odoo here: the messages
are the callers', see ``res.partner._ozel_kalem_normalize_phone``)."""

import phonenumbers


def normalize_phone(number, region="TR"):
    """``number`` in international form (+90 5xx xxx xx xx), or None when it
    is not a valid phone number.  Numbers without a country code are read
    as numbers of ``region`` (Türkiye by default)."""
    try:
        parsed = phonenumbers.parse(number, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(parsed):
        return None
    return phonenumbers.format_number(
        parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
