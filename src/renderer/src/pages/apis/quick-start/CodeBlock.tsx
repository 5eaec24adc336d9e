import { Text } from '@mantine/core';
import { useMemo } from 'react';
import { CopyIconButton } from '../../../components/CopyField';
import classes from './CodeBlock.module.css';
import { highlight } from './highlight';
import type { SnippetLanguage } from './snippets';

interface CodeBlockProps {
  /** A file name or "Terminal": what the header shows. */
  title: string;
  code: string;
  language: SnippetLanguage;
}

/** Highlighted, copyable code. The block is focusable so it scrolls sideways with the keyboard. */
export function CodeBlock({ title, code, language }: CodeBlockProps) {
  const html = useMemo(() => (language === 'text' ? null : highlight(code, language)), [code, language]);
  return (
    <figure className={classes.block} style={{ margin: 0 }}>
      <figcaption className={classes.header}>
        <Text size="xs" ff="monospace" c="dimmed" truncate="start">
          {title}
        </Text>
        <CopyIconButton value={code} label={`Copy ${title}`} />
      </figcaption>
      {html === null ? (
        <pre className={classes.pre} tabIndex={0}>
          {code}
        </pre>
      ) : (
        // highlight.js escapes the code; the markup it adds is spans with classes only.
        <pre className={classes.pre} tabIndex={0}>
          <code dangerouslySetInnerHTML={{ __html: html }} />
        </pre>
      )}
    </figure>
  );
}
