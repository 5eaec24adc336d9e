import { Alert, Badge, Stack, Text } from '@mantine/core';
import { IconShieldCheck, IconShieldQuestion, IconShieldX } from '@tabler/icons-react';
import type { SignatureReason, VerifyResult } from '../../../../../shared/jwt';
import { tone } from '../shared/tone';

/** Why nothing was checked, short enough for the banner's title; the message says the rest. */
const NOT_CHECKED: Partial<Record<SignatureReason, string>> = {
  no_key: 'no key',
  not_fetched: 'keys not fetched yet',
  unknown_kid: 'no key has this kid',
  ambiguous_key: 'several keys could have signed it',
  key_error: 'the key could not be read',
  unsupported_alg: 'unsupported algorithm',
  malformed_token: 'the token cannot be read',
  encrypted: 'the token is encrypted',
};

const INVALID: Partial<Record<SignatureReason, string>> = {
  key_confusion: 'Key confusion',
  alg_none: 'alg none',
  alg_key_mismatch: 'Algorithm does not fit the key',
  malformed_signature: 'Malformed signature',
};

/** The server's message without the words the banner's title already says. */
function detail(result: VerifyResult): string {
  const { status, message } = result.signature;
  if (status === 'verified') return result.key ? `Checked with ${result.key.label}.` : message;
  const prefix = /^Invalid signature:\s*(.)/;
  return message.replace(prefix, (_, c: string) => c.toUpperCase());
}

/** "Signature verified" / "Invalid signature" / "Signature not checked: …", as a live status. */
export function SignatureBanner({ result }: { result: VerifyResult }) {
  const { status, reason } = result.signature;
  const failed = result.checks.filter((c) => c.status === 'failed').map((c) => c.check);
  const look =
    status === 'verified'
      ? { color: 'teal', Icon: IconShieldCheck, title: 'Signature verified' }
      : status === 'invalid'
        ? { color: 'red', Icon: IconShieldX, title: 'Invalid signature' }
        : { color: reason === 'no_key' ? 'gray' : 'yellow', Icon: IconShieldQuestion, title: `Signature not checked: ${NOT_CHECKED[reason] ?? reason.replace(/_/g, ' ')}` };
  const badge = status === 'invalid' ? INVALID[reason] : undefined;
  return (
    <Alert
      color={look.color}
      variant="light"
      icon={<look.Icon aria-hidden />}
      title={look.title}
      // A status, not an alert: it changes as the user types and must not interrupt them.
      role="status"
      aria-live="polite"
    >
      <Stack gap={6}>
        {badge && (
          <Badge color="red" variant="filled" w="fit-content">
            {badge}
          </Badge>
        )}
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {detail(result)}
        </Text>
        {failed.length > 0 && (
          <Text size="sm" fw={600} className={tone('red')}>
            {failed.length === 1 ? 'One claim check failed' : `${failed.length} claim checks failed`}: {failed.join(', ')}.
          </Text>
        )}
      </Stack>
    </Alert>
  );
}
