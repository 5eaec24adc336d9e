import type { PartRole } from '../../../../../shared/jwt';
import classes from './TokenParts.module.css';

/** How each part is named and drawn, in the view, its legend and the decoded blocks' titles. */
export const PART_LABELS: Record<PartRole, string> = {
  header: 'Header',
  payload: 'Payload',
  signature: 'Signature',
  encrypted_key: 'Encrypted key',
  iv: 'Initialization vector',
  ciphertext: 'Ciphertext',
  tag: 'Authentication tag',
  extra: 'Extra part',
  unknown: 'Token',
};

/** Said in the legend, so that the parts can be told apart without colour. */
export const PART_LINES: Record<PartRole, string> = {
  header: 'solid underline',
  payload: 'dashed underline',
  signature: 'dotted underline',
  encrypted_key: 'wavy underline',
  iv: 'double underline',
  ciphertext: 'dashed underline',
  tag: 'dotted underline',
  extra: 'thin underline',
  unknown: 'thin underline',
};

export function partClass(role: PartRole): string {
  return `${classes.part} ${classes[role] ?? ''}`;
}
