# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""Screenshots of the user guide (docs/img), taken in headless Chromium on a
database with the demo municipality: every menu of the three addons, and the
main forms.  Not a test: it runs only when asked by its tag
(``scripts/screenshots.sh``), never in the test command."""

import base64
import json
import os
import pathlib

from odoo.tests import HttpCase, tagged
from odoo.tests.common import ChromeBrowser

DOCS_IMG = pathlib.Path(__file__).resolve().parents[2] / "docs" / "img"
ROOTS = (
    "ozel_kalem.ozel_kalem_menu_root",
    "ozel_kalem_press.ozel_kalem_design_request_menu_root",
)
# Main forms of the guide: (image, action, model, domain).
FORMS = (
    (
        "form_appointment",
        "ozel_kalem.ozel_kalem_appointment_action",
        "ozel_kalem.appointment",
        [("state", "=", "scheduled")],
    ),
    (
        "form_incoming",
        "ozel_kalem.ozel_kalem_document_action_incoming",
        "ozel_kalem.document",
        [("direction", "=", "incoming"), ("state", "=", "routed")],
    ),
    (
        "form_outgoing",
        "ozel_kalem.ozel_kalem_document_action_outgoing",
        "ozel_kalem.document",
        [("direction", "=", "outgoing")],
    ),
    (
        "form_citizen_request",
        "ozel_kalem.ozel_kalem_citizen_request_action",
        "ozel_kalem.citizen.request",
        [],
    ),
    (
        "form_instruction",
        "ozel_kalem.ozel_kalem_instruction_action",
        "ozel_kalem.instruction",
        [],
    ),
    (
        "form_protocol_event",
        "ozel_kalem_protocol.ozel_kalem_protocol_event_action",
        "ozel_kalem.protocol.event",
        [("guest_ids", "!=", False)],
    ),
    (
        "form_expense",
        "ozel_kalem_protocol.ozel_kalem_hospitality_expense_action",
        "ozel_kalem.hospitality.expense",
        [],
    ),
    (
        "form_press_release",
        "ozel_kalem_press.ozel_kalem_press_release_action",
        "ozel_kalem.press.release",
        [],
    ),
)
# Resolves once the action's view is on screen and the client is idle.
READY = """
(async () => {
    const until = Date.now() + 20000;
    const busy = () => document.querySelector(".o_blockUI, .o_loading_indicator");
    while (Date.now() < until) {
        const shown = ".o_action_manager .o_control_panel, .modal-dialog .o_form_view";
        if (document.querySelector(shown) && !busy()) {
            await new Promise((resolve) => setTimeout(resolve, 800));
            return "ready";
        }
        await new Promise((resolve) => setTimeout(resolve, 200));
    }
    return "timeout: " + document.body.innerHTML.slice(0, 300);
})()
"""


@tagged("post_install", "-at_install", "-standard", "ozel_kalem_screenshots")
class TakeScreenshots(HttpCase):
    def _pages(self):
        """(image name, URL) of every menu with a window action, then forms."""
        menus = self.env["ir.ui.menu"].search(
            [("id", "child_of", [self.env.ref(root).id for root in ROOTS])]
        )
        pages = []
        for menu in menus.filtered(
            lambda m: m.action and m.action._name == "ir.actions.act_window"
        ):
            name = menu.get_external_id()[menu.id].replace(".", "__")
            action = menu.action.get_external_id()[menu.action.id]
            pages.append((name, f"/odoo/action-{action}"))
        for name, action, model, domain in FORMS:
            record = self.env[model].search(domain, limit=1)
            if record:
                pages.append((name, f"/odoo/action-{action}/{record.id}"))
        return pages

    def _shoot(self, browser, name, url):
        browser.navigate_to(self.base_url() + url, wait_stop=True)
        state = browser._websocket_request(
            "Runtime.evaluate",
            params={"expression": READY, "awaitPromise": True},
            timeout=60,
        )["result"].get("value", "")
        if state.startswith("timeout"):
            self.fail(f"{url} did not load: {state}")
        shot = browser._websocket_request(
            "Page.captureScreenshot", params={"format": "png"}, timeout=30
        )
        (DOCS_IMG / f"{name}.png").write_bytes(base64.b64decode(shot["data"]))

    def test_screenshots(self):
        self.env.ref("base.user_admin").lang = "tr_TR"
        DOCS_IMG.mkdir(parents=True, exist_ok=True)
        pages = self._pages()[
            : int(os.environ.get("OK_SCREENSHOTS_LIMIT", "0")) or None
        ]
        browser = ChromeBrowser(self)
        try:
            self.authenticate("admin", "admin", browser=browser)
            self.cr.flush()
            self.cr.clear()
            for name, url in pages:
                self._shoot(browser, name, url)
            # The mayor's own desk, as the mayor of the demo sees it.
            if self.env["res.users"].search([("login", "=", "baskan")]):
                self.authenticate("baskan", "baskan", browser=browser)
                pages.append(
                    ("desk_mayor", "/odoo/action-ozel_kalem.ozel_kalem_desk_action")
                )
                self._shoot(browser, *pages[-1])
        finally:
            browser.stop()
        (DOCS_IMG / "index.json").write_text(
            json.dumps(dict(pages), indent=1, ensure_ascii=False) + "\n",
            encoding="utf-8",
        )
        self.assertEqual(len(list(DOCS_IMG.glob("*.png"))), len(pages))
