import { List, Text } from '@mantine/core';
import type { Finding } from '../../../../../shared/jwt';
import { SEVERITY, StatusIcon } from './severity';
import { tone } from './tone';

const ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Findings, errors first, each with an icon and its severity in words ("Warning: …"). */
export function FindingList({ findings, 'aria-label': label }: { findings: Finding[]; 'aria-label': string }) {
  const sorted = [...findings].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  return (
    <List spacing={6} listStyleType="none" aria-label={label} styles={{ itemWrapper: { alignItems: 'flex-start' } }}>
      {sorted.map((f, i) => {
        const s = SEVERITY[f.severity];
        return (
          <List.Item key={`${f.code}-${i}`} icon={<StatusIcon color={s.color} Icon={s.Icon} />}>
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              <Text span fw={600} inherit className={tone(s.color)}>
                {s.word}:
              </Text>{' '}
              {f.message}
            </Text>
          </List.Item>
        );
      })}
    </List>
  );
}
