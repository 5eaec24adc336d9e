import { Title } from '@mantine/core';
import { useMemo } from 'react';
import { CopyIconButton } from '../../../components/CopyField';
import { highlightJson } from './highlightJson';
import classes from './JsonView.module.css';

interface JsonViewProps {
  /** The heading ("Header", "Payload"), also the name of the copy button. */
  title: string;
  /** Draws the title like its part in the coloured token (colour and underline style). */
  titleClassName?: string;
  /** Text shown as is; highlighted when `json` (it must then be JSON text). */
  text: string;
  json?: boolean;
  /** Badges or buttons at the right of the heading. */
  extra?: React.ReactNode;
  /** The heading level where the block sits in the page outline. */
  order?: 2 | 3 | 4;
}

/**
 * A titled, copyable, highlighted JSON block; focusable so that it scrolls with the keyboard.
 * Deliberately not labelled by its title: "Header" and "Payload" are the Encode tab's field
 * labels, and a second element named so would make them ambiguous to find.
 */
export function JsonView({ title, titleClassName, text, json = true, extra, order = 3 }: JsonViewProps) {
  const html = useMemo(() => (json ? highlightJson(text) : null), [json, text]);
  return (
    <div className={classes.block}>
      <div className={classes.header}>
        <Title order={order} fz="sm" fw={600}>
          <span className={titleClassName}>{title}</span>
        </Title>
        <div style={{ display: 'flex', alignItems: 'center', gap: 4 }}>
          {extra}
          <CopyIconButton value={text} label={`Copy ${title.toLowerCase()}`} />
        </div>
      </div>
      {html === null ? (
        <pre className={classes.pre} tabIndex={0}>
          {text}
        </pre>
      ) : (
        // highlight.js escapes the text; the markup it adds is spans with classes only.
        <pre className={classes.pre} tabIndex={0}>
          <code dangerouslySetInnerHTML={{ __html: html }} />
        </pre>
      )}
    </div>
  );
}
