import { Code, Text } from '@mantine/core';
import type { Api } from '../../../../../shared/domain/api';
import { RevealableSecretField } from '../../../components/RevealableSecretField';
import { useRevealSigningSecret, useRotateSigningSecret } from '../../../workbench/queries-tokens';

/** An HS256 API's signing secret: whoever holds it can both verify and forge this API's tokens. */
export function SigningSecretField({ api }: { api: Api }) {
  const reveal = useRevealSigningSecret();
  const rotate = useRotateSigningSecret();
  return (
    <RevealableSecretField
      label="Signing Secret"
      description="Signs and verifies this API's HS256 tokens. Anyone who has it can forge tokens for this API: give it only to the API that verifies them."
      reveal={async () => (await reveal.mutateAsync({ api: api.id })).signing_secret}
      revealing={reveal.isPending}
      rotate={async () => (await rotate.mutateAsync({ api: api.id })).signing_secret}
      rotating={rotate.isPending}
      rotateTitle="Rotate signing secret"
      rotateConfirmLabel="Rotate secret"
      rotatedMessage={`${api.name} has a new signing secret.`}
      rotateWarning={
        <>
          <Text>
            A new secret replaces the current one for <strong>{api.name}</strong>. Tokens signed with the old secret stop
            verifying at once, and every service that verifies this API&apos;s tokens must be given the new secret.
          </Text>
          <Text size="sm" c="dimmed">
            Identifier <Code style={{ wordBreak: 'break-all' }}>{api.identifier}</Code>
          </Text>
        </>
      }
    />
  );
}
