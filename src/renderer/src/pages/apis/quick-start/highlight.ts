import hljs from 'highlight.js/lib/core';
import bash from 'highlight.js/lib/languages/bash';
import csharp from 'highlight.js/lib/languages/csharp';
import go from 'highlight.js/lib/languages/go';
import java from 'highlight.js/lib/languages/java';
import javascript from 'highlight.js/lib/languages/javascript';
import json from 'highlight.js/lib/languages/json';
import python from 'highlight.js/lib/languages/python';
import yaml from 'highlight.js/lib/languages/yaml';
import type { SnippetLanguage } from './snippets';

// Only the languages the snippets use: the full bundle would add ~1 MB for nothing.
const LANGUAGES: Record<Exclude<SnippetLanguage, 'text'>, Parameters<typeof hljs.registerLanguage>[1]> = {
  bash,
  csharp,
  go,
  java,
  javascript,
  json,
  python,
  yaml,
};
for (const [name, language] of Object.entries(LANGUAGES)) hljs.registerLanguage(name, language);

/** HTML for the code, every character of which highlight.js escapes. */
export function highlight(code: string, language: Exclude<SnippetLanguage, 'text'>): string {
  return hljs.highlight(code, { language, ignoreIllegals: true }).value;
}
