# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""What each rule of an e-Yazışma package means, in the language of the user.

``eyp.RULES`` keeps the same sentences for the standalone tools (and the
independent checker of the tests); these are the translatable copies the
users read when a package is refused."""

from odoo.tools import LazyTranslate

_lt = LazyTranslate(__name__)

RULE_MEANINGS = {
    "K.2": _lt("The package holds exactly one üst yazı."),
    "K.4": _lt("The üst yazı lives under /UstYazi/."),
    "K.5": _lt("The üst yazı part name has no spaces."),
    "K.6": _lt("The üst yazı should be PDF/A."),
    "K.12": _lt("Ekler live under /Ekler/."),
    "K.16": _lt("The package holds exactly one Üstveri."),
    "K.18": _lt("The Üstveri is at /Ustveri/Ustveri.xml."),
    "K.19": _lt(
        "The Üstveri parses, has a Dagitim, OzId has schemeID, has DogrulamaAdresi."
    ),
    "K.23": _lt("Each DED ek is in the package."),
    "K.24": _lt("Each ek in the package is listed in the Üstveri."),
    "K.25": _lt("Each ilgi pointing at an ek points at an existing ek."),
    "K.26": _lt("The package holds exactly one Paket Özeti."),
    "K.28": _lt("The Paket Özeti is at /PaketOzeti/PaketOzeti.xml."),
    "K.29": _lt("The Paket Özeti parses."),
    "K.33": _lt("The Paket Özeti digests match and cover the mandatory parts."),
    "K.34": _lt("The Paket Özeti Id is the BelgeId."),
    "K.38": _lt("The Nihai Özet is at /NihaiOzet/NihaiOzet.xml."),
    "K.39": _lt("The Nihai Özet parses."),
    "K.43": _lt("The Nihai Özet digests match and cover the mandatory parts."),
    "K.44": _lt("The Nihai Özet Id is the BelgeId."),
    "K.45": _lt("The Nihai Özet has no external references."),
    "K.61": _lt("Ids of üst yazı, ekler and ilgiler are unique."),
    "K.66": _lt("The file is named [BelgeId].eyp."),
    "K.68": _lt("The Core identifier is the BelgeId."),
    "K.69": _lt("The Core subject is the Konu."),
    "K.71": _lt("The Core category is RESMIYAZISMA."),
    "K.73": _lt("The Core contentType is application/eyazisma."),
    "K.80": _lt("Ids are upper-case GUIDs."),
    "K.81": _lt("The e-imza embeds the Paket Özeti."),
    "K.82": _lt("The Nihai Üstveri is present when signed."),
    "K.84": _lt("The Nihai Üstveri is at /NihaiUstveri/NihaiUstveri.xml."),
    "K.85": _lt("The Nihai Üstveri parses, has BelgeNo and an Imza."),
    "K.98": _lt("The Nihai Özet is present when signed."),
    "K.100": _lt("The e-mühür embeds the Nihai Özet."),
    "ZIP": _lt("The file opens as a ZIP/OPC package."),
    "OPC": _lt("Content types and relationships are complete and consistent."),
    "FORMAT": _lt("Only plain EYP 2.x packages (.eyp) are accepted."),
    "ALG": _lt("Each reference has two digests, one SHA-512, never SHA-1."),
    "IMZA": _lt("The e-imza is a valid CMS signature over the Paket Özeti."),
    "MUHUR": _lt("The e-mühür is a valid CMS signature over the Nihai Özet."),
    "BUILD": _lt("The letter data is complete enough to build a package."),
}
