import { decodeBase64Lenient } from './base64';
import { isPlainObject } from './decode';
import type { DetectedKey } from './schemas';

const PEM_BEGIN = /-----BEGIN ([A-Z0-9 ]+)-----/g;

/** True when the bytes are exactly one DER SEQUENCE (a certificate, SPKI or PKCS#8 key in base64). */
function isDerSequence(bytes: Uint8Array): boolean {
  if (bytes.length < 32 || bytes[0] !== 0x30) return false;
  const b1 = bytes[1]!;
  let length: number;
  let header: number;
  if (b1 < 0x80) {
    length = b1;
    header = 2;
  } else {
    const n = b1 & 0x7f;
    if (n === 0 || n > 3) return false;
    length = 0;
    for (let i = 0; i < n; i++) length = (length << 8) | bytes[2 + i]!;
    header = 2 + n;
  }
  return header + length === bytes.length;
}

/** Well-known suffixes of discovery documents (OIDC Discovery §4, RFC 8414 §3). */
const WELL_KNOWN = /\/\.well-known\/(openid-configuration|oauth-authorization-server)(\/.*)?$/;

function detectUrl(text: string): DetectedKey | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const path = url.pathname;
  const wk = WELL_KNOWN.exec(path);
  if (wk) {
    // RFC 8414 puts the well-known segment before the issuer's path; OIDC after it.
    const issuerPath =
      wk[1] === 'oauth-authorization-server' && wk[2] ? wk[2] : `${path.slice(0, wk.index)}/`;
    const issuer = `${url.origin}${issuerPath}`;
    return {
      kind: 'issuer',
      label: 'Discovery document URL',
      source: { type: 'issuer', issuer },
      hint: `Discovery runs for the issuer ${issuer}; it is fetched only when you ask.`,
    };
  }
  if (/jwks|\.json$|\/keys\/?$|\/certs\/?$/i.test(path)) {
    return {
      kind: 'jwks_url',
      label: 'JWKS URL',
      source: { type: 'jwks_url', url: url.href },
      hint: 'The key set is fetched only when you ask.',
    };
  }
  return {
    kind: 'issuer',
    label: 'Issuer URL (discovery)',
    source: { type: 'issuer', issuer: url.href },
    hint: 'Its discovery document and JWKS are fetched only when you ask.',
  };
}

function detectPem(text: string): DetectedKey {
  const labels: string[] = [];
  PEM_BEGIN.lastIndex = 0;
  for (let m = PEM_BEGIN.exec(text); m; m = PEM_BEGIN.exec(text)) labels.push(m[1]!);
  const label = labels[0] ?? '';
  const source = { type: 'pem' as const, pem: text };
  const more = labels.length > 1 ? ` (the first of ${labels.length} PEM blocks)` : '';
  if (label === 'ENCRYPTED PRIVATE KEY' || /Proc-Type:\s*4,ENCRYPTED/.test(text)) {
    return {
      kind: 'pem_encrypted',
      label: 'Encrypted private key',
      source: null,
      hint: 'Decrypt it first (openssl pkey -in key.pem -out plain.pem), or paste the public key or certificate.',
    };
  }
  switch (label) {
    case 'PUBLIC KEY':
      return { kind: 'pem_spki', label: `PEM public key (SPKI)${more}`, source, hint: null };
    case 'RSA PUBLIC KEY':
      return { kind: 'pem_pkcs1', label: `PEM RSA public key (PKCS#1)${more}`, source, hint: null };
    case 'CERTIFICATE':
    case 'X509 CERTIFICATE':
    case 'TRUSTED CERTIFICATE':
      return { kind: 'certificate', label: `X.509 certificate (PEM)${more}`, source, hint: null };
    case 'PRIVATE KEY':
    case 'RSA PRIVATE KEY':
    case 'EC PRIVATE KEY':
      return {
        kind: 'pem_private',
        label: `PEM private key${more}`,
        source,
        hint: 'Only its public key is used to verify. Prefer pasting the public key or certificate.',
      };
    default:
      return {
        kind: 'pem_unknown',
        label: `PEM block "${label}"`,
        source,
        hint: 'This PEM type is not a key the workbench reads.',
      };
  }
}

