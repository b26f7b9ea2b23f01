# Copyright 2026 Özel Kalem developers
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""CMS / CAdES-BES attached SignedData for e-Yazışma packages (no ORM).

Why hand-assembled with asn1crypto: cryptography 3.4.8 (pinned by Odoo 18) has a
``PKCS7SignatureBuilder`` that cannot write the ESS signing-certificate-v2
attribute CAdES-BES requires, and it has no verification at all. So the
SignedData structure is built and parsed with asn1crypto.cms, while every
cryptographic operation (digest, RSA/ECDSA sign and verify, key generation,
PKCS#12) is done with cryptography.
"""

import datetime
import hashlib

from asn1crypto import algos, cms, core, tsp
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.backends import default_backend
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

_HASHES = {
    "sha256": (hashes.SHA256, hashlib.sha256),
    "sha384": (hashes.SHA384, hashlib.sha384),
    "sha512": (hashes.SHA512, hashlib.sha512),
}


class CmsError(Exception):
    """Raised when a CMS signature cannot be built, parsed or verified."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


def _to_asn1_cert(certificate):
    return asn1_x509.Certificate.load(
        certificate.public_bytes(serialization.Encoding.DER)
    )


def _signed_attrs_der(signer_info):
    """DER of the signed attributes as a SET OF (RFC 5652 §5.4)."""
    raw = signer_info["signed_attrs"].dump()
    return b"\x31" + raw[1:]


def sign(data, key, certificate, chain=()):
    """Return a DER CAdES-BES attached SignedData over ``data``."""
    if not isinstance(data, bytes):
        raise CmsError("The content to sign must be bytes.")
    if isinstance(key, rsa.RSAPrivateKey):
        sig_algo = "sha256_rsa"
    elif isinstance(key, ec.EllipticCurvePrivateKey):
        sig_algo = "sha256_ecdsa"
    else:
        raise CmsError("Unsupported private key type (RSA or EC expected).")
    cert = _to_asn1_cert(certificate)
    chain_certs = [_to_asn1_cert(c) for c in chain]
    now = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)
    ess_cert = tsp.ESSCertIDv2(
        {
            "hash_algorithm": {"algorithm": "sha256"},
            "cert_hash": hashlib.sha256(cert.dump()).digest(),
            "issuer_serial": {
                "issuer": [asn1_x509.GeneralName({"directory_name": cert.issuer})],
                "serial_number": cert.serial_number,
            },
        }
    )
    signed_attrs = cms.CMSAttributes(
        [
            cms.CMSAttribute({"type": "content_type", "values": ["data"]}),
            cms.CMSAttribute(
                {"type": "signing_time", "values": [cms.Time({"utc_time": now})]}
            ),
            cms.CMSAttribute(
                {
                    "type": "message_digest",
                    "values": [hashlib.sha256(data).digest()],
                }
            ),
            cms.CMSAttribute(
                {
                    "type": "signing_certificate_v2",
                    "values": [tsp.SigningCertificateV2({"certs": [ess_cert]})],
                }
            ),
        ]
    )
    signer_info = cms.SignerInfo(
        {
            "version": "v1",
            "sid": cms.SignerIdentifier(
                {
                    "issuer_and_serial_number": cms.IssuerAndSerialNumber(
                        {"issuer": cert.issuer, "serial_number": cert.serial_number}
                    )
                }
            ),
            "digest_algorithm": algos.DigestAlgorithm({"algorithm": "sha256"}),
            "signed_attrs": signed_attrs,
            "signature_algorithm": algos.SignedDigestAlgorithm({"algorithm": sig_algo}),
            "signature": b"",
        }
    )
    to_sign = _signed_attrs_der(signer_info)
    if sig_algo == "sha256_rsa":
        signature = key.sign(to_sign, padding.PKCS1v15(), hashes.SHA256())
    else:
        signature = key.sign(to_sign, ec.ECDSA(hashes.SHA256()))
    signer_info["signature"] = signature
    signed_data = cms.SignedData(
        {
            "version": "v1",
            "digest_algorithms": [algos.DigestAlgorithm({"algorithm": "sha256"})],
            "encap_content_info": {"content_type": "data", "content": data},
            "certificates": [
                cms.CertificateChoices({"certificate": c}) for c in [cert] + chain_certs
            ],
            "signer_infos": [signer_info],
        }
    )
    info = cms.ContentInfo({"content_type": "signed_data", "content": signed_data})
    return info.dump()


def _find_signer_cert(signed_data, sid):
    certs = [
        c.chosen for c in (signed_data["certificates"] or []) if c.name == "certificate"
    ]
    for cert in certs:
        if sid.name == "issuer_and_serial_number":
            ias = sid.chosen
            if (
                cert.serial_number == ias["serial_number"].native
                and cert.issuer == ias["issuer"]
            ):
                return cert
        elif (
            sid.name == "subject_key_identifier"
            and cert.key_identifier == sid.chosen.native
        ):
            return cert
    raise CmsError("The signer certificate is not embedded in the signature.")


