import { Badge, Group } from '@mantine/core';
import type { DecodedToken } from '../../../../../shared/jwt';

const STATUS = {
  decoded: { label: 'Decoded', color: 'teal' },
  partial: { label: 'Partly decoded', color: 'orange' },
  failed: { label: 'Not decoded', color: 'red' },
  too_large: { label: 'Too large', color: 'red' },
  empty: { label: 'Empty', color: 'gray' },
} as const;

const KIND = { jws: 'JWS (signed)', jwe: 'JWE (encrypted)', unknown: 'Not a JWT' } as const;

/** What the decoder made of the input, in words: kind, parts, algorithm, outcome. */
export function DecodeStatus({ decoded }: { decoded: DecodedToken }) {
  const status = STATUS[decoded.status];
  return (
    <Group gap={6} aria-label="Decoding summary" role="group">
      <Badge color={status.color} variant="light">
        {status.label}
      </Badge>
      {decoded.segmentCount > 0 && (
        <Badge color="gray" variant="outline">
          {KIND[decoded.kind]}
        </Badge>
      )}
      {decoded.segmentCount > 0 && (
        <Badge color="gray" variant="outline">
          {decoded.segmentCount} part{decoded.segmentCount === 1 ? '' : 's'}
        </Badge>
      )}
      {decoded.alg !== null && (
        <Badge color={decoded.alg.toLowerCase() === 'none' ? 'red' : 'gray'} variant="outline" tt="none">
          alg {decoded.alg}
        </Badge>
      )}
    </Group>
  );
}
