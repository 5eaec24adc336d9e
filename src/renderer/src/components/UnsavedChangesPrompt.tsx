import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { RefObject } from 'react';
import { useBlocker, type BlockerFunction } from 'react-router';

interface UnsavedChangesPromptProps {
  /** Whether leaving now would lose edits. */
  dirty: boolean;
  /** Set to true just before an intended departure (e.g. after deleting what was edited). */
  bypass?: RefObject<boolean>;
}

/**
 * Asks before any in-app navigation (another tab, another page, back) drops unsaved edits.
 * Navigations that stay on the same address (e.g. a search change) pass through.
 */
export function UnsavedChangesPrompt({ dirty, bypass }: UnsavedChangesPromptProps) {
  // Read when a navigation starts, so `bypass` set in the same event is seen.
  const shouldBlock: BlockerFunction = ({ currentLocation, nextLocation }) =>
    dirty && bypass?.current !== true && currentLocation.pathname !== nextLocation.pathname;
  const blocker = useBlocker(shouldBlock);
  const opened = blocker.state === 'blocked';

  return (
    <Modal opened={opened} onClose={() => blocker.reset?.()} title="Discard unsaved changes?">
      <Stack gap="md">
        <Text>You have changes that are not saved. If you leave now, they are lost.</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={() => blocker.reset?.()} data-autofocus>
            Stay
          </Button>
          <Button color="red" onClick={() => blocker.proceed?.()}>
            Discard changes
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
