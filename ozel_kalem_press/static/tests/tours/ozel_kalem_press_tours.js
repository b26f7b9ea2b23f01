/** @odoo-module **/
// The director approves a press release in the browser
// (tests/test_tours.py prepares and checks).
import { registry } from "@web/core/registry";

registry.category("web_tour.tours").add("ozel_kalem_press_release_tour", {
    steps: () => [
        {
            content: "The director approves the release",
            trigger: ".o_form_view button[name=action_approve]",
            run: "click",
        },
        {
            content: "It is approved",
            trigger: ".o_statusbar_status button.o_arrow_button_current[data-value=approved]",
        },
    ],
});
