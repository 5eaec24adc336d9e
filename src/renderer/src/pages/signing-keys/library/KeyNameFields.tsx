import { TextInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { monospaceInput } from '../../../components/monospace';

interface KeyNameFieldsProps {
  name: GetInputPropsReturnType;
  kid: GetInputPropsReturnType;
  /** How the key ID is chosen when left empty, which differs between generating and importing. */
  kidDefault: string;
}

/** "Name" and "Key ID", both optional, as a generated or imported library key is labelled. */
export function KeyNameFields({ name, kid, kidDefault }: KeyNameFieldsProps) {
  return (
    <>
      <TextInput
        label="Name"
        description="Optional. How the key is listed here."
        autoComplete="off"
        {...name}
      />
      <TextInput
        label="Key ID"
        description={`Optional. The kid in token headers; by default ${kidDefault}.`}
        autoComplete="off"
        spellCheck={false}
        styles={monospaceInput}
        {...kid}
      />
    </>
  );
}
