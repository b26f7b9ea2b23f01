# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import hashlib
from datetime import timedelta

from odoo import api, fields, models
from odoo.tools import SQL


class OzelKalemWebThrottle(models.Model):
    """A post of a citizens' public form, counted by the forms' rate limit
    (issue 21).  Technical: no access for users, used through sudo by the
    controllers only.  The senders are kept as hashes, not as addresses
    (KVKK), and forgotten after a day."""

    _name = "ozel_kalem.web.throttle"
    _description = "Public Form Post (rate limit)"
    _log_access = False
    _order = "id desc"

    key = fields.Char(
        required=True,
        readonly=True,
        index=True,
        help="SHA-256 of the form and of the sender (client address or e-mail).",
    )
    hit_time = fields.Datetime(required=True, readonly=True, index=True)

    @api.model
    def _key(self, scope, sender):
        return hashlib.sha256(f"{scope}\0{sender}".encode()).hexdigest()

    @api.model
    def _hit(self, scope, senders, limit, minutes):
        """Count a post of the form ``scope`` from ``senders`` (the client's
        address, the e-mail given...) and return True; or return False, and
        count nothing, when one of them already posted ``limit`` times in the
        last ``minutes``.

        Written by hand, not as a ``search_count`` then ``create`` in the
        request's transaction: Odoo runs each request in a REPEATABLE READ
        transaction whose snapshot is taken at its start, so posts arriving
        together all count the same, earlier hits and all get through (30
        parallel posts stored 30 requests).  Here the hits are counted and
        recorded in a transaction of their own, on a separate cursor, in
        READ COMMITTED, after taking a transaction-scoped advisory lock on
        each sender: the posts of one sender queue on the lock, and each
        count, run after the lock is granted, sees the hits that the posts
        before it committed.  The locks are taken in a fixed order (sorted
        keys), so two posts cannot wait for each other.  The hit is committed
        at once, whatever becomes of the request (a post refused later, or a
        request retried by Odoo after a concurrent update, counts as a
        post)."""
        keys = sorted({self._key(scope, sender) for sender in senders if sender})
        if not keys:
            return True
        if self.env.registry.in_test_mode():
            # Tests run in one transaction that cannot be committed, and no
            # other cursor may be opened: count on it (requests of HttpCase
            # are run one at a time on that cursor, so the count holds).
            self.flush_model()
            return self._count_and_record(self.env.cr, keys, limit, minutes)
        with self.env.registry.cursor() as cr:
            cr.execute("SET TRANSACTION ISOLATION LEVEL READ COMMITTED")
            return self._count_and_record(cr, keys, limit, minutes)

    @api.model
    def _count_and_record(self, cr, keys, limit, minutes):
        table = SQL.identifier(self._table)
        for key in keys:
            cr.execute(
                SQL("SELECT pg_advisory_xact_lock(hashtextextended(%s, 0))", key)
            )
        now = fields.Datetime.now()
        cr.execute(
            SQL(
                "SELECT count(*) FROM %s WHERE key IN %s AND hit_time > %s "
                "GROUP BY key ORDER BY 1 DESC LIMIT 1",
                table,
                tuple(keys),
                now - timedelta(minutes=minutes),
            )
        )
        row = cr.fetchone()
        if row and row[0] >= limit:
            return False
        for key in keys:
            cr.execute(
                SQL("INSERT INTO %s (key, hit_time) VALUES (%s, %s)", table, key, now)
            )
        return True

    @api.autovacuum
    def _gc_hits(self):
        """Forget the hits of more than a day ago (run daily by Odoo's
        autovacuum)."""
        self.flush_model()
        self.env.cr.execute(
            SQL(
                "DELETE FROM %s WHERE hit_time < %s",
                SQL.identifier(self._table),
                fields.Datetime.now() - timedelta(days=1),
            )
        )
        self.invalidate_model()
