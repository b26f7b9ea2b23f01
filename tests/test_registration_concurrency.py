# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""DOC-1 (issue 4): documents registered from several database cursors at the same
instant get numbers that are all different and leave no gap."""

import re
import threading

from odoo import SUPERUSER_ID, api
from odoo.service.model import retrying
from odoo.tests import TransactionCase, tagged

WORKERS = 4
PER_WORKER = 3


@tagged("post_install", "-at_install")
class TestRegistrationConcurrency(TransactionCase):
    def test_parallel_registration(self):
        registry = self.registry
        partner_id = self.env.ref("base.main_partner").id
        barrier = threading.Barrier(WORKERS)
        results, errors = [], []

        def register(env, index):
            document = env["ozel_kalem.document"].create(
                {"name": f"Eşzamanlı kayıt {index}", "partner_id": partner_id}
            )
            document.action_register()
            return document.id, document.registration_number

        def worker(worker_index):
            try:
                barrier.wait(timeout=30)
                for index in range(PER_WORKER):
                    # One transaction per registration, retried on a
                    # serialization failure as Odoo retries a request.
                    with registry.cursor() as cr:
                        env = api.Environment(cr, SUPERUSER_ID, {})
                        results.append(
                            retrying(
                                lambda env=env, i=index: register(
                                    env, worker_index * 10 + i
                                ),
                                env,
                            )
                        )
            except Exception as error:  # noqa: BLE001 - reported below
                errors.append(error)

        threads = [threading.Thread(target=worker, args=(n,)) for n in range(WORKERS)]
        try:
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(timeout=120)
            self.assertFalse(errors, errors)
            self.assertEqual(len(results), WORKERS * PER_WORKER)
            numbers = [number for _id, number in results]
            self.assertEqual(len(set(numbers)), len(numbers), numbers)
            serials = sorted(
                int(re.match(r"^GLN-\d{4}-(\d+)$", number).group(1))
                for number in numbers
            )
            self.assertEqual(
                serials, list(range(serials[0], serials[0] + len(serials))), serials
            )
        finally:
            ids = tuple(document_id for document_id, _number in results)
            if ids:
                with registry.cursor() as cr:
                    # Test data committed by the workers: removed by SQL, as
                    # the model refuses to delete a registered document.
                    cr.execute(
                        "DELETE FROM mail_message WHERE model = %s AND res_id IN %s",
                        ["ozel_kalem.document", ids],
                    )
                    cr.execute("DELETE FROM ozel_kalem_document WHERE id IN %s", [ids])
