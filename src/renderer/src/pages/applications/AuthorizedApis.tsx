import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { LoadError } from '../../components/LoadError';
import { useApis, useApplicationGrants } from '../../workbench/queries';
import { apiTabUrl } from '../apis/apiTabs';

/** The APIs this application holds a grant for, with the permissions of each grant. */
export function AuthorizedApis({ clientId, canUseClientCredentials }: { clientId: string; canUseClientCredentials: boolean }) {
  const grants = useApplicationGrants(clientId);
  const apis = useApis();
  // Grants name APIs by identifier (the audience); links need the API's id.
  const apiByIdentifier = useMemo(() => new Map(apis.data?.map((api) => [api.identifier, api])), [apis.data]);

  if (grants.isError) return <LoadError what="grants" error={grants.error} onRetry={() => void grants.refetch()} />;
  if (grants.data === undefined) return <Text c="dimmed">Loading…</Text>;
  if (grants.data.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        {canUseClientCredentials
          ? 'Not authorized for any API yet. Authorize it on an API’s Machine to Machine Applications tab.'
          : 'This application cannot use the client credentials grant, so it is not authorized for APIs here.'}
      </Text>
    );
  }

  return (
    <Stack gap="sm">
      {grants.data.map((grant) => {
        const api = apiByIdentifier.get(grant.audience);
        return (
          <Paper key={grant.id} withBorder radius="md" p="sm">
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Stack gap={0} miw={0}>
                {api !== undefined ? (
                  <Anchor component={Link} to={apiTabUrl(api.id, 'machine-to-machine')} fw={500}>
                    {api.name}
                  </Anchor>
                ) : (
                  <Text fw={500}>{grant.audience}</Text>
                )}
                <Text size="xs" c="dimmed" ff="monospace" style={{ wordBreak: 'break-all' }}>
                  {grant.audience}
                </Text>
              </Stack>
              <Text size="xs" c="dimmed">
                {grant.scope.length === 0 ? 'No permissions' : `${grant.scope.length} ${grant.scope.length === 1 ? 'permission' : 'permissions'}`}
              </Text>
            </Group>
            {grant.scope.length > 0 && (
              <Group gap={6} mt="xs">
                {grant.scope.map((scope) => (
                  <Badge key={scope} variant="light" color="gray" radius="sm" tt="none" ff="monospace" fw={500}>
                    {scope}
                  </Badge>
                ))}
              </Group>
            )}
          </Paper>
        );
      })}
    </Stack>
  );
}
