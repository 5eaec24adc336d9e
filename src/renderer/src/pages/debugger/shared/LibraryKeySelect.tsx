import { Anchor, Select } from '@mantine/core';
import { Link } from 'react-router';
import type { LibraryKeyView } from '../../../../../shared/domain/keys';
import { useLibraryKeys } from '../../../workbench/queries-debugger';

interface LibraryKeySelectProps {
  /** "Library key" when signing, "Key library key" when decrypting. */
  label: string;
  value: string | null;
  /** With the chosen key itself, for a caller that fits its algorithm to it. */
  onChange: (id: string | null, key: LibraryKeyView | undefined) => void;
  /** An error about the chosen key; else the library's own loading error is shown. */
  error?: string | null;
}

/** The key-library keys that hold a private part: only those sign and decrypt. */
export function LibraryKeySelect({ label, value, onChange, error }: LibraryKeySelectProps) {
  const library = useLibraryKeys();
  const usable = (library.data ?? []).filter((k) => k.has_private);
  return (
    <Select
      label={label}
      placeholder={library.isPending ? 'Loading…' : usable.length === 0 ? 'No key with a private part' : 'Choose a key'}
      data={usable.map((k) => ({ value: k.id, label: `${k.name} — ${k.label} (kid ${k.kid})` }))}
      value={value}
      onChange={(id) => onChange(id, usable.find((k) => k.id === id))}
      searchable
      nothingFoundMessage="No such key"
      error={error ?? library.error?.message}
      description={
        usable.length === 0 && !library.isPending ? (
          <>
            Generate or import one on the{' '}
            <Anchor component={Link} to="/signing-keys" size="xs">
              Signing Keys
            </Anchor>{' '}
            page.
          </>
        ) : undefined
      }
    />
  );
}
