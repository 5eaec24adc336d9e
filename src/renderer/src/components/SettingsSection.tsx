import { Grid, Stack, Text, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';

/** The dashboard's settings layout: what a group of fields is about on the left, the fields on the right. */
export function SettingsSection({
  title,
  description,
  children,
}: {
  title: string;
  description?: ReactNode;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <Grid gap="lg" component="section" aria-labelledby={id}>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <Title order={2} fz="lg" fw={600} id={id}>
          {title}
        </Title>
        {description !== undefined && (
          <Text size="sm" c="dimmed" mt={4}>
            {description}
          </Text>
        )}
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 8 }}>
        <Stack gap="lg">{children}</Stack>
      </Grid.Col>
    </Grid>
  );
}
