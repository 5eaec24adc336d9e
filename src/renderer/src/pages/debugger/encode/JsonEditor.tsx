import { Textarea } from '@mantine/core';
import { describeParseError, type JsonParse } from './parseJson';

interface JsonEditorProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  parsed: JsonParse;
  /** An error from signing that names this field. */
  serverError?: string | null;
  description?: string;
}

/** A JSON text area that says, as the user types, where the JSON stops being JSON. */
export function JsonEditor({ label, value, onChange, parsed, serverError, description }: JsonEditorProps) {
  const error = !parsed.ok
    ? describeParseError(parsed)
    : typeof parsed.value !== 'object' || parsed.value === null || Array.isArray(parsed.value)
      ? `The ${label.toLowerCase()} must be a JSON object ({ … }).`
      : (serverError ?? null);
  return (
    <Textarea
      label={label}
      description={description}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      error={error}
      autosize
      minRows={4}
      maxRows={22}
      spellCheck={false}
      autoComplete="off"
      autoCorrect="off"
      autoCapitalize="off"
      styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13, lineHeight: 1.5 } }}
    />
  );
}
