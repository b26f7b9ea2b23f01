#!/usr/bin/env python3
"""Write each addon's README.rst from its readme/ fragments.

OCA's oca-gen-addon-readme is not on PyPI; this small stand-in keeps the
README.rst that pylint-odoo requires in step with the fragments.  Run it after
editing a fragment: ``python3 scripts/gen_readme.py``.
"""

import ast
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
ADDONS = ("ozel_kalem", "ozel_kalem_protocol", "ozel_kalem_press")


def rst_literals(text):
    """Markdown `code` becomes rST ``code``."""
    return text.replace("`", "``").replace("````", "``")


def main():
    for addon in ADDONS:
        path = ROOT / addon
        manifest = ast.literal_eval(
            (path / "__manifest__.py").read_text(encoding="utf-8")
        )
        name = manifest["name"]
        fragments = sorted((path / "readme").glob("*.md"))
        lines = [
            name,
            "=" * len(name),
            "",
            (
                f"Technical name: ``{addon}`` — version {manifest['version']} — "
                f"license {manifest['license']}."
            ),
            "",
            (
                "The description, configuration and usage are in the fragments of "
                "``readme/``:"
            ),
            "",
            *(f"- ``readme/{fragment.name}``" for fragment in fragments),
            "",
            "Description",
            "-----------",
            "",
            rst_literals(
                (path / "readme" / "DESCRIPTION.md").read_text(encoding="utf-8")
            ),
        ]
        (path / "README.rst").write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    main()
