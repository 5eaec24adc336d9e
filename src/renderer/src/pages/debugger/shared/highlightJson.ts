import hljs from 'highlight.js/lib/core';
import json from 'highlight.js/lib/languages/json';

// Only JSON: the full highlight.js bundle would add ~1 MB for nothing.
hljs.registerLanguage('json', json);

/** Beyond this, highlighting costs more than it helps: the text is shown plain. */
const MAX_HIGHLIGHT = 100_000;

/** HTML for the JSON text (highlight.js escapes every character), or null when it is too long. */
export function highlightJson(text: string): string | null {
  if (text.length > MAX_HIGHLIGHT) return null;
  return hljs.highlight(text, { language: 'json', ignoreIllegals: true }).value;
}

/** Two-space indented JSON; values JSON cannot hold (none come from JSON.parse) fall back to text. */
export function formatJson(value: unknown): string {
  try {
    return JSON.stringify(value, null, 2) ?? String(value);
  } catch {
    return String(value);
  }
}
