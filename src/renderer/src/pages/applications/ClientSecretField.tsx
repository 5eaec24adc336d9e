import { Code, Text } from '@mantine/core';
import { RevealableSecretField } from '../../components/RevealableSecretField';
import { useRevealSecret, useRotateSecret } from '../../workbench/queries';

/** An application's client secret: revealed only on request, rotated after a confirmation. */
export function ClientSecretField({ clientId, appName }: { clientId: string; appName: string }) {
  const reveal = useRevealSecret();
  const rotate = useRotateSecret();
  return (
    <RevealableSecretField
      label="Client Secret"
      description="Keep it on your backend only. Together with the Client ID it gets tokens."
      reveal={async () => (await reveal.mutateAsync({ app: clientId })).client_secret}
      revealing={reveal.isPending}
      rotate={async () => (await rotate.mutateAsync({ app: clientId })).client_secret}
      rotating={rotate.isPending}
      rotateTitle="Rotate client secret"
      rotateConfirmLabel="Rotate"
      rotatedMessage={`${appName} has a new client secret.`}
      rotateWarning={
        <>
          <Text>
            A new secret replaces the current one for <strong>{appName}</strong>. The old secret stops working at once: every
            service that uses it fails to get tokens until it is given the new one.
          </Text>
          <Text size="sm" c="dimmed">
            Client ID <Code>{clientId}</Code>
          </Text>
        </>
      }
    />
  );
}
