/** PEM armour and the outer DER length check that tells "truncated" from "malformed". */

export interface PemBlock {
  /** The text between `-----BEGIN ` and `-----`, e.g. `PRIVATE KEY`. */
  label: string;
  /** RFC 1421 headers such as `Proc-Type: 4,ENCRYPTED` (legacy encrypted PKCS#1/SEC1). */
  headers: Record<string, string>;
  /** Base64 body without whitespace. */
  body: string;
  /** Whether the matching `-----END {label}-----` line was found. */
  complete: boolean;
}

const BEGIN = /-----BEGIN ([^-\r\n]+)-----/g;

/** Every PEM block in `text`, in order; a block without its END line is returned with `complete: false`. */
export function parsePemBlocks(text: string): PemBlock[] {
  const blocks: PemBlock[] = [];
  const begins = [...text.matchAll(BEGIN)];
  begins.forEach((match, i) => {
    const label = match[1]!.trim();
    const start = match.index + match[0].length;
    const nextBegin = begins[i + 1]?.index ?? text.length;
    const endLine = `-----END ${label}-----`;
    const endAt = text.indexOf(endLine, start);
    const complete = endAt !== -1 && endAt < nextBegin;
    const inner = text.slice(start, complete ? endAt : nextBegin);
    const headers: Record<string, string> = {};
    const bodyLines: string[] = [];
    for (const raw of inner.split(/\r?\n/)) {
      const line = raw.trim();
      if (line === '') continue;
      const header = /^([A-Za-z-]+):\s*(.*)$/.exec(line);
      if (header !== null && bodyLines.length === 0) headers[header[1]!] = header[2]!;
      else bodyLines.push(line);
    }
    blocks.push({ label, headers, body: bodyLines.join(''), complete });
  });
  return blocks;
}

/** PEM with 64-character lines and a final newline (what openssl writes). */
export function pemEncode(label: string, der: Uint8Array, eol = '\n'): string {
  const b64 = Buffer.from(der).toString('base64');
  const lines = b64.match(/.{1,64}/g) ?? [];
  return [`-----BEGIN ${label}-----`, ...lines, `-----END ${label}-----`, ''].join(eol);
}

export function isBase64(body: string): boolean {
  return /^[A-Za-z0-9+/]*={0,2}$/.test(body);
}

export type DerCheck = { ok: true } | { ok: false; problem: string; truncated: boolean };

/**
 * Checks the outer ASN.1 SEQUENCE of `der`: its tag and that its declared length matches the bytes
 * present. A shorter buffer is a truncated paste; anything else wrong is malformed.
 */
export function checkDerSequence(der: Uint8Array): DerCheck {
  if (der.length === 0) return { ok: false, problem: 'it is empty', truncated: true };
  if (der[0] !== 0x30)
    return { ok: false, problem: 'it does not start with an ASN.1 SEQUENCE', truncated: false };
  if (der.length < 2) return { ok: false, problem: 'it ends after one byte', truncated: true };
  const first = der[1]!;
  let length: number;
  let header: number;
  if (first < 0x80) {
    length = first;
    header = 2;
  } else {
    const count = first & 0x7f;
    if (count === 0 || count > 4) {
      return {
        ok: false,
        problem: 'its ASN.1 length is not DER (indefinite or oversized)',
        truncated: false,
      };
    }
    if (der.length < 2 + count)
      return { ok: false, problem: 'it ends inside its ASN.1 header', truncated: true };
    length = 0;
    for (let i = 0; i < count; i += 1) length = length * 256 + der[2 + i]!;
    header = 2 + count;
  }
  const declared = header + length;
  if (der.length < declared) {
    return {
      ok: false,
      problem: `it is truncated: the encoding declares ${declared} bytes but only ${der.length} are present`,
      truncated: true,
    };
  }
  if (der.length > declared) {
    return {
      ok: false,
      problem: `it has ${der.length - declared} bytes of unexpected data after the end of the key`,
      truncated: false,
    };
  }
  return { ok: true };
}