def _attr(signed_attrs, name):
    values = [a["values"] for a in signed_attrs if a["type"].native == name]
    if len(values) > 1 or (values and len(values[0]) != 1):
        raise CmsError(f"The signed attribute {name} is repeated.")
    return values[0][0] if values else None


def _verify_raw(public_key, algo, signature, to_sign, hash_cls):
    try:
        if algo in ("rsassa_pkcs1v15", "rsa"):
            if not isinstance(public_key, rsa.RSAPublicKey):
                raise CmsError("The certificate key does not match the algorithm.")
            public_key.verify(signature, to_sign, padding.PKCS1v15(), hash_cls())
        elif algo == "ecdsa":
            if not isinstance(public_key, ec.EllipticCurvePublicKey):
                raise CmsError("The certificate key does not match the algorithm.")
            public_key.verify(signature, to_sign, ec.ECDSA(hash_cls()))
        else:
            raise CmsError(f"Unsupported signature algorithm {algo}.")
    except InvalidSignature as exc:
        raise CmsError("The signature value does not verify.") from exc


def verify(cms_der, expected=None):
    """Verify an attached SignedData; return its content and signer data."""
    try:
        info = cms.ContentInfo.load(cms_der, strict=True)
        if info["content_type"].native != "signed_data":
            raise CmsError("Not a CMS SignedData.")
        signed_data = info["content"]
        signer_infos = list(signed_data["signer_infos"])
        if len(signer_infos) != 1:
            raise CmsError("Exactly one signer is required.")
        signer_info = signer_infos[0]
        content = signed_data["encap_content_info"]["content"]
        if isinstance(content, core.Void) or content.native is None:
            raise CmsError("Detached signature without the signed content.")
        content = content.native
        if not isinstance(content, bytes):
            raise CmsError("The encapsulated content is not plain data.")
        digest_name = signer_info["digest_algorithm"]["algorithm"].native
        if digest_name not in _HASHES:
            raise CmsError(f"Unsupported digest algorithm {digest_name}.")
        hash_cls, hashlib_fn = _HASHES[digest_name]
        signed_attrs = signer_info["signed_attrs"]
        if isinstance(signed_attrs, core.Void) or not len(signed_attrs):
            raise CmsError("The signature has no signed attributes (not CAdES).")
        message_digest = _attr(signed_attrs, "message_digest")
        if message_digest is None:
            raise CmsError("The message-digest attribute is missing.")
        if message_digest.native != hashlib_fn(content).digest():
            raise CmsError("The message digest does not match the content.")
        cert = _find_signer_cert(signed_data, signer_info["sid"])
        crypto_cert = x509.load_der_x509_certificate(cert.dump(), default_backend())
        algo = signer_info["signature_algorithm"].signature_algo
        _verify_raw(
            crypto_cert.public_key(),
            algo,
            signer_info["signature"].native,
            _signed_attrs_der(signer_info),
            hash_cls,
        )
        signing_time = _attr(signed_attrs, "signing_time")
        signing_time = signing_time.native if signing_time is not None else None
    except CmsError:
        raise
    except Exception as exc:  # asn1crypto raises many exception types
        raise CmsError(f"Malformed CMS signature: {exc}") from exc
    if expected is not None and content != expected:
        raise CmsError("The signature covers other content than expected.")
    return {
        "content": content,
        "certificate": crypto_cert,
        "signing_time": signing_time,
        "subject": crypto_cert.subject.rfc4514_string(),
    }


def self_signed(common_name, organization):
    """RSA-2048 self-signed certificate valid 10 years (test signer only)."""
    key = rsa.generate_private_key(
        public_exponent=65537, key_size=2048, backend=default_backend()
    )
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "TR"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, organization),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        ]
    )
    now = datetime.datetime.now(datetime.timezone.utc).replace(tzinfo=None)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=3652))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            True,
        )
        .sign(key, hashes.SHA256(), default_backend())
    )
    return key, cert


def to_pkcs12(key, cert, password):
    """Serialize a key and its certificate as PKCS#12 protected by password."""
    return pkcs12.serialize_key_and_certificates(
        b"eyp-signer",
        key,
        cert,
        None,
        serialization.BestAvailableEncryption(password),
    )


def from_pkcs12(data, password):
    """Load (key, cert, chain) from PKCS#12 bytes; raise CmsError on failure."""
    try:
        key, cert, chain = pkcs12.load_key_and_certificates(
            data, password, default_backend()
        )
    except Exception as exc:
        raise CmsError(f"Cannot open the PKCS#12 file: {exc}") from exc
    if key is None or cert is None:
        raise CmsError("The PKCS#12 file holds no key and certificate.")
    return key, cert, list(chain or [])
