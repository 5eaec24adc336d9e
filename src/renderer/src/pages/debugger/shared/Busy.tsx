import { Group, Loader, Text } from '@mantine/core';

/** "Checking…" beside a panel's title while an answer is on its way; its place is kept so nothing jumps. */
export function Busy({ busy, label = 'Checking…' }: { busy: boolean; label?: string }) {
  return (
    <Group gap={6} style={{ visibility: busy ? 'visible' : 'hidden' }} aria-hidden={!busy}>
      <Loader size={14} />
      <Text size="xs" c="dimmed">
        {label}
      </Text>
    </Group>
  );
}
