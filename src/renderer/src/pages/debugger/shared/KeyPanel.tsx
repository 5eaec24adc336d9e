import { Grid, Group, Paper, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { Busy } from './Busy';

interface KeyPanelProps {
  /** The section's heading and accessible name: "Verify" or "Decrypt". */
  title: string;
  /** Whether an answer for the latest key is on its way. */
  busy: boolean;
  busyLabel?: string;
  /** One dimmed line under the heading: what the panel does with the key. */
  intro: React.ReactNode;
  /** The key fields, in the left column. */
  keyFields: React.ReactNode;
  /** The result, in the right column (under the key fields on a narrow window). */
  children: React.ReactNode;
}

/** The frame the Verify and Decrypt panels share, so that switching between a JWS and a JWE keeps the layout. */
export function KeyPanel({ title, busy, busyLabel, intro, keyFields, children }: KeyPanelProps) {
  const titleId = useId();
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={titleId}>
      <Group justify="space-between">
        <Title order={2} fz="lg" id={titleId}>
          {title}
        </Title>
        <Busy busy={busy} label={busyLabel} />
      </Group>
      <Text size="sm" c="dimmed" mb="md">
        {intro}
      </Text>
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, lg: 6 }}>{keyFields}</Grid.Col>
        <Grid.Col span={{ base: 12, lg: 6 }}>{children}</Grid.Col>
      </Grid>
    </Paper>
  );
}
