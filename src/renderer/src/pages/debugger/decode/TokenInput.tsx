import { Group, Switch, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { decodeToken, MAX_TOKEN_INPUT } from '../../../../../shared/jwt';
import { tone } from '../shared/tone';

interface TokenInputProps {
  value: string;
  onChange: (value: string) => void;
  remember: boolean;
  onRememberChange: (remember: boolean) => void;
}

/** The decoder's own words for input it refuses ("The input is 5.0 MiB; the decoder reads at most 1 MiB…"). */
function refusal(text: string): string {
  return decodeToken(text).findings[0]?.message ?? 'The input is too large to decode.';
}

/**
 * Where the token is pasted. Nothing typed here leaves the machine: decoding runs in this window.
 * Text beyond what the decoder reads never enters the field: a browser text area holding
 * megabytes freezes the window on every keystroke.
 */
export function TokenInput({ value, onChange, remember, onRememberChange }: TokenInputProps) {
  const [refused, setRefused] = useState<string | null>(null);
  return (
    <div>
      <Textarea
        label="Encoded token"
        description="Paste a JWT or JWE, with or without “Bearer ”. It is decoded in this window as you type; nothing leaves the machine."
        placeholder="eyJhbGciOi…"
        value={value}
        onPaste={(e) => {
          const text = e.clipboardData.getData('text');
          const el = e.currentTarget;
          const after = el.value.length - (el.selectionEnd - el.selectionStart) + text.length;
          if (after > MAX_TOKEN_INPUT) {
            e.preventDefault();
            setRefused(refusal(text));
          }
        }}
        onChange={(e) => {
          const next = e.currentTarget.value;
          // Not taken into state: React puts the previous text back into the field.
          if (next.length > MAX_TOKEN_INPUT) return setRefused(refusal(next));
          setRefused(null);
          onChange(next);
        }}
        // Fixed rows, resizable: measuring a long paste for autosize costs a layout per keystroke.
        rows={6}
        resize="vertical"
        spellCheck={false}
        autoComplete="off"
        autoCorrect="off"
        autoCapitalize="off"
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13, wordBreak: 'break-all' } }}
      />
      {refused !== null && (
        // Not the field's error: what the field holds is still fine, only the paste was refused.
        <Text size="sm" mt={6} role="alert" className={tone('red')}>
          {refused} The field kept its previous text.
        </Text>
      )}
      <Group justify="space-between" mt={8} gap="xs">
        <Switch
          size="sm"
          label="Remember the last token"
          description={remember ? 'Kept in this window’s storage on this machine until you turn this off.' : undefined}
          checked={remember}
          onChange={(e) => onRememberChange(e.currentTarget.checked)}
        />
        {value.length > 0 && (
          <Text size="xs" c="dimmed">
            {value.length.toLocaleString()} characters
          </Text>
        )}
      </Group>
    </div>
  );
}
