/**
 * Base64url for JOSE, written out so that it runs the same in the renderer and in Node and so that
 * every problem has a position. Lenient on purpose: the standard alphabet and padding decode too,
 * and say so, because tokens copied from logs and other tools carry both.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Character code → 6-bit value; -1 = not base64 at all. `+` and `/` map like `-` and `_`. */
const VALUES = new Int8Array(128).fill(-1);
for (let i = 0; i < 64; i++) VALUES[ALPHABET.charCodeAt(i)] = i;
VALUES['+'.charCodeAt(0)] = 62;
VALUES['/'.charCodeAt(0)] = 63;

export interface Base64Problem {
  /** 0-based index of the offending character in the decoded text (the part). */
  index: number;
  /** Ends a sentence that starts with the part's name: "is not valid base64url at character 17 ('%')". */
  message: string;
}

export interface Base64Decoded {
  /** null when the text cannot be decoded. */
  bytes: Uint8Array | null;
  /** `+` or `/` (standard base64) appear. */
  standardAlphabet: boolean;
  /** Trailing `=` padding appears. */
  padded: boolean;
  /**
   * The last character carries non-zero bits that no byte uses: another text decodes to the same
   * bytes. Harmless for decoding; a verifier must refuse it in a signature.
   */
  nonCanonical: boolean;
  problem: Base64Problem | null;
}

/** `'%'`, or `U+0009` for characters that do not print. */
export function describeChar(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  if (
    code < 0x21 ||
    (code >= 0x7f && code <= 0xa0) ||
    code === 0xfeff ||
    (code >= 0x200b && code <= 0x200f)
  ) {
    return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  }
  return `'${String.fromCodePoint(code)}'`;
}

export function decodeBase64Lenient(text: string): Base64Decoded {
  let end = text.length;
  let padded = false;
  while (end > 0 && text.charCodeAt(end - 1) === 61 /* = */) {
    end--;
    padded = true;
  }
  const padCount = text.length - end;
  let standardAlphabet = false;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    const v = c < 128 ? VALUES[c]! : -1;
    if (v < 0) {
      const ch = String.fromCodePoint(text.codePointAt(i) ?? c);
      const what = c === 61 ? `'=' (padding) in the middle` : describeChar(ch);
      return fail(i, `is not valid base64url at character ${i + 1} (${what})`, standardAlphabet, padded);
    }
    if (c === 43 || c === 47) standardAlphabet = true;
  }
  const rem = end % 4;
  if (rem === 1) {
    return fail(
      end - 1,
      `has ${end} base64url characters, a length no encoding produces (one character too many or too few)`,
      standardAlphabet,
      padded,
    );
  }
  if (padded && (padCount > 2 || (end + padCount) % 4 !== 0)) {
    return fail(end, `has wrong '=' padding (${padCount} characters)`, standardAlphabet, padded);
  }
  const outLength = Math.floor((end * 3) / 4);
  const bytes = new Uint8Array(outLength);
  let o = 0;
  let i = 0;
  for (; i + 4 <= end; i += 4) {
    const n =
      (VALUES[text.charCodeAt(i)]! << 18) |
      (VALUES[text.charCodeAt(i + 1)]! << 12) |
      (VALUES[text.charCodeAt(i + 2)]! << 6) |
      VALUES[text.charCodeAt(i + 3)]!;
    bytes[o++] = (n >> 16) & 255;
    bytes[o++] = (n >> 8) & 255;
    bytes[o++] = n & 255;
  }
  let nonCanonical = false;
  if (rem === 2) {
    const a = VALUES[text.charCodeAt(i)]!;
    const b = VALUES[text.charCodeAt(i + 1)]!;
    bytes[o++] = ((a << 2) | (b >> 4)) & 255;
    nonCanonical = (b & 0x0f) !== 0;
  } else if (rem === 3) {
    const a = VALUES[text.charCodeAt(i)]!;
    const b = VALUES[text.charCodeAt(i + 1)]!;
    const c = VALUES[text.charCodeAt(i + 2)]!;
    bytes[o++] = ((a << 2) | (b >> 4)) & 255;
    bytes[o++] = ((b << 4) | (c >> 2)) & 255;
    nonCanonical = (c & 0x03) !== 0;
  }
  return { bytes, standardAlphabet, padded, nonCanonical, problem: null };
}

function fail(index: number, message: string, standardAlphabet: boolean, padded: boolean): Base64Decoded {
  return { bytes: null, standardAlphabet, padded, nonCanonical: false, problem: { index, message } };
}

/** Unpadded base64url (RFC 7515 §2). */
export function encodeBase64Url(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 3 <= bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out +=
      ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]! + ALPHABET[n & 63]!;
  }
  const rem = bytes.length - i;
  if (rem === 1) {
    const n = bytes[i]! << 16;
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]!;
  } else if (rem === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]!;
  }
  return out;
}

export function encodeBase64UrlText(text: string): string {
  return encodeBase64Url(new TextEncoder().encode(text));
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** UTF-8 text, or null when the bytes are not valid UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}
