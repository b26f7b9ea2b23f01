# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
{
    "name": "Özel Kalem: Press",
    "summary": "Press releases, press conferences, media contacts and "
    "monitoring of the Mayor's Private Office",
    "version": "18.0.1.0.0",
    "category": "Human Resources",
    "website": "https://github.com/ozel-kalem/ozel-kalem",
    "author": "Özel Kalem developers",
    "maintainers": ["ozel-kalem"],
    "license": "LGPL-3",
    "development_status": "Beta",
    "depends": ["ozel_kalem"],
    "data": [
        "security/ozel_kalem_press_security.xml",
        "views/ozel_kalem_press_menus.xml",
    ],
    "demo": [
        "demo/res_users_demo.xml",
    ],
}
