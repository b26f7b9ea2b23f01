/** @odoo-module **/
// Main flows of the office core, as a clerk, a citizen and the mayor do them
// in the browser (tests/test_tours.py prepares the data and checks the result).
import { registry } from "@web/core/registry";

const tours = registry.category("web_tour.tours");

function pickMany2one(field, text) {
    return [
        {
            content: `Type in ${field}`,
            trigger: `.o_field_widget[name=${field}] input`,
            run: `edit ${text}`,
        },
        {
            content: `Choose ${text}`,
            trigger: `.o_field_widget[name=${field}] .o-autocomplete--dropdown-item a:contains(${text})`,
            run: "click",
        },
    ];
}

function statusIs(state) {
    return {
        content: `The record is ${state}`,
        trigger: `.o_statusbar_status button.o_arrow_button_current[data-value=${state}]`,
    };
}

tours.add("ozel_kalem_appointment_tour", {
    steps: () => [
        {
            content: "The clerk registers a new appointment request",
            trigger: ".o_list_button_add",
            run: "click",
        },
        {
            trigger: ".o_field_widget[name=name] input",
            run: "edit Tur muhtarlar ziyareti",
        },
        ...pickMany2one("partner_id", "Tur Muhtarlar Derneği"),
        {
            trigger: ".o_field_widget[name=start] input",
            run: "edit 15-12-2031 10:00:00 && press Enter",
        },
        {
            trigger: ".o_field_widget[name=stop] input",
            run: "edit 15-12-2031 10:30:00 && press Enter",
        },
        {
            content: "Schedule it on the mayor's calendar",
            trigger: ".o_form_view button[name=action_schedule]",
            run: "click",
        },
        statusIs("scheduled"),
    ],
});

tours.add("ozel_kalem_incoming_document_tour", {
    steps: () => [
        {
            content: "The clerk registers an incoming letter",
            trigger: ".o_list_button_add",
            run: "click",
        },
        {
            trigger: ".o_field_widget[name=name] input",
            run: "edit Tur park yazısı",
        },
        ...pickMany2one("partner_id", "Tur Valiliği"),
        {
            trigger: ".o_form_view button[name=action_register]",
            run: "click",
        },
        statusIs("registered"),
        {
            content: "Open the routing tab",
            trigger: ".o_notebook .nav-link[name=routing]",
            run: "click",
        },
        {
            trigger: ".o_field_widget[name=routing_ids] .o_field_x2many_list_row_add a",
            run: "click",
        },
        ...pickMany2one("department_id", "Tur Fen Müdürlüğü"),
        {
            content: "Route it (havale)",
            trigger: ".o_form_view button[name=action_route]",
            run: "click",
        },
        statusIs("routed"),
    ],
});

tours.add("ozel_kalem_citizen_form_tour", {
    steps: () => [
        { trigger: "input[name=name]", run: "edit Tur Vatandaşı" },
        { trigger: "input[name=email]", run: "edit tur.vatandas@example.com" },
        { trigger: "input[name=subject]", run: "edit Tur sokak lambası" },
        {
            trigger: "textarea[name=text]",
            run: "edit Sokağımızdaki lamba üç gündür yanmıyor.",
        },
        { trigger: "input[name=kvkk]", run: "click" },
        { content: "Send the request", trigger: "form button[type=submit]", run: "click" },
        {
            content: "Follow the private status link",
            trigger: "a[href*='/ozel-kalem/basvuru/']",
            run: "click",
        },
        {
            content: "The status page shows the request",
            trigger: "h1:contains(Tur sokak lambası)",
        },
    ],
});

tours.add("ozel_kalem_desk_tour", {
    steps: () => [
        {
            content: "The mayor approves the submission from the desk",
            trigger: ".o_data_row:contains(Tur ödenek onayı) button[name=action_ozel_kalem_approve]",
            run: "click",
        },
        {
            content: "It leaves the desk",
            trigger: ".o_action:not(:has(.o_data_row:contains(Tur ödenek onayı)))",
        },
    ],
});
