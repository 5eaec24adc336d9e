import { Code, Container, List, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconLock } from '@tabler/icons-react';

/**
 * Browser mode without a usable secret. The web host only answers requests that carry the secret
 * it printed at launch, so other sites and other local users cannot drive it; we say so plainly.
 */
export function MissingSecretPage({ reason }: { reason: 'absent' | 'rejected' }) {
  useDocumentTitle('Open Token Workbench from its address · Token Workbench');
  return (
    <Container size={620} py={80}>
      <Paper withBorder radius="md" p="xl">
        <Stack gap="md">
          <ThemeIcon size={44} radius="md" variant="light" aria-hidden>
            <IconLock size={24} />
          </ThemeIcon>
          <Title order={1} fz={24}>
            Open Token Workbench from the address it printed
          </Title>
          <Text>
            {reason === 'absent'
              ? 'This page was opened without the secret that lets it talk to the workbench host.'
              : 'The workbench host no longer accepts the secret this page was opened with. It was probably restarted.'}{' '}
            Each time <Code>token-workbench serve</Code> starts, it prints an address that carries a secret for that launch
            only.
          </Text>
          <List type="ordered" spacing="xs">
            <List.Item>
              Run <Code>token-workbench serve</Code> in a terminal (or find the one already running).
            </List.Item>
            <List.Item>Open the address it printed, including its <Code>?secret=…</Code> part.</List.Item>
          </List>
          <Text size="sm" c="dimmed">
            The secret keeps other web sites and other users of this machine from reaching your workspace.
          </Text>
        </Stack>
      </Paper>
    </Container>
  );
}
