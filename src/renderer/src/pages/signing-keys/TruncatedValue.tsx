import { Group, Text, Tooltip } from '@mantine/core';
import { CopyIconButton } from '../../components/CopyField';

interface TruncatedValueProps {
  value: string;
  /** Names the copy button: "Copy {label}". */
  label: string;
  /** How wide the text may get before it is cut with an ellipsis. */
  maw?: number;
}

/**
 * A long value (key id, fingerprint) cut to fit its column, whole in a tooltip and on the
 * clipboard. The full text stays in the DOM so find-in-page and screen readers get all of it.
 */
export function TruncatedValue({ value, label, maw = 220 }: TruncatedValueProps) {
  return (
    <Group gap={2} wrap="nowrap">
      <Tooltip label={value} openDelay={400} multiline maw={420} style={{ wordBreak: 'break-all' }}>
        <Text ff="monospace" fz="sm" truncate="end" maw={maw}>
          {value}
        </Text>
      </Tooltip>
      <CopyIconButton value={value} label={`Copy ${label}`} />
    </Group>
  );
}
