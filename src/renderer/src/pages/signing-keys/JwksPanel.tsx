import { Group, Skeleton, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { LoadError } from '../../components/LoadError';
import { useTenantJwks } from '../../workbench/queries-keys';
import { CodeBlock } from '../apis/quick-start/CodeBlock';
import classes from './JwksPanel.module.css';

/** The JWKS exactly as `/.well-known/jwks.json` serves it, for pasting into a validator's config. */
export function JwksPanel({ actions }: { actions?: ReactNode }) {
  const jwks = useTenantJwks();
  return (
    <section aria-labelledby="jwks-heading">
      <Group justify="space-between" align="flex-end" mb="sm">
        <div>
          <Title order={2} id="jwks-heading" fz="lg" fw={600}>
            JWKS
          </Title>
          <Text size="sm" c="dimmed">
            What validators download: the current, next and previous keys. Revoked keys are never in it.
          </Text>
        </div>
        {actions}
      </Group>
      {jwks.isError ? (
        <LoadError what="the JWKS" error={jwks.error} onRetry={() => void jwks.refetch()} />
      ) : jwks.data === undefined ? (
        <Skeleton height={160} radius="md" />
      ) : (
        <div className={classes.jwks}>
          <CodeBlock title="JWKS" code={JSON.stringify(jwks.data, null, 2)} language="json" />
        </div>
      )}
    </section>
  );
}
