/** @odoo-module **/
// Protocol flows in the browser (tests/test_tours.py prepares and checks).
import { registry } from "@web/core/registry";

const tours = registry.category("web_tour.tours");

function clickButton(name, content) {
    return { content, trigger: `.o_form_view button[name=${name}]`, run: "click" };
}

function statusIs(state) {
    return {
        content: `The record is ${state}`,
        trigger: `.o_statusbar_status button.o_arrow_button_current[data-value=${state}]`,
    };
}

tours.add("ozel_kalem_protocol_seating_tour", {
    steps: () => [
        clickButton("action_add_guests", "Invite the protocol list"),
        {
            content: "Add every office of the list",
            trigger: ".modal button[name=action_add]",
            run: "click",
        },
        {
            content: "Open the guests",
            trigger: ".o_notebook .nav-link[name=guests]",
            run: "click",
        },
        {
            trigger: ".o_field_widget[name=guest_ids] .o_data_row:contains(Tur Vali)",
        },
        clickButton("action_compute_seating", "Seat the guests by precedence"),
        {
            content: "The first guest has a seat",
            trigger: ".o_field_widget[name=guest_ids] .o_data_row:contains(Tur Vali) td[name=seat_label]:not(:empty)",
        },
        {
            content: "Open the actions menu",
            trigger: ".o_form_view .o_cp_action_menus i.fa-cog",
            run: "click",
        },
        {
            content: "Open the print submenu",
            trigger: ".dropdown-menu button:has(i.fa-print)",
            run: "click",
        },
        {
            content: "Print the seating plan",
            trigger: ".o_menu_item:contains(Oturma Planı)",
            run: "click",
        },
        {
            content: "The form is still there after the download",
            trigger: ".o_form_view .o_statusbar_status",
        },
    ],
});

tours.add("ozel_kalem_expense_submit_tour", {
    steps: () => [
        clickButton("action_submit", "The protocol clerk submits the expense"),
        statusIs("submitted"),
    ],
});

tours.add("ozel_kalem_expense_approve_tour", {
    steps: () => [
        clickButton("action_approve", "The finance reviewer approves it"),
        statusIs("approved"),
    ],
});
