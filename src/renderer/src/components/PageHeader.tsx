import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useDocumentTitle } from '@mantine/hooks';

interface PageHeaderProps {
  title: string;
  description?: ReactNode;
  /** Primary actions, right-aligned (e.g. "Create API"). */
  actions?: ReactNode;
}

/** Every page starts the same way: one h1, one sentence, its main action. */
export function PageHeader({ title, description, actions }: PageHeaderProps) {
  useDocumentTitle(`${title} · Token Workbench`);
  return (
    <Group justify="space-between" align="flex-start" wrap="nowrap" mb="lg">
      <Stack gap={4}>
        <Title order={1} fz={28} fw={600}>
          {title}
        </Title>
        {description !== undefined && (
          <Text c="dimmed" maw={680}>
            {description}
          </Text>
        )}
      </Stack>
      {actions !== undefined && <Group gap="sm" wrap="nowrap">{actions}</Group>}
    </Group>
  );
}
