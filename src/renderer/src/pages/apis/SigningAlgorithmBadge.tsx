import { Badge } from '@mantine/core';
import type { SigningAlgorithm } from '../../../../shared/domain/api';

/** HS256 stands out: its tokens are verified with a shared secret, not the tenant's public keys. */
export function SigningAlgorithmBadge({ alg }: { alg: SigningAlgorithm }) {
  return (
    <Badge variant="light" color={alg === 'HS256' ? 'orange' : 'blue'} radius="sm">
      {alg}
    </Badge>
  );
}
