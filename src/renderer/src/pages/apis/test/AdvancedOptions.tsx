import {
  Badge,
  Button,
  Checkbox,
  Collapse,
  Group,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useId } from 'react';
import type { Api } from '../../../../../shared/domain/api';
import classes from './Test.module.css';
import { countChanged, EMPTY_ADVANCED, type AdvancedField, type AdvancedValues } from './advancedOptions';
import { monospaceInput } from '../../../components/monospace';


interface AdvancedOptionsProps {
  api: Api;
  values: AdvancedValues;
  errors: Partial<Record<AdvancedField, string>>;
  onChange: <K extends AdvancedField>(field: K, value: AdvancedValues[K]) => void;
  onReset: () => void;
  opened: boolean;
  onToggle: () => void;
}

/** Overrides for tests, beyond what the token endpoint takes: collapsed, since most tokens need none. */
export function AdvancedOptions({
  api,
  values,
  errors,
  onChange,
  onReset,
  opened,
  onToggle,
}: AdvancedOptionsProps) {
  const panelId = useId();
  const changed = countChanged(values);
  const rfc9068 = api.token_dialect.startsWith('rfc9068');

  return (
    <Stack gap="xs">
      <Group gap="xs">
        <Button
          variant="subtle"
          color="gray"
          px={6}
          onClick={onToggle}
          aria-expanded={opened}
          aria-controls={panelId}
          leftSection={
            opened ? <IconChevronDown size={16} aria-hidden /> : <IconChevronRight size={16} aria-hidden />
          }
        >
          Advanced options
        </Button>
        {/* Outside the button, so its name stays "Advanced options"; says why a token may not look standard. */}
        {changed > 0 && (
          <Badge variant="filled" color="yellow" autoContrast radius="sm">
            {changed} set
          </Badge>
        )}
      </Group>
      <Collapse expanded={opened} id={panelId} keepMountedMode="display-none">
        <Stack
          gap="md"
          pl="md"
          pb="xs"
          style={{ borderLeft: '2px solid var(--mantine-color-default-border)' }}
        >
          <Text size="sm" c="dimmed" maw={760}>
            For tests only: the token endpoint takes none of these, so the request above stays the same. Leave
            a field empty to get what the token endpoint would issue.
          </Text>
          <Textarea
            label="Extra claims (JSON)"
            description='A JSON object whose claims are added to the token, e.g. {"org_id": "org_123", "roles": ["admin"]}.'
            placeholder={'{\n  "org_id": "org_123"\n}'}
            value={values.claims}
            onChange={(e) => onChange('claims', e.currentTarget.value)}
            error={errors.claims}
            autosize
            minRows={3}
            maxRows={14}
            spellCheck={false}
            autoComplete="off"
            styles={monospaceInput}
          />
          <Checkbox
            label="Override registered claims"
            description="Lets the extra claims replace iss, sub, aud, exp, nbf, iat and jti. Validators rely on these claims to decide whether to trust a token: a changed value makes it fail, or pass where it should not."
            checked={values.allowRegisteredOverride}
            onChange={(e) => onChange('allowRegisteredOverride', e.currentTarget.checked)}
            color="orange"
            classNames={{ description: classes.warning }}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="md">
            <NumberInput
              label="Lifetime (seconds)"
              description={`exp − iat. Empty: the API's Token Expiration (${api.token_lifetime.toLocaleString('en-US')}).`}
              placeholder={String(api.token_lifetime)}
              value={values.lifetime}
              onChange={(v) => onChange('lifetime', v)}
              error={errors.lifetime}
              min={0}
              // Out-of-range input is reported by the host, not silently corrected.
              clampBehavior="none"
              allowDecimal={false}
              allowNegative={false}
              hideControls
              styles={monospaceInput}
            />
            <NumberInput
              label="Not before (seconds after issue)"
              description="Adds nbf = iat + this. Empty: no nbf claim. Negative values put it in the past."
              value={values.notBeforeDelay}
              onChange={(v) => onChange('notBeforeDelay', v)}
              error={errors.notBeforeDelay}
              allowDecimal={false}
              hideControls
              styles={monospaceInput}
            />
            <TextInput
              label="Header typ"
              description={`Empty: ${rfc9068 ? 'at+jwt' : 'JWT'}, as the API's token profile prescribes.`}
              placeholder={rfc9068 ? 'at+jwt' : 'JWT'}
              value={values.typ}
              onChange={(e) => onChange('typ', e.currentTarget.value)}
              error={errors.typ}
              spellCheck={false}
              autoComplete="off"
              styles={monospaceInput}
            />
            <Stack gap={4}>
              <TextInput
                type="datetime-local"
                label="Pretend now"
                description="Mint as if it were this time (your time zone), to get an expired or not-yet-valid token. Empty: now."
                value={values.now}
                onChange={(e) => onChange('now', e.currentTarget.value)}
                error={errors.now}
                // Seconds matter for exp and nbf.
                step={1}
                styles={monospaceInput}
                classNames={{ input: classes.dateInput }}
              />
              {values.now !== '' && (
                <Button
                  variant="subtle"
                  size="compact-xs"
                  onClick={() => onChange('now', '')}
                  style={{ alignSelf: 'flex-start' }}
                >
                  Use the real time
                </Button>
              )}
            </Stack>
          </SimpleGrid>
          <Checkbox
            label="Add a jti"
            description={
              rfc9068
                ? 'This API’s token profile (RFC 9068) always carries a jti; ticking this has no further effect.'
                : 'A random unique token ID (jti claim), for validators that check replays.'
            }
            checked={values.jti}
            onChange={(e) => onChange('jti', e.currentTarget.checked)}
            error={errors.jti}
          />
          {changed > 0 || values.allowRegisteredOverride !== EMPTY_ADVANCED.allowRegisteredOverride ? (
            <Group>
              <Button variant="default" size="xs" onClick={onReset}>
                Reset advanced options
              </Button>
            </Group>
          ) : null}
        </Stack>
      </Collapse>
    </Stack>
  );
}
