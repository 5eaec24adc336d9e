import { Grid, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useDeferredValue, useMemo } from 'react';
import { decodeToken } from '../../../../../shared/jwt';
import { FindingList } from '../shared/FindingList';
import { useNow } from '../shared/useNow';
import { DecryptPanel } from '../verify/DecryptPanel';
import type { KeyState } from '../verify/keySource';
import { VerifyPanel } from '../verify/VerifyPanel';
import { nowOf, type VerifyOptionsState } from '../verify/verifyOptions';
import { ClaimsTable } from './ClaimsTable';
import { DecodedParts } from './DecodedParts';
import { DecodeStatus } from './DecodeStatus';
import { TokenInput } from './TokenInput';
import { TokenParts, tokenPartsClasses } from './TokenParts';

interface DecodeTabProps {
  token: string;
  onTokenChange: (token: string) => void;
  remember: boolean;
  onRememberChange: (remember: boolean) => void;
  /** Kept by the page, so that they survive a visit to the Encode tab. */
  keyState: KeyState;
  onKeyChange: (patch: Partial<KeyState>) => void;
  options: VerifyOptionsState;
  onOptionsChange: (patch: Partial<VerifyOptionsState>) => void;
}

function Welcome() {
  return (
    <Paper withBorder radius="md" p="lg">
      <Title order={2} fz="md" mb="xs">
        The decoded header and payload appear here
      </Title>
      <List size="sm" spacing={6}>
        <List.Item>“Bearer ” prefixes, quotes, line breaks and base64 padding are removed and reported.</List.Item>
        <List.Item>Broken tokens are decoded as far as they go, with what is wrong and where.</List.Item>
        <List.Item>
          Verify with a secret, a PEM key or certificate, a JWK, a JWKS, a JWKS URL, issuer discovery or the
          workspace’s own keys.
        </List.Item>
        <List.Item>Nothing leaves this machine unless you click Fetch or Discover.</List.Item>
      </List>
    </Paper>
  );
}

/** Paste a token: its parts, decoded JSON, findings, verification (or decryption) and claims. */
export function DecodeTab(props: DecodeTabProps) {
  const { token, onTokenChange, remember, onRememberChange, keyState, onKeyChange, options, onOptionsChange } = props;
  // Typing stays responsive whatever the size: decoding follows at React's pace.
  const input = useDeferredValue(token);
  const decoded = useMemo(() => decodeToken(input), [input]);
  const now = useNow(nowOf(options));
  const hasInput = decoded.status !== 'empty';

  return (
    <Stack gap="xl" className={tokenPartsClasses.root}>
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack gap="md">
            <TokenInput value={token} onChange={onTokenChange} remember={remember} onRememberChange={onRememberChange} />
            {hasInput && <DecodeStatus decoded={decoded} />}
            {decoded.parts.length > 0 && <TokenParts input={input} decoded={decoded} />}
            {hasInput && (
              <section aria-label="Findings">
                <Title order={2} fz="md" mb={6}>
                  Findings
                </Title>
                {decoded.findings.length > 0 ? (
                  <FindingList findings={decoded.findings} aria-label="Decoding findings" />
                ) : (
                  <Text size="sm">No problems found.</Text>
                )}
              </section>
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>{hasInput ? <DecodedParts decoded={decoded} /> : <Welcome />}</Grid.Col>
      </Grid>
      {decoded.kind === 'jwe' ? (
        <DecryptPanel decoded={decoded} keyState={keyState} onKeyChange={onKeyChange} onOpenToken={onTokenChange} />
      ) : (
        <VerifyPanel
          decoded={decoded}
          keyState={keyState}
          onKeyChange={onKeyChange}
          options={options}
          onOptionsChange={onOptionsChange}
        />
      )}
      {decoded.payload && <ClaimsTable payload={decoded.payload} now={now} />}
    </Stack>
  );
}
