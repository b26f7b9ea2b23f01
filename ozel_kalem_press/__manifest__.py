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
        "security/ir.model.access.csv",
        "security/ozel_kalem_press_rules.xml",
        "data/ozel_kalem_press_data.xml",
        "data/mail_activity_type_data.xml",
        "data/tier_definition_data.xml",
        "data/mail_template_data.xml",
        "views/ozel_kalem_press_release_views.xml",
        "views/ozel_kalem_media_views.xml",
        "views/ozel_kalem_design_request_views.xml",
        "views/ozel_kalem_press_menus.xml",
    ],
    "demo": [
        "demo/res_users_demo.xml",
        "demo/ozel_kalem_press_demo.xml",
    ],
    "assets": {
        "web.assets_tests": ["ozel_kalem_press/static/tests/tours/*.js"],
    },
}
