"""Make the demo's sample e-Yazışma packages (ozel_kalem/demo/eyp/*.eyp) and
the KEP messages that carry two of them (ozel_kalem/demo/kep/*.eml).

Run once with the project's virtualenv: .venv/bin/python
scripts/make_demo_packages.py.  The packages come from fictitious
institutions, signed and sealed with test certificates made on the spot:
they have no legal value.  The demo loads the .eml files through Odoo's mail
gateway and leaves the third package to be imported by hand."""

import datetime
import io
import pathlib
import sys
import uuid
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "ozel_kalem" / "tools"))
import eyp
import eyp_cms

TZ = datetime.timezone(datetime.timedelta(hours=3))
MUNICIPALITY = eyp.Party(kind="kurum", name="Kuzeykent Belediyesi", detsis="67915368")


def pdf(lines):
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    page.setFont("Helvetica", 11)
    y = 780
    for line in lines:
        page.drawString(72, y, line)
        y -= 18
    page.save()
    return buffer.getvalue()


def package(
    institution,
    detsis,
    kep,
    subject,
    sayi,
    body,
    urgency="NRM",
    miat=None,
    annexes=(),
    classification="YOK",
    file_code=("010.06.02", ""),
):
    key, cert = eyp_cms.self_signed(f"TEST - {institution}", institution)
    signed_at = datetime.datetime(2026, 12, 1, 10, 30, tzinfo=TZ)
    belge_id = str(uuid.uuid4()).upper()
    sender = eyp.Party(kind="kurum", name=institution, detsis=detsis, kep=kep)
    letter = eyp.Letter(
        belge_id=belge_id,
        subject=subject,
        letter_pdf=pdf(
            [
                "T.C.",
                institution.upper(),
                "",
                f"Sayi: {sayi}",
                f"Konu: {subject}",
                "",
                "KUZEYKENT BELEDIYE BASKANLIGINA",
                "",
                *body,
            ]
        ),
        letter_filename=f"{sayi}.pdf",
        creator=sender,
        recipients=[eyp.Recipient(MUNICIPALITY, "GRG", urgency, miat)],
        classification=classification,
        annexes=[
            eyp.Annex(
                id=str(uuid.uuid4()).upper(),
                kind="DED",
                order=index,
                name=name,
                filename=name,
                mimetype="application/pdf",
                content=pdf([name]),
            )
            for index, name in enumerate(annexes, 1)
        ],
        file_plan_code=file_code[0],
        file_plan_name=file_code[1],
        verification_url=f"https://evrakdogrula.example.gov.tr/{belge_id}",
        sayi=sayi,
        signed_at=signed_at,
        signatures=[
            eyp.Signature(
                person=eyp.Party(
                    kind="gercek", first_name="Deneme", last_name="İMZACI"
                ),
                position="Vali a.",
                purpose="İmza",
                date=signed_at,
            )
        ],
        created=signed_at,
    )

    def sign(data):
        return eyp_cms.sign(data, key, cert)

    return belge_id, eyp.build(letter, sign, sign)


def mail(sender, subject, files, text):
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "kep@kuzeykent.bel.tr"
    message["Subject"] = subject
    message["Date"] = format_datetime(datetime.datetime(2026, 12, 1, 10, 45, tzinfo=TZ))
    message["Message-Id"] = make_msgid(domain="hs01.kep.tr")
    message.set_content(text)
    for name, data in files:
        message.add_attachment(
            data, maintype="application", subtype="octet-stream", filename=name
        )
    return message.as_bytes()


def main():
    out = ROOT / "ozel_kalem" / "demo"
    samples = {
        "valilik-koordinasyon.eyp": package(
            "Kuzeykent Valiliği",
            "38291045",
            "kuzeykentvaliligi@hs01.kep.tr",
            "İl Koordinasyon Kurulu toplantısı",
            "E-38291045-010.06.02-4417",
            [
                "Il Koordinasyon Kurulu 15.12.2026 tarihinde toplanacaktir.",
                "Katiliminizi rica ederim.",
            ],
            annexes=["Gundem.pdf"],
        ),
        "afad-tatbikat.eyp": package(
            "AFAD Kuzeykent İl Müdürlüğü",
            "64318279",
            "afad.kuzeykent@hs01.kep.tr",
            "Deprem tatbikatı için personel görevlendirilmesi",
            "E-64318279-045-2290",
            [
                "Il genelinde yapilacak deprem tatbikatina belediyenizden",
                "personel gorevlendirilmesini rica ederim.",
            ],
            urgency="ACL",
            annexes=["Tatbikat_Plani.pdf", "Gorev_Dagilimi.pdf"],
            file_code=("045", ""),
        ),
        "kaymakamlik-bayram.eyp": package(
            "Kuzeykent Kaymakamlığı",
            "12345678",
            "kuzeykentkaymakamligi@hs01.kep.tr",
            "Resmî bayram programı hakkında görüş",
            "E-12345678-050-3318",
            [
                "Resmi bayram programina iliskin gorusunuzun 7 gun icinde",
                "bildirilmesini rica ederim.",
            ],
            urgency="GNL",
            miat=7,
            file_code=("050", ""),
        ),
    }
    for name, (__, data) in samples.items():
        (out / "eyp" / name).write_bytes(data)
    (out / "kep" / "valilik-koordinasyon.eml").write_bytes(
        mail(
            "kuzeykentvaliligi@hs01.kep.tr",
            "KEP: İl Koordinasyon Kurulu toplantısı",
            [("valilik-koordinasyon.eyp", samples["valilik-koordinasyon.eyp"][1])],
            "Ekteki e-Yazisma paketi bilgilerinize sunulur.",
        )
    )
    (out / "kep" / "afad-tatbikat.eml").write_bytes(
        mail(
            "afad.kuzeykent@hs01.kep.tr",
            "KEP: Deprem tatbikatı",
            [("afad-tatbikat.eyp", samples["afad-tatbikat.eyp"][1])],
            "Ekteki e-Yazisma paketi bilgilerinize sunulur.",
        )
    )
    (out / "kep" / "delil-bildirimi.eml").write_bytes(
        mail(
            "bildirim@hs01.kep.tr",
            "KEP Delil Bildirimi",
            [],
            "Gonderdiginiz ileti alicinin posta kutusuna teslim edilmistir.",
        )
    )


if __name__ == "__main__":
    main()
