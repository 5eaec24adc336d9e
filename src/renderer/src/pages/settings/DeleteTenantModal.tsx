import { Button, Code, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import type { Tenant } from '../../../../shared/domain/tenant';
import { useDeleteTenant } from '../../workbench/queries';
import { monospaceInput } from '../../components/monospace';

interface Props {
  tenant: Tenant | null;
  opened: boolean;
  onClose: () => void;
}

export function DeleteTenantModal({ tenant, opened, onClose }: Props) {
  return (
    <Modal opened={opened} onClose={onClose} title="Delete tenant">
      {tenant !== null && <DeleteTenantForm key={tenant.id} tenant={tenant} onDone={onClose} />}
    </Modal>
  );
}

/** Typing the domain is the confirmation: it makes the user read which tenant is about to go. */
function DeleteTenantForm({ tenant, onDone }: { tenant: Tenant; onDone: () => void }) {
  const deleteTenant = useDeleteTenant();
  const [confirmation, setConfirmation] = useState('');
  const [error, setError] = useState<string | null>(null);
  const confirmed = confirmation === tenant.domain;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!confirmed) return;
    setError(null);
    deleteTenant.mutate(
      { tenant: tenant.id, confirmDomain: confirmation },
      {
        onSuccess: ({ deleted }) => {
          notifications.show({ title: 'Tenant deleted', message: deleted });
          onDone();
        },
        // Whatever the host objects to (e.g. it is the only tenant), the answer belongs under the one field.
        onError: (e) => setError(e.message),
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text>
          This deletes <Code>{tenant.domain}</Code> and everything in it: its APIs, applications, grants and signing keys.
          It cannot be undone.
        </Text>
        <TextInput
          label={`Type ${tenant.domain} to confirm`}
          autoComplete="off"
          spellCheck={false}
          data-autofocus
          value={confirmation}
          onChange={(e) => {
            setConfirmation(e.currentTarget.value);
            setError(null);
          }}
          error={error}
          styles={monospaceInput}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" color="red" disabled={!confirmed} loading={deleteTenant.isPending}>
            Delete tenant
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
