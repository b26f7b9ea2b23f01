# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
{
    "name": "Özel Kalem: Protocol",
    "summary": "Protocol, ceremonies, hospitality expenses and foreign "
    "relations of the Mayor's Private Office",
    "version": "18.0.1.0.0",
    "category": "Human Resources",
    "website": "https://github.com/ozel-kalem/ozel-kalem",
    "author": "Özel Kalem developers",
    "maintainers": ["ozel-kalem"],
    "license": "LGPL-3",
    "development_status": "Beta",
    "depends": ["ozel_kalem"],
    "data": [
        "security/ozel_kalem_protocol_security.xml",
        "views/ozel_kalem_protocol_menus.xml",
    ],
    "demo": [
        "demo/res_users_demo.xml",
    ],
}
