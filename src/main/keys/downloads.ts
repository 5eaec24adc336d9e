/** Public downloads of a key: certificate PEM/CER/P7B, SPKI, JWK, JWKS and fingerprints, as files. */
import type { KeyObject } from 'node:crypto';
import {
  certificateDer,
  certificateJwk,
  certificatePem,
  certificatePkcs7Pem,
  certificatePublicKey,
  fingerprint,
  publicJwk,
  publicKeyOf,
  spkiPem,
} from './formats';
import type { CertificateExportFormat, ExportedFile } from './public-view';

/** A file name part made of safe characters only. */
export function safeFileName(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^\.+/, '_') || 'key';
}

function text(fileName: string, mediaType: string, content: string): ExportedFile {
  return { fileName, mediaType, encoding: 'utf8', content };
}

export function jsonFile(fileName: string, mediaType: string, value: unknown): ExportedFile {
  return text(fileName, mediaType, JSON.stringify(value, null, 2) + '\n');
}

export interface PublicKeySource {
  /** The key; for a certificate-backed key, its certificate's public key. */
  key?: KeyObject;
  /** PEM certificate, when the key has one. */
  cert?: string;
  kid: string;
  alg: string;
  /** File name without extension, e.g. `{domain}-{kid}`. */
  baseName: string;
}

/** The formats a key offers: certificate formats only when it has a certificate. */
export function availableFormats(source: {
  cert?: string | undefined;
  hasPublicKey: boolean;
}): CertificateExportFormat[] {
  if (!source.hasPublicKey) return [];
  return source.cert !== undefined
    ? ['pem', 'cer', 'p7b', 'spki', 'jwk', 'jwks', 'fingerprint']
    : ['spki', 'jwk', 'jwks', 'fingerprint'];
}

/** The public JWK of a source, with `x5t`/`x5c` when it has a certificate. */
export function sourceJwk(source: PublicKeySource): Record<string, unknown> {
  if (source.cert !== undefined)
    return { ...certificateJwk(source.cert, { kid: source.kid, alg: source.alg }) };
  if (source.key === undefined) throw new Error('No public key.');
  return { alg: source.alg, use: 'sig', ...publicJwk(source.key), kid: source.kid };
}

/**
 * One public download. `jwks` here is a set of this key alone; a tenant's whole JWKS is exported by
 * tenant-keys.ts. Throws a plain Error for a certificate format when there is no certificate.
 */
export function publicExport(source: PublicKeySource, format: CertificateExportFormat): ExportedFile {
  const base = safeFileName(source.baseName);
  const needCert = (): string => {
    if (source.cert === undefined)
      throw new Error(`This key has no certificate to export as ${format.toUpperCase()}.`);
    return source.cert;
  };
  const key = (): KeyObject => {
    if (source.key !== undefined) return publicKeyOf(source.key);
    return certificatePublicKey(needCert());
  };
  switch (format) {
    case 'pem':
      return text(`${base}.pem`, 'application/x-pem-file', certificatePem(needCert()));
    case 'cer':
      return {
        fileName: `${base}.cer`,
        mediaType: 'application/pkix-cert',
        encoding: 'base64',
        content: certificateDer(needCert()).toString('base64'),
      };
    case 'p7b':
      return text(`${base}.p7b`, 'application/x-pkcs7-certificates', certificatePkcs7Pem([needCert()]));
    case 'spki':
      return text(`${base}.pub.pem`, 'application/x-pem-file', spkiPem(key()));
    case 'jwk':
      return jsonFile(`${base}.jwk.json`, 'application/jwk+json', sourceJwk(source));
    case 'jwks':
      return jsonFile(`${base}.jwks.json`, 'application/jwk-set+json', { keys: [sourceJwk(source)] });
    case 'fingerprint':
      return text(`${base}.fingerprint.txt`, 'text/plain', fingerprintText(source, key()));
  }
}

function fingerprintText(source: PublicKeySource, key: KeyObject): string {
  if (source.cert !== undefined) {
    const der = certificateDer(source.cert);
    return `SHA-1 fingerprint: ${fingerprint(der, 'sha1')}\nSHA-256 fingerprint: ${fingerprint(der, 'sha256')}\n`;
  }
  const spki = key.export({ type: 'spki', format: 'der' });
  return `Public key (SPKI) SHA-256 fingerprint: ${fingerprint(spki, 'sha256')}\n`;
}

/** SHA-256 of a public key's SubjectPublicKeyInfo DER, colon hex. */
export function spkiSha256(key: KeyObject): string {
  return fingerprint(publicKeyOf(key).export({ type: 'spki', format: 'der' }), 'sha256');
}
