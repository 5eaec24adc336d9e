/**
 * Where JSON text stops being JSON, and why. `JSON.parse` does not always give a position (V8 often
 * says only "Unexpected token"), so this small scanner finds the first error itself; the value
 * still comes from `JSON.parse` once the text is valid.
 */
export interface JsonSyntaxError {
  /** Offset of the offending character in the text. */
  offset: number;
  line: number;
  column: number;
  message: string;
}

class Fail extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);

function describe(char: string | undefined): string {
  if (char === undefined) return 'the end of the text';
  if (char === '\n') return 'a line break';
  return `"${char}"`;
}

function scan(text: string): void {
  let i = 0;
  const skip = () => {
    while (i < text.length && WHITESPACE.has(text[i]!)) i += 1;
  };
  const expect = (what: string): never => {
    throw new Fail(i, `Expected ${what}, found ${describe(text[i])}.`);
  };

  const string = () => {
    i += 1; // opening quote
    for (;;) {
      const c = text[i];
      if (c === undefined) throw new Fail(i, 'This string is not closed: a closing " is missing.');
      if (c === '"') {
        i += 1;
        return;
      }
      if (c === '\n') throw new Fail(i, 'A string cannot span lines: close it with " or write \\n.');
      if (c < ' ') throw new Fail(i, 'Control characters must be escaped inside strings.');
      if (c === '\\') {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
            throw new Fail(i, '\\u must be followed by four hexadecimal digits.');
          }
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) {
          i += 2;
        } else {
          throw new Fail(i, `Unknown escape ${describe(`\\${e ?? ''}`)} in a string.`);
        }
      } else {
        i += 1;
      }
    }
  };

  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (match === null || match[0] === '-') throw new Fail(i, 'This is not a valid number.');
    i += match[0].length;
    if (/[\d.eE]/.test(text[i] ?? ''))
      throw new Fail(i, 'This is not a valid number (no leading zeros, digits after a dot).');
  };

  const value = (): void => {
    skip();
    const c = text[i];
    if (c === '{') return object();
    if (c === '[') return array();
    if (c === '"') return string();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return;
      }
    }
    if (c === "'") throw new Fail(i, 'Strings use double quotes (") in JSON, not single quotes.');
    return expect('a value (an object, a list, a string in double quotes, a number, true, false or null)');
  };

  const object = () => {
    i += 1;
    skip();
    if (text[i] === '}') {
      i += 1;
      return;
    }
    for (;;) {
      skip();
      if (text[i] === '}')
        throw new Fail(i, 'A comma before } is not allowed in JSON: remove the trailing comma.');
      if (text[i] !== '"') {
        if (text[i] === "'" || /[A-Za-z_$]/.test(text[i] ?? '')) {
          throw new Fail(i, 'Property names must be in double quotes, e.g. "org_id".');
        }
        expect('a property name in double quotes');
      }
      string();
      skip();
      if (text[i] !== ':') expect('":" after the property name');
      i += 1;
      value();
      skip();
      if (text[i] === ',') {
        i += 1;
        continue;
      }
      if (text[i] === '}') {
        i += 1;
        return;
      }
      expect('"," or "}" after a property value');
    }
  };

  const array = () => {
    i += 1;
    skip();
    if (text[i] === ']') {
      i += 1;
      return;
    }
    for (;;) {
      skip();
      if (text[i] === ']')
        throw new Fail(i, 'A comma before ] is not allowed in JSON: remove the trailing comma.');
      value();
      skip();
      if (text[i] === ',') {
        i += 1;
        continue;
      }
      if (text[i] === ']') {
        i += 1;
        return;
      }
      expect('"," or "]" after a list item');
    }
  };

  value();
  skip();
  if (i < text.length) throw new Fail(i, `Unexpected ${describe(text[i])} after the end of the JSON value.`);
}

/** Line and column (both from 1) of an offset. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** The first syntax error in the text, or null when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  try {
    scan(text);
    return null;
  } catch (error) {
    if (!(error instanceof Fail)) throw error;
    return { offset: error.offset, ...lineAndColumn(text, error.offset), message: error.message };
  }
}
