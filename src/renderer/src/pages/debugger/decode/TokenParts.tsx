import { Text } from '@mantine/core';
import { useId, useMemo, type ReactNode } from 'react';
import type { DecodedToken, Finding, PartRole } from '../../../../../shared/jwt';
import { PART_LABELS, PART_LINES, partClass } from './partStyles';
import classes from './TokenParts.module.css';

/** Findings that point at one character: it is boxed in the view. */
const MARKED_CODES = new Set(['invalid_base64url', 'base64_standard', 'base64_padding', 'base64_noncanonical']);

/** Above this many characters, each run shows its start only: a huge DOM text helps no one. */
const FULL_VIEW_LIMIT = 20_000;
const RUN_HEAD = 2_000;

type RunKind = { kind: 'part'; role: PartRole; index: number } | { kind: 'dot' } | { kind: 'stripped' };

interface Run {
  start: number;
  end: number;
  what: RunKind;
  marker: Finding | null;
}

/** Cuts the pasted text at part boundaries and marked characters. */
function runsOf(input: string, decoded: DecodedToken): Run[] {
  const markers = new Map<number, Finding>();
  for (const f of decoded.findings) {
    if (f.at !== undefined && MARKED_CODES.has(f.code) && f.at < input.length && !markers.has(f.at)) markers.set(f.at, f);
  }
  const cuts = new Set<number>([0, input.length]);
  for (const p of decoded.parts) {
    cuts.add(p.start);
    cuts.add(p.end);
  }
  for (const at of markers.keys()) {
    cuts.add(at);
    cuts.add(at + 1);
  }
  const sorted = [...cuts].filter((c) => c >= 0 && c <= input.length).sort((a, b) => a - b);
  const runs: Run[] = [];
  let partIndex = 0;
  for (let i = 0; i + 1 < sorted.length; i++) {
    const start = sorted[i]!;
    const end = sorted[i + 1]!;
    while (partIndex < decoded.parts.length && decoded.parts[partIndex]!.end <= start) partIndex++;
    const part = decoded.parts[partIndex];
    let what: RunKind;
    if (part !== undefined && part.start <= start && start < part.end) {
      what = { kind: 'part', role: part.role, index: part.index };
    } else {
      const text = input.slice(start, end);
      what = /^[\s.]*\.[\s.]*$/.test(text) ? { kind: 'dot' } : { kind: 'stripped' };
    }
    runs.push({ start, end, what, marker: markers.get(start) ?? null });
  }
  return runs;
}

function runText(input: string, run: Run, clip: boolean): ReactNode {
  const length = run.end - run.start;
  if (!clip || length <= RUN_HEAD) return input.slice(run.start, run.end);
  return (
    <>
      {input.slice(run.start, run.start + RUN_HEAD)}
      <span className={classes.more}> … {(length - RUN_HEAD).toLocaleString()} more characters … </span>
    </>
  );
}

/**
 * The pasted text again, each part in its colour and underline style, what the decoder removed
 * struck through, and the character a finding points at boxed.
 */
export function TokenParts({ input, decoded, caption = 'Token parts' }: { input: string; decoded: DecodedToken; caption?: string }) {
  const captionId = useId();
  const runs = useMemo(() => runsOf(input, decoded), [input, decoded]);
  const clip = input.length > FULL_VIEW_LIMIT;
  const count = decoded.parts.length;
  const hasStripped = runs.some((r) => r.what.kind === 'stripped' && input.slice(r.start, r.end).trim() !== '');
  const hasMarker = runs.some((r) => r.marker !== null);

  return (
    <figure style={{ margin: 0 }}>
      <Text component="figcaption" size="sm" fw={500} mb={4} id={captionId}>
        {caption}
      </Text>
      <div className={classes.view} tabIndex={0} role="region" aria-labelledby={captionId}>
        {runs.map((run) => {
          const text = runText(input, run, clip);
          if (run.what.kind === 'dot') return <span key={run.start} className={classes.dot}>{text}</span>;
          if (run.what.kind === 'stripped') {
            return (
              <span key={run.start} className={classes.stripped} title="Removed before decoding">
                {text}
              </span>
            );
          }
          const { role, index } = run.what;
          const label = `${PART_LABELS[role]} (part ${index + 1} of ${count})`;
          return (
            <span
              key={run.start}
              className={`${partClass(role)} ${run.marker ? classes.problem : ''}`}
              title={run.marker ? run.marker.message : label}
            >
              {text}
            </span>
          );
        })}
      </div>
      <ul className={classes.legend} aria-label="Legend">
        {decoded.parts
          .filter((p) => p.raw !== '' || p.role === 'signature')
          .map((p) => (
            <li key={p.index} className={classes.legendItem}>
              <span className={`${partClass(p.role)} ${classes.swatch}`}>{PART_LABELS[p.role]}</span>{' '}
              <Text span size="xs" c="dimmed">
                {PART_LINES[p.role]}
                {p.byteLength !== null && p.byteLength > 0 ? `, ${p.byteLength.toLocaleString()} bytes` : p.raw === '' ? ', empty' : ''}
              </Text>
            </li>
          ))}
        {hasStripped && (
          <li className={classes.legendItem}>
            <span className={classes.stripped}>Removed</span>{' '}
            <Text span size="xs" c="dimmed">
              struck through
            </Text>
          </li>
        )}
        {hasMarker && (
          <li className={classes.legendItem}>
            <span className={classes.problem}>Problem</span>{' '}
            <Text span size="xs" c="dimmed">
              boxed (see Findings)
            </Text>
          </li>
        )}
      </ul>
    </figure>
  );
}

export { classes as tokenPartsClasses };
