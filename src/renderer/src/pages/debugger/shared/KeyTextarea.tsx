import { Textarea, type TextareaProps } from '@mantine/core';
import { monospaceKeyInput } from '../../../components/monospace';

/**
 * A text area for a pasted PEM, JWK or secret: five rows that grow by hand, in monospace, never
 * spell-checked (one changed character breaks a key) nor offered for autofill (a browser must
 * not remember a key).
 */
export function KeyTextarea(props: Omit<TextareaProps, 'rows' | 'resize' | 'styles'>) {
  return <Textarea rows={5} resize="vertical" spellCheck={false} autoComplete="off" styles={monospaceKeyInput} {...props} />;
}
