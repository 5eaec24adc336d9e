import { Alert, Button, Code, Group, List, Loader, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCircleCheck, IconKey } from '@tabler/icons-react';
import type { KeyChangeAction, KeyChangePreview, SigningKeyView } from '../../../../shared/domain/keys';
import { FormError } from '../../components/FormError';
import { useKeyChange, useKeyChangePreview } from '../../workbench/queries-keys';

export const ACTION_LABELS: Record<KeyChangeAction, string> = {
  rotate: 'Rotate',
  revoke: 'Revoke',
  'rotate-and-revoke': 'Rotate & Revoke',
};

const TITLES: Record<KeyChangeAction, string> = {
  rotate: 'Rotate the signing keys?',
  revoke: 'Revoke the previous key?',
  'rotate-and-revoke': 'Rotate and revoke at once?',
};

export interface KeyChangeDialog {
  action: KeyChangeAction;
  /** The current key as the page showed it when the dialog opened. */
  currentKid: string;
  /** Changes on every opening, so each opening starts with a fresh preview. */
  nonce: number;
}

interface KeyChangeModalProps {
  opened: boolean;
  /** Kept after closing, so the text does not vanish during the closing animation. */
  dialog: KeyChangeDialog | null;
  onClose: () => void;
}

export function KeyChangeModal({ opened, dialog, onClose }: KeyChangeModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={dialog === null ? '' : TITLES[dialog.action]} size="lg">
      {dialog !== null && (
        <KeyChangeConfirm key={dialog.nonce} action={dialog.action} currentKid={dialog.currentKid} onClose={onClose} />
      )}
    </Modal>
  );
}

/**
 * Mounted per opening: the preview is fetched fresh, and the change is sent with the current key
 * the user was shown, so a dialog left open while keys changed (another window, a double click)
 * gets a conflict instead of rotating twice.
 */
function KeyChangeConfirm({ action, currentKid, onClose }: { action: KeyChangeAction; currentKid: string; onClose: () => void }) {
  const preview = useKeyChangePreview(action);
  const change = useKeyChange();
  const conflict = change.error?.code === 'conflict';

  const confirm = (p: KeyChangePreview) => {
    change.mutate(
      { action, expectCurrentKid: currentKid, ...(action === 'revoke' ? { kid: p.stops_verifying[0]?.kid } : {}) },
      {
        onSuccess: (result) => {
          notifications.show({
            color: 'green',
            title: action === 'revoke' ? 'Key revoked' : 'Keys rotated',
            message:
              result.revoked.length > 0
                ? `${result.current.kid} signs new tokens. Tokens signed with ${result.revoked.map((k) => k.kid).join(' and ')} no longer verify.`
                : `${result.current.kid} signs new tokens.`,
          });
          onClose();
        },
      },
    );
  };

  if (preview.isPending) {
    return (
      <Group gap="sm" py="md">
        <Loader size="sm" />
        <Text size="sm">Checking what would change…</Text>
      </Group>
    );
  }
  if (preview.isError) {
    return (
      <Stack gap="md">
        <FormError message={preview.error.message} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
        </Group>
      </Stack>
    );
  }

  const p = preview.data;
  const danger = p.stops_verifying.length > 0;
  return (
    <Stack gap="md">
      <List spacing="xs" size="sm" center>
        {action !== 'revoke' && (
          <List.Item icon={<IconKey size={16} aria-hidden />}>
            Key <Code>{p.becomes_current}</Code> becomes the current key and signs new tokens.
          </List.Item>
        )}
        {action === 'rotate' && (
          <List.Item icon={<IconCircleCheck size={16} color="var(--mantine-color-green-filled)" aria-hidden />}>
            Tokens signed with key <Code>{currentKid}</Code> keep verifying: it becomes the previous key and stays in the JWKS.
          </List.Item>
        )}
        {action === 'revoke' && (
          <List.Item icon={<IconKey size={16} aria-hidden />}>
            Key <Code>{p.becomes_current}</Code> stays the current key.
          </List.Item>
        )}
      </List>
      {danger ? (
        <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title="Tokens will stop verifying">
          <Stack gap={4}>
            {p.stops_verifying.map((k) => (
              <Text size="sm" key={k.kid}>
                Tokens signed with key <Code>{k.kid}</Code> ({k.state}) will stop verifying.
              </Text>
            ))}
          </Stack>
        </Alert>
      ) : (
        <Text size="sm">No key stops verifying: every token issued so far stays valid.</Text>
      )}
      <FormError message={change.error?.message ?? null} />
      <Group justify="flex-end" gap="sm">
        {/* "Cancel" even after a conflict: the modal's own X is already named "Close". */}
        <Button variant="default" onClick={onClose} data-autofocus>
          Cancel
        </Button>
        {!conflict && (
          <Button color={danger ? 'red' : undefined} loading={change.isPending} onClick={() => confirm(p)}>
            {ACTION_LABELS[action]}
          </Button>
        )}
      </Group>
    </Stack>
  );
}

/** The current key, read when a dialog opens. */
export function currentKidOf(keys: SigningKeyView[] | undefined): string | undefined {
  return keys?.find((k) => k.state === 'current')?.kid;
}
