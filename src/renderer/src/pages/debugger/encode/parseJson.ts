/**
 * JSON.parse with a position: engines word (and place) their errors differently, some without
 * any position, so on failure a small scanner finds where the text stops being JSON.
 */
export type JsonParse =
  | { ok: true; value: unknown }
  | { ok: false; message: string; line: number; column: number; offset: number };

class Stop {
  constructor(
    readonly at: number,
    readonly message: string,
  ) {}
}

function scan(text: string): Stop | null {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const fail = (message: string): never => {
    throw new Stop(i, message);
  };
  const string = () => {
    i++; // opening quote
    for (;;) {
      if (i >= text.length) fail('The string is not closed: a double quote is missing.');
      const c = text[i]!;
      if (c === '"') {
        i++;
        return;
      }
      if (c.charCodeAt(0) < 0x20) fail('A line break or control character inside a string must be escaped (\\n, \\t).');
      if (c === '\\') {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail('\\u must be followed by four hex digits.');
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else fail(`"\\${e ?? ''}" is not a JSON escape.`);
      } else i++;
    }
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === undefined) fail('A value is missing: the text ends too early.');
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail(text[i] === "'" ? 'Property names take double quotes, not single quotes.' : 'Expected a property name in double quotes.');
        string();
        ws();
        if (text[i] !== ':') fail("Expected ':' after the property name.");
        i++;
        value();
        ws();
        if (text[i] === ',') {
          i++;
          ws();
          if (text[i] === '}') fail("A trailing comma is not allowed before '}'.");
          continue;
        }
        if (text[i] === '}') {
          i++;
          return;
        }
        fail(text[i] === undefined ? "The object is not closed: '}' is missing." : "Expected ',' or '}' after a property value.");
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value();
        ws();
        if (text[i] === ',') {
          i++;
          ws();
          if (text[i] === ']') fail("A trailing comma is not allowed before ']'.");
          continue;
        }
        if (text[i] === ']') {
          i++;
          return;
        }
        fail(text[i] === undefined ? "The array is not closed: ']' is missing." : "Expected ',' or ']' after an array item.");
      }
    }
    if (c === '"') return string();
    const number = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (number && number[0] !== '' && number[0] !== '-') {
      i += number[0].length;
      return;
    }
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return;
      }
    }
    fail(c === "'" ? 'Strings take double quotes, not single quotes.' : `Unexpected character ${JSON.stringify(c)}: expected a value.`);
  };
  try {
    value();
    ws();
    if (i < text.length) fail('Unexpected text after the end of the JSON value.');
    return null;
  } catch (error) {
    // Anything else is the stack giving up on absurd nesting.
    return error instanceof Stop ? error : new Stop(i, 'The JSON is nested too deeply to read.');
  }
}

function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

export function parseJson(text: string): JsonParse {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const stop = scan(text) ?? new Stop(0, error instanceof Error ? error.message : String(error));
    return { ok: false, message: stop.message, offset: stop.at, ...position(text, stop.at) };
  }
}

/** "Line 3, column 5: Expected ',' or '}' after a property value." */
export function describeParseError(parsed: Extract<JsonParse, { ok: false }>): string {
  return `Line ${parsed.line}, column ${parsed.column}: ${parsed.message}`;
}
