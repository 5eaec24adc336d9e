import { Alert, Button, Checkbox, Group, NumberInput, Paper, Select, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconPlayerPlay, IconPlayerStop } from '@tabler/icons-react';
import { useId, useState } from 'react';
import type { IssuerStatus } from '../../../../shared/contract/contract';
import { FormError } from '../../components/FormError';
import { useCurrentTenant, useTenants } from '../../workbench/queries';
import { useSetIssuerStartWithApp, useStartIssuer, useStopIssuer } from '../../workbench/queries-issuer';
import { DEFAULT_HOST, DEFAULT_PORT, isLoopbackAddress } from './networkAccess';

const HOST_SUGGESTIONS = [
  { value: '127.0.0.1', label: 'This machine only (IPv4)' },
  { value: '::1', label: 'This machine only (IPv6)' },
  { value: '0.0.0.0', label: 'Every network interface' },
];

interface Values {
  port: number | string;
  host: string;
  tenant: string | null;
  allowNetworkAccess: boolean;
}

/** Where the issuer listens and which tenant it serves; Start (again) applies the form. */
export function IssuerForm({ status }: { status: IssuerStatus }) {
  const tenants = useTenants();
  const currentTenant = useCurrentTenant().data;
  const start = useStartIssuer();
  const stop = useStopIssuer();
  const setStartWithApp = useSetIssuerStartWithApp();
  const [formError, setFormError] = useState<string | null>(null);
  const hostListId = useId();
  const settings = status.settings;

  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      port: settings.port,
      host: settings.host,
      // The tenant it serves now, else the one it is pinned to, else (null) the current one.
      tenant: status.tenant?.id ?? settings.tenantId,
      allowNetworkAccess: !isLoopbackAddress(settings.host),
    },
    validate: {
      port: (v) =>
        typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 65535 ? 'Port must be a whole number from 0 to 65535.' : null,
      host: (v) => (v.trim() === '' ? 'Bind address is required.' : null),
      allowNetworkAccess: (v, values) =>
        !isLoopbackAddress(values.host) && !v ? 'Confirm that anyone on your network may get tokens, or use 127.0.0.1.' : null,
    },
  });
  const values = form.getValues();
  const exposed = values.host.trim() !== '' && !isLoopbackAddress(values.host);
  const tenantId = values.tenant ?? currentTenant?.id ?? null;

  const submit = form.onSubmit((v) => {
    setFormError(null);
    start.mutate(
      {
        port: v.port as number,
        host: v.host.trim(),
        // Left out for the current tenant, so "start with the app" keeps following the current tenant.
        ...(tenantId === null || (tenantId === currentTenant?.id && settings.tenantId === null) ? {} : { tenant: tenantId }),
        ...(isLoopbackAddress(v.host) ? {} : { allowNetworkAccess: v.allowNetworkAccess }),
      },
      {
        onSuccess: (next) =>
          notifications.show({ color: 'green', title: status.running ? 'Local issuer restarted' : 'Local issuer started', message: next.urls?.issuer ?? '' }),
        onError: (error) => {
          if (error.field === 'port' || error.field === 'host' || error.field === 'tenant') form.setFieldError(error.field, error.message);
          else setFormError(error.message);
        },
      },
    );
  });

  const onStop = () => {
    setFormError(null);
    stop.mutate(undefined, { onError: (error) => setFormError(error.message) });
  };

  return (
    <Paper withBorder radius="md" p="lg" component="form" onSubmit={submit} noValidate aria-label="Local issuer settings">
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <NumberInput
            label="Port"
            description={`${DEFAULT_PORT} by default; 0 picks a free port.`}
            min={0}
            max={65535}
            allowDecimal={false}
            allowNegative={false}
            thousandSeparator={false}
            hideControls
            {...form.getInputProps('port')}
          />
          {/* A native suggestion list: the field keeps one accessible name and accepts any address. */}
          <TextInput
            label="Bind address"
            description={`${DEFAULT_HOST}: only this machine can connect.`}
            list={hostListId}
            spellCheck={false}
            autoComplete="off"
            {...form.getInputProps('host')}
          />
          <datalist id={hostListId}>
            {HOST_SUGGESTIONS.map((h) => (
              <option key={h.value} value={h.value} label={h.label} />
            ))}
          </datalist>
          <Select
            label="Tenant"
            description="Whose APIs, applications and keys."
            data={(tenants.data ?? []).map((t) => ({
              value: t.id,
              label: t.current ? `${t.domain} (current)` : t.domain,
            }))}
            value={tenantId}
            onChange={(v) => form.setFieldValue('tenant', v)}
            error={form.errors.tenant}
            allowDeselect={false}
            disabled={tenants.data === undefined}
          />
        </SimpleGrid>

        {exposed && (
          <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />} title="Reachable from the network">
            <Stack gap="sm">
              <span>
                On {values.host.trim()}, anyone who can reach this machine on the network could get tokens for your APIs
                from the issuer, with any application&apos;s credentials they know. Use 127.0.0.1 unless another device
                must reach it.
              </span>
              <Checkbox label="I understand" {...form.getInputProps('allowNetworkAccess', { type: 'checkbox' })} />
            </Stack>
          </Alert>
        )}

        <FormError message={formError} />

        <Group justify="space-between" align="center">
          <Switch
            label="Start with the app"
            description="Start the issuer with these settings whenever Token Workbench starts."
            checked={settings.startWithApp}
            disabled={setStartWithApp.isPending}
            onChange={(e) =>
              setStartWithApp.mutate(
                { startWithApp: e.currentTarget.checked },
                { onError: (error) => setFormError(error.message) },
              )
            }
          />
          <Group gap="sm">
            {status.running && (
              <Button variant="light" color="red" leftSection={<IconPlayerStop size={16} aria-hidden />} loading={stop.isPending} onClick={onStop}>
                Stop
              </Button>
            )}
            <Button type="submit" leftSection={<IconPlayerPlay size={16} aria-hidden />} loading={start.isPending}>
              Start
            </Button>
          </Group>
        </Group>
      </Stack>
    </Paper>
  );
}