function detectJson(text: string): DetectedKey {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return {
      kind: 'json_unknown',
      label: 'Not JSON',
      source: null,
      hint: `It starts like JSON but does not parse: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  if (isPlainObject(value) && Array.isArray(value.keys)) {
    const n = value.keys.length;
    return {
      kind: 'jwks',
      label: `JWKS (${n} key${n === 1 ? '' : 's'})`,
      source: { type: 'jwks', jwks: text },
      hint: null,
    };
  }
  if (isPlainObject(value) && typeof value.kty === 'string') {
    const kid = typeof value.kid === 'string' ? `, kid ${value.kid}` : '';
    if (value.d !== undefined && value.kty !== 'oct') {
      return {
        kind: 'jwk_private',
        label: `JWK private key (${value.kty}${kid})`,
        source: { type: 'jwk', jwk: text },
        hint: 'Only its public part is used to verify.',
      };
    }
    return { kind: 'jwk', label: `JWK (${value.kty}${kid})`, source: { type: 'jwk', jwk: text }, hint: null };
  }
  if (isPlainObject(value) && typeof value.jwks_uri === 'string') {
    return {
      kind: 'json_unknown',
      label: 'Discovery metadata',
      source: null,
      hint: `This is a discovery document; its key set is at ${value.jwks_uri}.`,
    };
  }
  return {
    kind: 'json_unknown',
    label: 'JSON, but neither a JWK nor a JWKS',
    source: null,
    hint: 'A JWK has "kty"; a JWKS has "keys".',
  };
}

function secretHint(text: string): string | null {
  if (text.length >= 16 && text.length % 2 === 0 && /^[0-9a-fA-F]+$/.test(text)) {
    return 'It looks like hex: choose the hex encoding if the secret is hex-encoded.';
  }
  if (
    text.length >= 16 &&
    /^[A-Za-z0-9+/]+={0,2}$/.test(text) &&
    text.length % 4 === 0 &&
    /[+/=]/.test(text)
  ) {
    return 'It looks like base64: choose the base64 encoding if the secret is base64-encoded.';
  }
  if (text.length >= 16 && /^[A-Za-z0-9_-]+$/.test(text) && /[-_]/.test(text) && text.length % 4 !== 1) {
    return 'It may be base64url: choose that encoding if the secret is base64url-encoded.';
  }
  return null;
}

/**
 * Guesses what pasted key text is, for the "auto" key source: PEM (by its label), JSON (JWK or
 * JWKS), a URL (JWKS or issuer), base64 DER, and otherwise a UTF-8 secret. Pure and cheap enough to
 * run on every keystroke.
 */
export function detectKeySource(input: string): DetectedKey {
  const text = input.trim();
  if (text === '') return { kind: 'empty', label: 'No key', source: null, hint: null };
  // PEM kept in environment variables often has literal "\n" for its line breaks.
  if (text.includes('-----BEGIN ')) return detectPem(text.replace(/\\n/g, '\n'));
  if (text.startsWith('{')) return detectJson(text);
  if (/^https?:\/\//i.test(text)) {
    const url = detectUrl(text);
    if (url) return url;
  }
  const compact = text.replace(/\s+/g, '');
  if (/^M[A-Za-z0-9+/]+={0,2}$/.test(compact) && compact.length >= 44) {
    const dec = decodeBase64Lenient(compact);
    if (dec.bytes && isDerSequence(dec.bytes)) {
      return {
        kind: 'der_base64',
        label: 'Base64 DER (certificate or public key)',
        source: { type: 'pem', pem: compact },
        hint: 'Read as a certificate, a public key or a private key, whichever it is.',
      };
    }
  }
  const trimmedNote = input.trim() !== input ? ' Surrounding spaces and line breaks were removed.' : '';
  const hint = secretHint(text);
  return {
    kind: 'secret',
    label: 'Shared secret (UTF-8)',
    source: { type: 'secret', secret: text, encoding: 'utf8' },
    hint: hint || trimmedNote ? `${hint ?? ''}${trimmedNote}`.trim() : null,
  };
}
