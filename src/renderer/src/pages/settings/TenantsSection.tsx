import { Badge, Button, Group, Paper, Skeleton, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { Tenant } from '../../../../shared/domain/tenant';
import { LoadError } from '../../components/LoadError';
import { useSwitchTenant, useTenants } from '../../workbench/queries';
import { CreateTenantModal } from './CreateTenantModal';
import { DeleteTenantModal } from './DeleteTenantModal';
import { RenameTenantModal } from './RenameTenantModal';

type Dialog = 'rename' | 'delete';

export function TenantsSection() {
  const tenants = useTenants();
  const switchTenant = useSwitchTenant();
  const [creating, create] = useDisclosure(false);
  // The target outlives the dialog's closing animation, so its text does not vanish mid-fade.
  const [target, setTarget] = useState<Tenant | null>(null);
  const [dialog, setDialog] = useState<Dialog | null>(null);

  const open = (kind: Dialog, tenant: Tenant) => {
    setTarget(tenant);
    setDialog(kind);
  };
  const close = () => setDialog(null);

  const use = (tenant: Tenant) =>
    switchTenant.mutate(
      { tenant: tenant.id },
      {
        onSuccess: () => notifications.show({ message: `Switched to ${tenant.domain}` }),
        onError: (error) => notifications.show({ color: 'red', title: 'Could not switch tenant', message: error.message }),
      },
    );

  return (
    <section aria-labelledby="tenants-heading">
      <Group justify="space-between" align="flex-end" mb="sm">
        <div>
          <Title order={2} id="tenants-heading" fz="lg" fw={600}>
            Tenants
          </Title>
          <Text size="sm" c="dimmed">
            Each tenant has its own domain (the issuer of its tokens), APIs, applications and signing keys.
          </Text>
        </div>
        <Button variant="default" leftSection={<IconPlus size={16} aria-hidden />} onClick={create.open}>
          Create tenant
        </Button>
      </Group>

      {tenants.isError ? (
        <LoadError what="tenants" error={tenants.error} onRetry={() => void tenants.refetch()} />
      ) : (
        <Paper withBorder radius="md">
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing="sm" horizontalSpacing="md">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Domain</Table.Th>
                  <Table.Th>Name</Table.Th>
                  <Table.Th ta="right">
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {tenants.data === undefined && (
                  <Table.Tr aria-hidden>
                    <Table.Td colSpan={3}>
                      <Skeleton height={14} radius="sm" />
                    </Table.Td>
                  </Table.Tr>
                )}
                {tenants.data?.map((tenant) => (
                  <Table.Tr key={tenant.id}>
                    <Table.Td>
                      <Group gap="sm" wrap="nowrap">
                        <Text ff="monospace" fz="sm">
                          {tenant.domain}
                        </Text>
                        {tenant.current && (
                          <Badge variant="light" size="sm">
                            Current
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td>{tenant.name}</Table.Td>
                    <Table.Td>
                      <Group gap="xs" justify="flex-end" wrap="nowrap">
                        <Button
                          size="xs"
                          variant="default"
                          disabled={tenant.current}
                          loading={switchTenant.isPending && switchTenant.variables.tenant === tenant.id}
                          onClick={() => use(tenant)}
                        >
                          Use
                        </Button>
                        <Button size="xs" variant="default" onClick={() => open('rename', tenant)}>
                          Rename
                        </Button>
                        <Button size="xs" variant="light" color="red" onClick={() => open('delete', tenant)}>
                          Delete
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}

      <CreateTenantModal opened={creating} onClose={create.close} />
      <RenameTenantModal tenant={target} opened={dialog === 'rename'} onClose={close} />
      <DeleteTenantModal tenant={target} opened={dialog === 'delete'} onClose={close} />
    </section>
  );
}
