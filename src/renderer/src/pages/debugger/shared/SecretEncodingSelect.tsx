import { Select, type SelectProps } from '@mantine/core';
import { SECRET_ENCODINGS, type SecretEncoding } from '../../../../../shared/jwt';

const SECRET_ENCODING_LABELS: Record<SecretEncoding, string> = {
  utf8: 'UTF-8',
  base64: 'base64',
  base64url: 'base64url',
  hex: 'hex',
};

interface SecretEncodingSelectProps {
  value: SecretEncoding;
  onChange: (encoding: SecretEncoding) => void;
  /** Narrow beside a secret field; grows with its group otherwise. */
  maw?: SelectProps['maw'];
}

/** "Secret encoding": how the typed secret becomes bytes, for signing and verifying alike. */
export function SecretEncodingSelect({ value, onChange, maw }: SecretEncodingSelectProps) {
  return (
    <Select
      label="Secret encoding"
      data={SECRET_ENCODINGS.map((e) => ({ value: e, label: SECRET_ENCODING_LABELS[e] }))}
      value={value}
      // Deselecting is off: null is there only for the type.
      onChange={(v) => v !== null && onChange(v as SecretEncoding)}
      allowDeselect={false}
      maw={maw}
    />
  );
}
