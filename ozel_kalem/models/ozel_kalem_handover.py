# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError


class OzelKalemHandover(models.Model):
    """Devir-teslim: what a leaving (or moving) staff member hands over.

    The record lists the assets, open tasks and (with the other features)
    documents in the person's custody.  Signing it transfers every item to
    the successor; until then the person's departure is refused.  When the
    person has died, the unit chief closes it with a report (tutanak).
    Handover records are never deleted once signed (Kars art. 19.7, Defne
    art. 16 c-d).
    """

    _name = "ozel_kalem.handover"
    _description = "Handover (Devir-Teslim)"
    _inherit = [
        "mail.thread",
        "mail.activity.mixin",
        "ozel_kalem.numbered.mixin",
        "ozel_kalem.workflow.mixin",
    ]
    _ozel_kalem_sequence_code = "ozel_kalem.handover"
    _order = "date desc, id desc"
    _rec_name = "number"
    _check_company_auto = True

    number = fields.Char(default="/", readonly=True, copy=False, index=True)
    employee_id = fields.Many2one(
        "hr.employee",
        string="Handing Over",
        required=True,
        index=True,
        tracking=True,
        check_company=True,
        ondelete="restrict",
        context={"active_test": False},
    )
    department_id = fields.Many2one(
        "hr.department",
        string="Unit",
        compute="_compute_department_id",
        store=True,
        readonly=False,
        index=True,
    )
    successor_id = fields.Many2one(
        "hr.employee",
        tracking=True,
        check_company=True,
        ondelete="restrict",
    )
    reason = fields.Selection(
        [
            ("departure", "Departure"),
            ("retirement", "Retirement"),
            ("unit_change", "Change of Unit"),
            ("leave", "Long Leave"),
            ("death", "Death"),
        ],
        required=True,
        default="departure",
        tracking=True,
    )
    date = fields.Date(required=True, default=fields.Date.context_today, tracking=True)
    line_ids = fields.One2many(
        "ozel_kalem.handover.line", "handover_id", string="Items"
    )
    line_count = fields.Integer(compute="_compute_line_count", string="Item Count")
    note = fields.Html()
    death_report = fields.Html(
        string="Report (Tutanak)",
        help="Report written by the unit chief when the person has died.",
    )
    leaver_signed_by_id = fields.Many2one(
        "res.users", string="Signed for the Leaver by", readonly=True, copy=False
    )
    leaver_signed_date = fields.Datetime(readonly=True, copy=False)
    successor_signed_by_id = fields.Many2one(
        "res.users", string="Signed for the Successor by", readonly=True, copy=False
    )
    successor_signed_date = fields.Datetime(readonly=True, copy=False)
    state = fields.Selection(
        [
            ("draft", "Draft"),
            ("to_sign", "To Sign"),
            ("done", "Signed"),
            ("cancelled", "Cancelled"),
        ],
        default="draft",
        required=True,
        tracking=True,
        copy=False,
        index=True,
    )
    company_id = fields.Many2one(
        "res.company", required=True, index=True, default=lambda self: self.env.company
    )

    @api.depends("employee_id")
    def _compute_department_id(self):
        for handover in self:
            handover.department_id = handover.employee_id.department_id

    @api.depends("line_ids")
    def _compute_line_count(self):
        for handover in self:
            handover.line_count = len(handover.line_ids)

    @api.constrains("employee_id", "successor_id")
    def _check_successor(self):
        for handover in self:
            if handover.successor_id and handover.successor_id == handover.employee_id:
                raise ValidationError(
                    self.env._("The successor cannot be the person handing over.")
                )

    @api.ondelete(at_uninstall=False)
    def _unlink_except_signed(self):
        if self.filtered(lambda h: h.state not in ("draft", "cancelled")):
            raise UserError(
                self.env._(
                    "A handover record is kept once it is ready to sign; "
                    "cancel it instead."
                )
            )

    # ------------------------------------------------------------------
    # Actions
    # ------------------------------------------------------------------
    def action_load_items(self):
        """(Re)build the list of items from what the person holds now."""
        self._check_state(("draft",), self.env._("Listing the items"))
        Line = self.env["ozel_kalem.handover.line"]
        self.line_ids.filtered(lambda line: line.res_model).unlink()
        vals_list = []
        for handover in self:
            for (
                item_type,
                records,
            ) in handover.employee_id.sudo()._ozel_kalem_custody_records():
                vals_list += [
                    {
                        "handover_id": handover.id,
                        "item_type": item_type,
                        "name": record.display_name,
                        "res_model": record._name,
                        "res_id": record.id,
                    }
                    for record in records
                ]
        Line.create(vals_list)
        return True

    def action_confirm(self):
        """Freeze the list and ask for the signatures."""
        self._check_state(("draft",), self.env._("Confirming"))
        if self.filtered(lambda h: not h.successor_id):
            raise UserError(
                self.env._("Choose the successor who takes over the items.")
            )
        self.action_load_items()
        self.write({"state": "to_sign"})
        for handover in self:
            for user in handover.employee_id.user_id | handover.successor_id.user_id:
                handover.activity_schedule(
                    "ozel_kalem.mail_act_handover_sign",
                    user_id=user.id,
                    summary=self.env._(
                        "Sign handover %(number)s", number=handover.number
                    ),
                )
        return True

    def _is_chief(self):
        return self.env.user.has_group("ozel_kalem.group_chief")

    def action_sign(self):
        """Sign as the leaver and/or the successor.

        The person signs for themselves; a unit chief may sign for either of
        them (recorded by name).  The items move when both have signed.
        """
        self._check_state(("to_sign",), self.env._("Signing"))
        now = fields.Datetime.now()
        user = self.env.user
        for handover in self:
            signed = False
            if (
                handover.reason == "death"
                and not handover.leaver_signed_by_id
                and (not handover.death_report or not self._is_chief())
            ):
                raise UserError(
                    self.env._(
                        "When the person has died, the unit chief closes the "
                        "handover with a written report (tutanak)."
                    )
                )
            is_leaver = handover.employee_id.user_id == user
            is_successor = handover.successor_id.user_id == user
            if not handover.leaver_signed_by_id and (
                is_leaver or (self._is_chief() and not is_successor)
            ):
                handover.write(
                    {"leaver_signed_by_id": user.id, "leaver_signed_date": now}
                )
                signed = True
            elif not handover.successor_signed_by_id and (
                is_successor or self._is_chief()
            ):
                handover.write(
                    {"successor_signed_by_id": user.id, "successor_signed_date": now}
                )
                signed = True
            if not signed:
                raise UserError(
                    self.env._(
                        "Only the person handing over, the successor or their unit "
                        "chief can sign handover %(number)s.",
                        number=handover.number,
                    )
                )
            handover.activity_feedback(
                ["ozel_kalem.mail_act_handover_sign"], user_id=user.id
            )
            if handover.leaver_signed_by_id and handover.successor_signed_by_id:
                handover._do_transfer()
        return True

    def action_cancel(self):
        self._check_state(("draft", "to_sign"), self.env._("Cancelling"))
        self.write({"state": "cancelled"})
        self.activity_unlink(["ozel_kalem.mail_act_handover_sign"])
        return True

    def action_draft(self):
        self._check_state(("cancelled",), self.env._("Resetting to draft"))
        self.write(
            {
                "state": "draft",
                "leaver_signed_by_id": False,
                "leaver_signed_date": False,
                "successor_signed_by_id": False,
                "successor_signed_date": False,
            }
        )
        return True

    def _do_transfer(self):
        """Hand every listed item to the successor, model by model."""
        self.ensure_one()
        lines = self.line_ids.filtered(
            lambda line: line.res_model and not line.transferred
        )
        by_model = {}
        for line in lines:
            by_model.setdefault(line.res_model, []).append(line.res_id)
        for model, ids in by_model.items():
            records = self.env[model].sudo().browse(ids).exists()
            records._ozel_kalem_handover_transfer(self.successor_id, self)
        lines.sudo().write({"transferred": True})
        self.write({"state": "done"})
        self.activity_unlink(["ozel_kalem.mail_act_handover_sign"])
