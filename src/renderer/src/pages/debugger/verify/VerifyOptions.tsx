import { Button, Collapse, MultiSelect, NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useId } from 'react';
import { JWS_ALGORITHM_NAMES } from '../../../../../shared/jwt';
import { countSet, type VerifyOptionsState } from './verifyOptions';

interface VerifyOptionsProps {
  value: VerifyOptionsState;
  onChange: (patch: Partial<VerifyOptionsState>) => void;
  /** Placeholders from the token, so the user sees what would be compared. */
  tokenIss: string | null;
  tokenAud: string | null;
}

/** Expected claims, allowed algorithms, clock tolerance and a settable "now", folded away by default. */
export function VerifyOptions({ value, onChange, tokenIss, tokenAud }: VerifyOptionsProps) {
  const set = countSet(value);
  const [opened, { toggle }] = useDisclosure(set > 0);
  const regionId = useId();
  return (
    <Stack gap="xs">
      <Button
        variant="subtle"
        size="compact-sm"
        px={4}
        w="fit-content"
        onClick={toggle}
        aria-expanded={opened}
        aria-controls={regionId}
        leftSection={opened ? <IconChevronDown size={16} aria-hidden /> : <IconChevronRight size={16} aria-hidden />}
      >
        Options{set > 0 ? ` (${set} set)` : ''}
      </Button>
      <Collapse expanded={opened} id={regionId}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="sm">
          <TextInput
            label="Expected issuer"
            placeholder={tokenIss ?? 'https://issuer.example.com/'}
            value={value.iss}
            onChange={(e) => onChange({ iss: e.currentTarget.value })}
            spellCheck={false}
          />
          <TextInput
            label="Expected audience"
            placeholder={tokenAud ?? 'https://api.example.com'}
            value={value.aud}
            onChange={(e) => onChange({ aud: e.currentTarget.value })}
            spellCheck={false}
          />
          <MultiSelect
            label="Allowed algorithms"
            placeholder={value.algorithms.length === 0 ? 'Any that fits the key' : undefined}
            data={[...JWS_ALGORITHM_NAMES]}
            value={value.algorithms}
            onChange={(algorithms) => onChange({ algorithms })}
            clearable
            searchable
          />
          <TextInput
            label="Expected typ"
            placeholder="JWT or at+jwt"
            value={value.typ}
            onChange={(e) => onChange({ typ: e.currentTarget.value })}
            spellCheck={false}
          />
          <NumberInput
            label="Clock tolerance (seconds)"
            placeholder="0"
            min={0}
            max={31_536_000}
            allowDecimal={false}
            allowNegative={false}
            value={value.tolerance}
            onChange={(tolerance) => onChange({ tolerance })}
          />
          <TextInput
            type="datetime-local"
            label="Now"
            description="Empty: the real time."
            step={1}
            value={value.now}
            onChange={(e) => onChange({ now: e.currentTarget.value })}
          />
        </SimpleGrid>
      </Collapse>
    </Stack>
  );
}
