import { Alert, Anchor, Group, Skeleton, Stack, Tabs, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconAlertTriangle, IconArrowLeft } from '@tabler/icons-react';
import { Link, Navigate, Outlet, useMatch, useNavigate, useParams } from 'react-router';
import type { Api } from '../../../../shared/domain/api';
import { CopyIconButton } from '../../components/CopyField';
import { LoadError } from '../../components/LoadError';
import { asWorkbenchError } from '../../workbench/errors';
import { useApi } from '../../workbench/queries';
import { API_TABS, apiTabUrl, type ApiOutletContext, type ApiTabPath } from './apiTabs';
import { SigningAlgorithmBadge } from './SigningAlgorithmBadge';

/** `/apis/:apiId/:tab`: the API's header and its tabs, each tab a route of its own. */
export function ApiPage() {
  const { apiId = '' } = useParams();
  const tab = useMatch('/apis/:apiId/:tab')?.params.tab;
  const navigate = useNavigate();
  const api = useApi(apiId);

  if (tab === undefined || !API_TABS.some((t) => t.path === tab)) {
    return <Navigate to={apiTabUrl(apiId, 'quick-start')} replace />;
  }

  return (
    <>
      <BackToApis />
      {api.isError ? (
        asWorkbenchError(api.error).code === 'not_found' ? (
          <Missing />
        ) : (
          <LoadError what="this API" error={api.error} onRetry={() => void api.refetch()} />
        )
      ) : api.data === undefined ? (
        <HeaderSkeleton />
      ) : (
        <>
          <ApiHeader api={api.data} />
          <Tabs
            value={tab}
            // Tabs are addresses: they survive a reload, and going back returns to the previous tab.
            onChange={(next) => next !== null && void navigate(apiTabUrl(apiId, next as ApiTabPath))}
            keepMounted={false}
          >
            <Tabs.List>
              {API_TABS.map((t) => (
                <Tabs.Tab key={t.path} value={t.path}>
                  {t.label}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            {API_TABS.map((t) => (
              <Tabs.Panel key={t.path} value={t.path} pt="lg">
                {t.path === tab && <Outlet context={{ api: api.data } satisfies ApiOutletContext} />}
              </Tabs.Panel>
            ))}
          </Tabs>
        </>
      )}
    </>
  );
}

function BackToApis() {
  return (
    <Anchor
      component={Link}
      to="/apis"
      size="sm"
      c="dimmed"
      mb="xs"
      display="inline-flex"
      style={{ alignItems: 'center', gap: 4 }}
    >
      <IconArrowLeft size={14} aria-hidden /> Back to APIs
    </Anchor>
  );
}

function ApiHeader({ api }: { api: Api }) {
  useDocumentTitle(`${api.name} · APIs · Token Workbench`);
  return (
    <Stack gap={6} mb="lg">
      <Group gap="sm" wrap="nowrap" align="center">
        <Title order={1} fz={28} fw={600} style={{ overflowWrap: 'anywhere' }}>
          {api.name}
        </Title>
        <SigningAlgorithmBadge alg={api.signing_alg} />
      </Group>
      <Group gap={4} wrap="nowrap">
        <Text c="dimmed" size="sm" component="span">
          Identifier
        </Text>
        <Text ff="monospace" size="sm" component="span" style={{ wordBreak: 'break-all' }}>
          {api.identifier}
        </Text>
        <CopyIconButton value={api.identifier} label="Copy identifier" />
      </Group>
    </Stack>
  );
}

function HeaderSkeleton() {
  return (
    <Stack gap="sm" mb="lg" aria-busy aria-label="Loading API">
      <Skeleton height={30} width="40%" />
      <Skeleton height={16} width="55%" />
      <Skeleton height={36} mt="md" />
    </Stack>
  );
}

function Missing() {
  useDocumentTitle('API not found · Token Workbench');
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      title="This API does not exist"
      mt="md"
    >
      It may have been deleted, or it belongs to another tenant.{' '}
      <Anchor component={Link} to="/apis" size="sm">
        Go to APIs
      </Anchor>
      .
    </Alert>
  );
}
