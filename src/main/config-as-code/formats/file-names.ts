/**
 * File names as auth0-deploy-cli makes them: `sanitize-filename` with `-` as the replacement, then
 * once more with nothing (its `sanitize(str)` helper), so the layout matches a real export.
 */

const ILLEGAL = /[/?<>\\:*|"]/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x1f\x80-\x9f]/g;
const RESERVED = /^\.+$/;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;
const MAX_BYTES = 255;

function trailingDotsAndSpaces(text: string, replacement: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === '.' || text[end - 1] === ' ')) end -= 1;
  return end < text.length ? text.slice(0, end) + replacement : text;
}

/** Cuts to at most 255 UTF-8 bytes without splitting a character. */
function truncateUtf8(text: string, maxBytes: number): string {
  let bytes = 0;
  let out = '';
  for (const char of text) {
    const size = Buffer.byteLength(char, 'utf8');
    if (bytes + size > maxBytes) break;
    bytes += size;
    out += char;
  }
  return out;
}

function pass(input: string, replacement: string): string {
  const replaced = input
    .replace(ILLEGAL, replacement)
    .replace(CONTROL, replacement)
    .replace(RESERVED, replacement)
    .replace(WINDOWS_RESERVED, replacement);
  return truncateUtf8(trailingDotsAndSpaces(replaced, replacement), MAX_BYTES);
}

export function sanitizeFileName(input: string): string {
  return pass(pass(input, '-'), '');
}

/** Room for ` (12)` and `.json` within the 255 bytes a file name may have. */
const MAX_BASE_BYTES = 240;

/**
 * deploy-cli names API files `sanitize("{name}.json")` and the others `sanitize(name) + ".json"`;
 * the difference shows with trailing dots ("v1." → "v1..json" but "v1-.json").
 */
function baseName(name: string, sanitizeWithExtension: boolean): string {
  let base: string;
  if (sanitizeWithExtension) {
    const whole = sanitizeFileName(`${name}.json`);
    base = whole.endsWith('.json') ? whole.slice(0, -'.json'.length) : whole;
  } else {
    base = sanitizeFileName(name);
  }
  return truncateUtf8(base, MAX_BASE_BYTES) || '_';
}

/**
 * `.json` file names unique within one folder, also on case-insensitive file systems: deploy-cli
 * would let a second "Orders" overwrite the first; here the second becomes "Orders (2).json".
 */
export function jsonFileNamer(sanitizeWithExtension: boolean): (name: string) => string {
  const taken = new Set<string>();
  return (name) => {
    const base = baseName(name, sanitizeWithExtension);
    let fileName = `${base}.json`;
    for (let n = 2; taken.has(fileName.toLowerCase()); n += 1) fileName = `${base} (${n}).json`;
    taken.add(fileName.toLowerCase());
    return fileName;
  };
}
