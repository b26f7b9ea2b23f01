"""Odoo's own tests of the areas the suite extends, with and without it.

Run by the virtualenv's python (``./scripts/test.sh core`` does it all):

``core_tests.py depends``
    The modules the three addons depend on, outside the suite: the database
    without the suite gets exactly these (and what they pull in).

``core_tests.py run ODOO_ARGS...``
    Odoo's command line (``odoo -d DB --test-enable --test-tags TAGS
    --stop-after-init ...`` on an installed database), with one change: every
    selected test, ``at_install`` ones included, runs once the whole
    registry is loaded.  Odoo's runner runs a module's ``at_install`` tests
    while it loads that module, before the modules that depend on it (the
    suite) are loaded, so the suite's changes would be invisible to them.

``core_tests.py compare LOG_WITH LOG_WITHOUT``
    Reads the two logs (``--log-level=test``), test by test: prints the tests
    run and failed with and without the suite, and exits 1 when a test that
    passes without the suite fails (or is not run) with it.
"""

import ast
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SUITE = ("ozel_kalem", "ozel_kalem_protocol", "ozel_kalem_press")

# Odoo's tests of what the suite extends: sequences, attachments and reports
# of base, hr, calendar, mail activities, accounting's numbering and the
# approval chains of base_tier_validation.
TEST_TAGS = (
    "/base/tests/test_ir_sequence.py,"
    "/base/tests/test_ir_sequence_date_range.py,"
    "/base/tests/test_ir_attachment.py,"
    "/base/tests/test_reports.py,"
    "/hr,"
    "/calendar,"
    "/mail/tests/test_mail_activity.py,"
    "/account/tests/test_sequence_mixin.py,"
    "/base_tier_validation"
)


def depends():
    """The dependencies of the suite's addons, outside the suite."""
    modules = set()
    for addon in SUITE:
        manifest = ast.literal_eval((ROOT / addon / "__manifest__.py").read_text())
        modules.update(manifest.get("depends", []))
    return sorted(modules - set(SUITE))


def run(odoo_args):
    """Odoo's CLI with the at_install tests moved after the loading."""
    os.environ["TZ"] = "UTC"  # as odoo-bin, before anything reads the time
    # The virtualenv's Odoo, imported here only: the other commands run
    # without it.
    import odoo
    from odoo.tests import loader
    from odoo.tests.suite import OdooSuite

    make_suite = loader.make_suite

    def make_suite_after_loading(module_names, position="at_install"):
        if position == "at_install":
            # While a module loads: nothing (it runs again, below).
            return OdooSuite([])
        # After the loading: the post_install and the at_install tests.
        return make_suite(module_names, "post_install,at_install")

    loader.make_suite = make_suite_after_loading
    sys.argv = ["odoo", *odoo_args]
    odoo.cli.main()


# 2026-01-01 10:00:00,123 4242 INFO db odoo.addons.hr.tests.x: Starting T.t ...
LINE = re.compile(r"^\S+ \S+ \d+ (?P<level>\w+) \S+ (?P<logger>[\w.]+): (?P<msg>.*)$")
SUBTEST = re.compile(r"^Subtest (\S+)")


def parse(log_path):
    """The tests started and the tests failed (or in error) of a log, each
    as ``module: Class.method`` (a failing subtest counts as its test; an
    error of a whole class, e.g. in setUpClass, as that class); and Odoo's
    closing line."""
    started, failed, summary = set(), set(), ""
    with open(log_path, encoding="utf-8", errors="replace") as log:
        for line in log:
            match = LINE.match(line.rstrip("\n"))
            if not match:
                continue
            logger, msg = match["logger"], match["msg"].strip()
            if msg.startswith("Starting ") and msg.endswith(" ..."):
                started.add(f"{logger}: {msg[len('Starting ') : -len(' ...')]}")
            elif match["level"] == "ERROR" and msg.startswith(("FAIL: ", "ERROR: ")):
                test = msg.split(": ", 1)[1]
                subtest = SUBTEST.match(test)
                failed.add(f"{logger}: {subtest[1] if subtest else test}")
            elif re.search(r"\d+ failed, \d+ error\(s\) of \d+ tests", msg):
                summary = msg
    return started, failed, summary


def compare(log_with, log_without):
    with_started, with_failed, with_summary = parse(log_with)
    without_started, without_failed, without_summary = parse(log_without)
    print("Odoo's own tests of the areas the suite extends")
    print(f"  tags: {TEST_TAGS}")
    for label, started, failed, summary in (
        ("without the suite", without_started, without_failed, without_summary),
        ("with the suite   ", with_started, with_failed, with_summary),
    ):
        print(
            f"  {label}: {len(started)} tests run, {len(failed)} failed"
            f"   (Odoo: {summary or 'no summary line'})"
        )
    broken = sorted(with_failed - without_failed)
    missing = sorted(without_started - with_started)
    for title, tests in (
        ("Failing without the suite too", sorted(with_failed & without_failed)),
        ("Failing without the suite only", sorted(without_failed - with_failed)),
        ("Not run with the suite (run without it)", missing),
        ("FAILING WITH THE SUITE ONLY", broken),
    ):
        if tests:
            print(f"{title}:")
            for test in tests:
                print(f"  {test}")
    if not with_started or not without_started:
        print("A run ran no test.")
        return 1
    if broken or missing:
        print(f"The suite breaks {len(broken) + len(missing)} of Odoo's tests.")
        return 1
    print("The suite breaks none of Odoo's tests.")
    return 0


def main(argv):
    if argv[:1] == ["depends"]:
        print(",".join(depends()))
        return 0
    if argv[:1] == ["tags"]:
        print(TEST_TAGS)
        return 0
    if argv[:1] == ["run"]:
        run(argv[1:])
        return 0
    if argv[:1] == ["compare"] and len(argv) == 3:
        return compare(argv[1], argv[2])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
