import { Button, Group, Tooltip } from '@mantine/core';
import { IconRefresh, IconRefreshAlert, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { KeyChangeAction, SigningKeyView } from '../../../../shared/domain/keys';
import { currentKidOf, KeyChangeModal, type KeyChangeDialog } from './KeyChangeModal';

/** Rotate / Revoke / Rotate & Revoke, each confirmed by a dialog that says what stops verifying. */
export function KeyActions({ keys }: { keys: SigningKeyView[] | undefined }) {
  const [dialog, setDialog] = useState<KeyChangeDialog | null>(null);
  const [opened, setOpened] = useState(false);
  const current = currentKidOf(keys);
  const hasPrevious = keys?.some((k) => k.state === 'previous') === true;

  const open = (action: KeyChangeAction) => {
    if (current === undefined) return;
    // The current key the user is looking at now: the change is refused if it moved since.
    setDialog({ action, currentKid: current, nonce: (dialog?.nonce ?? 0) + 1 });
    setOpened(true);
  };

  return (
    <>
      <Group gap="sm">
        <Button leftSection={<IconRefresh size={16} aria-hidden />} disabled={current === undefined} onClick={() => open('rotate')}>
          Rotate
        </Button>
        <Tooltip label="Only the previous key can be revoked: rotate first." disabled={hasPrevious || current === undefined} withArrow>
          {/* A span keeps the tooltip working on a disabled button. */}
          <span>
            <Button
              variant="light"
              color="red"
              leftSection={<IconTrash size={16} aria-hidden />}
              disabled={!hasPrevious}
              onClick={() => open('revoke')}
            >
              Revoke
            </Button>
          </span>
        </Tooltip>
        <Button
          variant="light"
          color="red"
          leftSection={<IconRefreshAlert size={16} aria-hidden />}
          disabled={current === undefined}
          onClick={() => open('rotate-and-revoke')}
        >
          Rotate & Revoke
        </Button>
      </Group>
      <KeyChangeModal opened={opened} dialog={dialog} onClose={() => setOpened(false)} />
    </>
  );
}
