import { ThemeIcon } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconCircleMinus, IconCircleX, IconInfoCircle } from '@tabler/icons-react';
import type { FindingSeverity } from '../../../../../shared/jwt';

/** Every status is said in a word as well as with an icon and a colour. */
export const SEVERITY = {
  error: { word: 'Error', color: 'red', Icon: IconCircleX },
  warning: { word: 'Warning', color: 'orange', Icon: IconAlertTriangle },
  info: { word: 'Note', color: 'blue', Icon: IconInfoCircle },
} as const satisfies Record<FindingSeverity, unknown>;

export const CHECK_STATUS = {
  passed: { word: 'Passed', color: 'teal', Icon: IconCircleCheck },
  failed: { word: 'Failed', color: 'red', Icon: IconCircleX },
  not_checked: { word: 'Not checked', color: 'gray', Icon: IconCircleMinus },
} as const;

export function StatusIcon({ color, Icon }: { color: string; Icon: typeof IconCircleX }) {
  return (
    <ThemeIcon color={color} variant="light" size={22} radius="xl" aria-hidden>
      <Icon size={15} stroke={2} />
    </ThemeIcon>
  );
}
