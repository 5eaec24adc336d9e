import type { CertificateExportFormat, KeyType, SigningKeyState } from '../../../../shared/domain/keys';

/** Menu labels of the downloads, in menu order (end-to-end tests find them by these names). */
export const EXPORT_FORMAT_LABELS: Record<CertificateExportFormat, string> = {
  pem: 'Certificate (PEM)',
  cer: 'Certificate (CER)',
  p7b: 'Certificate (PKCS#7)',
  spki: 'Public key (PEM)',
  jwk: 'JWK',
  jwks: 'JWKS',
  fingerprint: 'Fingerprint',
};

/** A tenant key's own downloads; the whole JWKS has its own button. */
export const SIGNING_KEY_DOWNLOADS: readonly CertificateExportFormat[] = ['pem', 'cer', 'p7b', 'spki', 'jwk', 'fingerprint'];

export const STATE_LABELS: Record<SigningKeyState, string> = {
  current: 'Current',
  next: 'Next',
  previous: 'Previous',
  revoked: 'Revoked',
};

export const STATE_COLORS: Record<SigningKeyState, string> = {
  current: 'green',
  next: 'blue',
  previous: 'gray',
  revoked: 'red',
};

/** `RSA-2048` → `RSA 2048`, `EC-P-256` → `EC P-256`, `HMAC-256` → `HMAC 256`. */
export function keyTypeLabel(type: KeyType): string {
  return type.replace(/^(RSA|EC|HMAC)-/, '$1 ');
}

/** What each family is for, as Select groups. */
export function keyTypeGroup(type: KeyType): string {
  if (type.startsWith('RSA')) return 'RSA (RS256, PS256)';
  if (type.startsWith('EC')) return 'Elliptic curve (ES256, ES384, ES512)';
  if (type === 'Ed25519') return 'EdDSA';
  return 'HMAC secret (HS256, HS384, HS512)';
}

const thisYearFormat = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });
const otherYearFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A short local date (the year only when it is not this one); the exact ISO time goes in a title. */
export function formatDate(iso: string | undefined): string {
  if (iso === undefined) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return (date.getFullYear() === new Date().getFullYear() ? thisYearFormat : otherYearFormat).format(date);
}
