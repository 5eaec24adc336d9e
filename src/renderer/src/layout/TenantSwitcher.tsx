import { Box, Group, Loader, Menu, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconSelector, IconSettings } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { asWorkbenchError } from '../workbench/errors';
import { useCurrentTenant, useSwitchTenant, useTenants } from '../workbench/queries';
import classes from './TenantSwitcher.module.css';

/**
 * The current tenant, always in the header, because every page works on it. Opening it lists the
 * tenants to switch to and leads to Settings to manage them.
 */
export function TenantSwitcher() {
  const current = useCurrentTenant();
  const tenants = useTenants();
  const switchTenant = useSwitchTenant();
  const navigate = useNavigate();

  const onSwitch = (tenant: string, domain: string) => {
    switchTenant.mutate(
      { tenant },
      {
        onSuccess: () => notifications.show({ message: `Switched to ${domain}` }),
        onError: (error) =>
          notifications.show({ color: 'red', title: 'Could not switch tenant', message: asWorkbenchError(error).message }),
      },
    );
  };

  if (current.isError) {
    return (
      <Text size="sm" c="red">
        Current tenant unavailable
      </Text>
    );
  }

  return (
    <Menu position="bottom-end" width={320} shadow="md" withinPortal>
      <Menu.Target>
        <UnstyledButton className={classes.target} disabled={current.data === undefined}>
          <Group gap="sm" wrap="nowrap">
            <Box miw={0} ta="right">
              <VisuallyHidden>Tenant: </VisuallyHidden>
              {current.data === undefined ? (
                <Text size="sm">Loading…</Text>
              ) : (
                <TenantLabel name={current.data.name} domain={current.data.domain} strong />
              )}
            </Box>
            {switchTenant.isPending ? <Loader size={14} /> : <IconSelector size={16} stroke={1.6} aria-hidden />}
          </Group>
        </UnstyledButton>
      </Menu.Target>

      <Menu.Dropdown>
        <Menu.Label>Switch tenant</Menu.Label>
        {tenants.isPending && <Menu.Item disabled>Loading tenants…</Menu.Item>}
        {tenants.isError && <Menu.Item disabled>Could not load tenants</Menu.Item>}
        {tenants.data?.map((tenant) => (
          <Menu.Item
            key={tenant.id}
            onClick={() => (tenant.current ? undefined : onSwitch(tenant.id, tenant.domain))}
            leftSection={
              <IconCheck size={16} aria-hidden style={{ visibility: tenant.current ? 'visible' : 'hidden' }} />
            }
          >
            <TenantLabel name={tenant.name} domain={tenant.domain} strong={tenant.current} />
            {tenant.current && <VisuallyHidden> (current)</VisuallyHidden>}
          </Menu.Item>
        ))}
        <Menu.Divider />
        <Menu.Item leftSection={<IconSettings size={16} aria-hidden />} onClick={() => navigate('/settings')}>
          Manage tenants…
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

/** Name over domain; a tenant never renamed is named after its domain, shown once. */
function TenantLabel({ name, domain, strong }: { name: string; domain: string; strong: boolean }) {
  return (
    <>
      {name !== domain && (
        <Text size="sm" fw={strong ? 600 : 400} truncate="end">
          {name}
        </Text>
      )}
      <Text
        size={name !== domain ? 'xs' : 'sm'}
        c={name !== domain ? 'dimmed' : undefined}
        fw={name === domain && strong ? 600 : 400}
        ff="monospace"
        truncate="end"
      >
        {domain}
      </Text>
    </>
  );
}
