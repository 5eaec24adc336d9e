import { randomBytes, X509Certificate as NodeX509Certificate, type KeyObject } from 'node:crypto';
import { certificateDer, fingerprint, thumbprintHex, x5t, x5tS256, type CertificateInput } from './formats';
import { describeKeyObject } from './key-info';
import type { CertificateInfo } from './public-view';
import { nodeWebCrypto, x509 } from './x509';

/** DOMAIN.md §6: a tenant signing certificate is valid for about ten years. */
export const CERTIFICATE_VALIDITY_YEARS = 10;

const RSA_SHA256 = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } as const;

/** A positive serial of 16 random bytes (127 bits of entropy), as uppercase hex. */
export function randomSerialNumber(): string {
  const bytes = randomBytes(16);
  bytes[0] = bytes[0]! & 0x7f || 0x01; // positive, and no leading zero octet to strip
  return bytes.toString('hex').toUpperCase();
}

export interface SigningCertificateOptions {
  /** The tenant domain: subject and issuer are `CN={domain}`. */
  domain: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** Start of validity (default now, whole seconds). */
  notBefore?: Date;
  serialNumber?: string;
}

/**
 * The self-signed X.509 v3 certificate of a tenant signing key (DOMAIN.md §6): subject = issuer =
 * `CN={domain}`, sha256WithRSAEncryption, valid ten years, basic constraints CA:TRUE and key usage
 * digitalSignature + keyCertSign (both critical, as RFC 5280 asks of CA certificates), plus a subject
 * key identifier. Returns the PEM.
 */
export async function createSigningCertificate(options: SigningCertificateOptions): Promise<string> {
  const notBefore = new Date(Math.floor((options.notBefore ?? new Date()).getTime() / 1000) * 1000);
  const notAfter = new Date(notBefore);
  notAfter.setUTCFullYear(notAfter.getUTCFullYear() + CERTIFICATE_VALIDITY_YEARS);
  const subtle = nodeWebCrypto.subtle;
  const privateKey = await subtle.importKey(
    'pkcs8',
    options.privateKey.export({ type: 'pkcs8', format: 'der' }),
    RSA_SHA256,
    false,
    ['sign'],
  );
  const publicKey = await subtle.importKey(
    'spki',
    options.publicKey.export({ type: 'spki', format: 'der' }),
    RSA_SHA256,
    true,
    ['verify'],
  );
  const certificate = await x509.X509CertificateGenerator.createSelfSigned(
    {
      serialNumber: options.serialNumber ?? randomSerialNumber(),
      name: [{ CN: [options.domain] }],
      notBefore,
      notAfter,
      keys: { privateKey, publicKey },
      signingAlgorithm: RSA_SHA256,
      extensions: [
        new x509.BasicConstraintsExtension(true, undefined, true),
        new x509.KeyUsagesExtension(
          x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyCertSign,
          true,
        ),
        await x509.SubjectKeyIdentifierExtension.create(publicKey, false, nodeWebCrypto),
      ],
    },
    nodeWebCrypto,
  );
  return certificate.toString('pem') + '\n';
}

/** openssl's name for a signature algorithm that @peculiar/x509 reports in WebCrypto terms. */
function signatureAlgorithmName(algorithm: { name: string; hash?: unknown }): string {
  const hash =
    typeof algorithm.hash === 'string' ? algorithm.hash : (algorithm.hash as { name?: string })?.name;
  const bits = hash?.replace(/^SHA-?/i, '');
  switch (algorithm.name) {
    case 'RSASSA-PKCS1-v1_5':
      return bits === '1' ? 'sha1WithRSAEncryption' : `sha${bits}WithRSAEncryption`;
    case 'RSA-PSS':
      return 'rsassaPss';
    case 'ECDSA':
      return `ecdsa-with-SHA${bits}`;
    case 'Ed25519':
    case 'EdDSA':
      return 'ED25519';
    default:
      return hash === undefined ? algorithm.name : `${algorithm.name} with ${hash}`;
  }
}

const KEY_USAGES: [flag: number, name: string][] = [
  [x509.KeyUsageFlags.digitalSignature, 'digitalSignature'],
  [x509.KeyUsageFlags.nonRepudiation, 'nonRepudiation'],
  [x509.KeyUsageFlags.keyEncipherment, 'keyEncipherment'],
  [x509.KeyUsageFlags.dataEncipherment, 'dataEncipherment'],
  [x509.KeyUsageFlags.keyAgreement, 'keyAgreement'],
  [x509.KeyUsageFlags.keyCertSign, 'keyCertSign'],
  [x509.KeyUsageFlags.cRLSign, 'cRLSign'],
  [x509.KeyUsageFlags.encipherOnly, 'encipherOnly'],
  [x509.KeyUsageFlags.decipherOnly, 'decipherOnly'],
];

/** Parses a certificate (PEM or DER) for display. Throws on anything that is not a certificate. */
export function parseCertificate(cert: CertificateInput): CertificateInfo {
  const der = certificateDer(cert);
  const parsed = new x509.X509Certificate(der);
  const native = new NodeX509Certificate(der);
  const basic = parsed.getExtension(x509.BasicConstraintsExtension);
  const usage = parsed.getExtension(x509.KeyUsagesExtension);
  const described = describeKeyObject(native.publicKey);
  return {
    subject: parsed.subject,
    issuer: parsed.issuer,
    serial_number: parsed.serialNumber.toUpperCase(),
    not_before: parsed.notBefore.toISOString(),
    not_after: parsed.notAfter.toISOString(),
    signature_algorithm: signatureAlgorithmName(
      parsed.signatureAlgorithm as { name: string; hash?: unknown },
    ),
    public_key: described.ok
      ? described.key.label
      : (native.publicKey.asymmetricKeyType ?? 'unknown').toUpperCase(),
    self_signed: parsed.subject === parsed.issuer && native.verify(native.publicKey),
    is_ca: basic?.ca ?? false,
    key_usage:
      usage === null ? [] : KEY_USAGES.filter(([flag]) => (usage.usages & flag) !== 0).map(([, n]) => n),
    fingerprints: { sha1: fingerprint(der, 'sha1'), sha256: fingerprint(der, 'sha256') },
    thumbprint: thumbprintHex(der),
    x5t: x5t(der),
    x5t_s256: x5tS256(der),
  };
}
