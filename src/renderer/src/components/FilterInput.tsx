import { CloseButton, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';

interface FilterInputProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  /** e.g. "12 of 1,000": read out politely as the list narrows. */
  summary?: string;
}

/** A labelled filter box; Escape clears it. */
export function FilterInput({ label, value, onChange, placeholder, summary }: FilterInputProps) {
  return (
    <TextInput
      label={label}
      value={value}
      placeholder={placeholder}
      onChange={(e) => onChange(e.currentTarget.value)}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && value !== '') {
          e.stopPropagation();
          onChange('');
        }
      }}
      leftSection={<IconSearch size={16} aria-hidden />}
      rightSection={
        value !== '' ? (
          <CloseButton size="sm" aria-label="Clear filter" onClick={() => onChange('')} />
        ) : null
      }
      rightSectionPointerEvents="all"
      description={summary}
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      autoComplete="off"
      spellCheck={false}
      maw={420}
    />
  );
}

/** Case-insensitive "contains" on any of the given texts; an empty query matches everything. */
export function matchesFilter(query: string, ...texts: string[]): boolean {
  const q = query.trim().toLowerCase();
  if (q === '') return true;
  return texts.some((t) => t.toLowerCase().includes(q));
}
