# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import contextlib
import contextvars

from odoo import api, models
from odoo.osv import expression

# How the records being read reach the user, for the access ledger: set by
# the outermost entry point (a list reads its rows through ``web_read``).
_LEDGER_ACTION = contextvars.ContextVar("ozel_kalem_ledger_action", default=None)
# Groups by these kinds of fields, and sums, counts and averages, are
# statistics: they name no record.  Grouping by a subject, a correspondent or
# a person, or gathering values (array_agg), shows records' content.
STATISTICAL_TYPES = frozenset(
    {"date", "datetime", "selection", "boolean", "integer", "float", "monetary"}
)
STATISTICAL_AGGREGATES = frozenset({"sum", "avg", "min", "max", "count", "bool_or"})


@contextlib.contextmanager
def ledger_action(action):
    """Within it, classified records read are written to the ledger as
    ``action`` (``open``, ``list``...), unless an outer call named it."""
    if _LEDGER_ACTION.get():
        yield
        return
    token = _LEDGER_ACTION.set(action)
    try:
        yield
    finally:
        _LEDGER_ACTION.reset(token)


class OzelKalemLedgerMixin(models.AbstractModel):
    """Every read of classified content by a user, by any path (a form, a
    list or a search, a read over the API, an export), is written to the
    access ledger (``ozel_kalem.access.log``); reads by the code itself, as
    superuser, are not.  Odoo reads values through ``_read_format`` on every
    such path but the export: the ledger is written there, the entry points
    only name the path.

    Adopted by the classified records (``ozel_kalem.confidential.mixin``)
    and by their lines (``ozel_kalem.confidential.line.mixin``), whose
    ``_ozel_kalem_ledger_records`` names the classified records read."""

    _name = "ozel_kalem.ledger.mixin"
    _description = "Access Ledger of Classified Content"

    def _ozel_kalem_ledger_records(self):
        """The records (of the confidential mixin) that reading self reads."""
        return self

    @api.model
    def _ozel_kalem_ledger_domain(self):
        """The domain of the classified records among self's model."""
        return [("is_confidential", "=", True)]

    def _ozel_kalem_ledger(self, action, detail=False):
        if not self.env.su:
            self.env["ozel_kalem.access.log"]._log(
                self._ozel_kalem_ledger_records(), action, detail
            )

    def _ozel_kalem_ledger_print(self, report_name):
        """A report printing self (the report renders as superuser what the
        user may read: the print is the user's)."""
        self.with_env(self.env(su=False))._ozel_kalem_ledger("print", report_name)

    @api.readonly
    def web_read(self, specification):
        with ledger_action("open"):
            return super().web_read(specification)

    @api.model
    @api.readonly
    def web_search_read(self, domain, specification, **kwargs):
        with ledger_action("list"):
            return super().web_search_read(domain, specification, **kwargs)

    @api.model
    @api.readonly
    def search_read(
        self, domain=None, fields=None, offset=0, limit=None, order=None, **read_kwargs
    ):
        with ledger_action("list"):
            return super().search_read(
                domain, fields, offset=offset, limit=limit, order=order, **read_kwargs
            )

    def _read_format(self, fnames, load="_classic_read"):
        result = super()._read_format(fnames, load=load)
        if set(fnames or ()) - {"id"}:
            self._ozel_kalem_ledger(_LEDGER_ACTION.get() or "read")
        return result

    @api.model
    @api.readonly
    def read_group(
        self, domain, fields, groupby, offset=0, limit=None, orderby=False, lazy=True
    ):
        result = super().read_group(
            domain,
            fields,
            groupby,
            offset=offset,
            limit=limit,
            orderby=orderby,
            lazy=lazy,
        )
        if (
            not self.env.su
            and result
            and self._ozel_kalem_groups_name_records(fields, groupby)
        ):
            self.search(
                expression.AND([domain or [], self._ozel_kalem_ledger_domain()])
            )._ozel_kalem_ledger("list")
        return result

    @api.model
    def _ozel_kalem_groups_name_records(self, fields, groupby):
        """Whether groups by ``groupby`` with the aggregates ``fields`` show
        the content of the records grouped (see ``STATISTICAL_TYPES``)."""
        groupby = [groupby] if isinstance(groupby, str) else list(groupby or ())
        for spec in groupby:
            field = self._fields.get(spec.split(":")[0].split(".")[0])
            if field is None or field.type not in STATISTICAL_TYPES:
                return True
        for spec in fields or ():
            name, _sep, aggregate = spec.partition(":")
            if "(" in aggregate:  # "alias:aggregate(field)"
                aggregate = aggregate.split("(")[0]
            if (
                name != "__count"
                and aggregate
                and aggregate not in (STATISTICAL_AGGREGATES)
            ):
                return True
        return False

    def export_data(self, fields_to_export):
        result = super().export_data(fields_to_export)
        self._ozel_kalem_ledger("export")
        return result
