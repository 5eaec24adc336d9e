import { Alert, Checkbox, Grid, Group, Paper, Select, Stack, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo } from 'react';
import { useSignToken } from '../../../workbench/queries-debugger';
import { Busy } from '../shared/Busy';
import { EncodedOutput } from './EncodedOutput';
import {
  ENCODE_ALGORITHMS,
  errorPlace,
  localProblem,
  signArgs,
  type EncodeAlgorithm,
  type EncodeState,
} from './encodeState';
import { JsonEditor } from './JsonEditor';
import { parseJson } from './parseJson';
import { SigningKeyFields } from './SigningKeyFields';

/** Long enough that typing a payload does not sign every keystroke; short enough to feel live. */
const DEBOUNCE_MS = 300;

/** Header and payload in, signed token out, updated as the user types. */
interface EncodeTabProps {
  /** Kept by the page, so that it survives a visit to the Decode tab. */
  state: EncodeState;
  onChange: (patch: Partial<EncodeState>) => void;
  onOpenInDecode: (token: string) => void;
}

export function EncodeTab({ state, onChange, onOpenInDecode }: EncodeTabProps) {
  const header = useMemo(() => parseJson(state.header), [state.header]);
  const payload = useMemo(() => parseJson(state.payload), [state.payload]);
  const problem = localProblem(state, header, payload);
  const args = useMemo(() => signArgs(state, header, payload), [state, header, payload]);
  const [debounced] = useDebouncedValue(args, DEBOUNCE_MS);
  const sign = useSignToken(debounced);

  // An error belongs to the arguments it answered; once they change, it waits for the new answer.
  const error = args !== null && args === debounced ? sign.error : null;
  const place = errorPlace(error?.field);
  const errorAt = (p: typeof place) => (error && place === p ? error.message : null);
  const waiting = problem ?? (error ? 'No token: see the error above.' : null);

  return (
    <Grid gap="xl">
      <Grid.Col span={{ base: 12, md: 6 }}>
        <Stack gap="md">
          <JsonEditor
            label="Header"
            description="alg is set from the Algorithm field; kid from the key when it has one."
            value={state.header}
            onChange={(v) => onChange({ header: v })}
            parsed={header}
            serverError={errorAt('header')}
          />
          <JsonEditor
            label="Payload"
            value={state.payload}
            onChange={(v) => onChange({ payload: v })}
            parsed={payload}
            serverError={errorAt('payload')}
          />
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 6 }}>
        <Stack gap="md">
          <Select
            label="Algorithm"
            data={ENCODE_ALGORITHMS.map((a) => ({ value: a, label: a === 'none' ? 'none (unsigned)' : a }))}
            value={state.alg}
            onChange={(v) => v !== null && onChange({ alg: v as EncodeAlgorithm })}
            allowDeselect={false}
            error={errorAt('alg')}
            maw={260}
          />
          {state.alg === 'none' ? (
            <Checkbox
              label="I understand this token is unsigned and insecure"
              description="Anyone can forge an unsigned token; careful APIs reject it."
              checked={state.unsignedConfirmed}
              onChange={(e) => onChange({ unsignedConfirmed: e.currentTarget.checked })}
              color="red"
            />
          ) : (
            <SigningKeyFields state={state} onChange={onChange} keyError={errorAt('key')} passwordError={errorAt('password')} />
          )}
          {errorAt('general') && (
            <Alert color="red" variant="light" title="Could not sign">
              {errorAt('general')}
            </Alert>
          )}
          <Paper withBorder radius="md" p="md">
            <Stack gap="xs">
              <Group justify="space-between">
                <Title order={2} fz="md">
                  Result
                </Title>
                <Busy busy={args !== null && (sign.isFetching || args !== debounced)} label="Signing…" />
              </Group>
              <EncodedOutput
                result={args === null ? undefined : sign.data}
                waiting={waiting}
                stale={sign.isPlaceholderData || args !== debounced}
                onOpenInDecode={onOpenInDecode}
              />
            </Stack>
          </Paper>
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
