import { refuse } from '../errors';

/** Line and column (1-based) of a character offset. */
export function lineColumn(content: string, offset: number): { line: number; column: number } {
  const before = content.slice(0, Math.max(0, Math.min(offset, content.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

interface SyntaxProblem {
  offset: number;
  reason: string;
}

class Problem extends Error {
  constructor(readonly problem: SyntaxProblem) {
    super(problem.reason);
  }
}

/**
 * Finds where and why a text is not JSON. JSON.parse says it differently in every Node release
 * (and Node 20 often gives no position at all), so the reason is ours and the same everywhere.
 * Runs only after JSON.parse has failed.
 */
export function locateJsonError(text: string): SyntaxProblem | undefined {
  let i = 0;
  const found = () => (i >= text.length ? 'the end of the file' : JSON.stringify(text[i]));
  const fail = (expected: string): never => {
    throw new Problem({ offset: i, reason: `expected ${expected}, found ${found()}` });
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i += 1;
  };
  const literal = (word: string) => {
    for (const char of word) {
      if (text[i] !== char) fail(`"${word}"`);
      i += 1;
    }
  };
  const digits = (what: string) => {
    if (!/[0-9]/.test(text[i] ?? '')) fail(what);
    while (/[0-9]/.test(text[i] ?? '')) i += 1;
  };
  const number = () => {
    if (text[i] === '-') i += 1;
    if (text[i] === '0') i += 1;
    else digits('a digit');
    if (text[i] === '.') {
      i += 1;
      digits('a digit after "."');
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i += 1;
      if (text[i] === '+' || text[i] === '-') i += 1;
      digits('a digit in the exponent');
    }
  };
  const string = () => {
    i += 1; // opening quote
    for (;;) {
      if (i >= text.length) fail('a closing double quote');
      const char = text[i] as string;
      if (char === '"') {
        i += 1;
        return;
      }
      if (char.charCodeAt(0) < 0x20)
        throw new Problem({
          offset: i,
          reason: 'a line break or control character inside a string must be escaped',
        });
      if (char === '\\') {
        i += 1;
        const escape = text[i] ?? '';
        if (escape === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail('four hex digits after "\\u"');
          i += 5;
        } else if ('"\\/bfnrt'.includes(escape) && escape !== '') i += 1;
        else fail('an escape such as \\" \\\\ \\n or \\u0041 after "\\"');
      } else i += 1;
    }
  };
  const value = (depth: number): void => {
    if (depth > 512) throw new Problem({ offset: i, reason: 'values are nested too deeply' });
    ws();
    const char = text[i];
    if (char === '{') {
      i += 1;
      ws();
      if (text[i] === '}') {
        i += 1;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail('a property name in double quotes');
        string();
        ws();
        if (text[i] !== ':') fail('":"');
        i += 1;
        value(depth + 1);
        ws();
        if (text[i] === ',') i += 1;
        else if (text[i] === '}') {
          i += 1;
          return;
        } else fail('"," or "}"');
      }
    }
    if (char === '[') {
      i += 1;
      ws();
      if (text[i] === ']') {
        i += 1;
        return;
      }
      for (;;) {
        value(depth + 1);
        ws();
        if (text[i] === ',') i += 1;
        else if (text[i] === ']') {
          i += 1;
          return;
        } else fail('"," or "]"');
      }
    }
    if (char === '"') return string();
    if (char === 't') return literal('true');
    if (char === 'f') return literal('false');
    if (char === 'n') return literal('null');
    if (char === '-' || /[0-9]/.test(char ?? '')) return number();
    fail('a value');
  };
  try {
    value(0);
    ws();
    if (i < text.length) fail('the end of the file after the JSON value');
    return undefined;
  } catch (error) {
    if (error instanceof Problem) return error.problem;
    throw error;
  }
}

/** JSON.parse with a refusal that names the file, the line and column, and the reason. */
export function parseJsonText(file: string, content: string): unknown {
  const text = content.startsWith('\uFEFF') ? content.slice(1) : content;
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const problem = locateJsonError(text);
    if (problem === undefined) refuse({ file, path: '' }, `not valid JSON: ${(error as Error).message}`);
    const { line, column } = lineColumn(text, problem.offset);
    refuse({ file, path: `line ${line}, column ${column}` }, `not valid JSON: ${problem.reason}.`);
  }
}
