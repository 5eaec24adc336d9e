import { ActionIcon, CopyButton, TextInput, Tooltip, type TextInputProps } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { monospaceInput } from './monospace';

/** The copy icon button used next to every value a developer pastes elsewhere. */
export function CopyIconButton({ value, label }: { value: string; label: string }) {
  return (
    <CopyButton value={value} timeout={1500}>
      {({ copied, copy }) => (
        <Tooltip label={copied ? 'Copied' : label} withArrow position="top">
          <ActionIcon variant="subtle" color={copied ? 'teal' : 'gray'} onClick={copy} aria-label={label}>
            {copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
          </ActionIcon>
        </Tooltip>
      )}
    </CopyButton>
  );
}

interface CopyFieldProps extends Omit<TextInputProps, 'value' | 'readOnly' | 'rightSection'> {
  label: string;
  value: string;
  monospace?: boolean;
}

/** A read-only value with a copy button: ids, client ids, identifiers. */
export function CopyField({ label, value, monospace = true, ...props }: CopyFieldProps) {
  return (
    <TextInput
      {...props}
      label={label}
      value={value}
      readOnly
      // Filled, unlike editable fields, so read-only values read as such at a glance.
      variant="filled"
      spellCheck={false}
      rightSection={<CopyIconButton value={value} label={`Copy ${label}`} />}
      rightSectionPointerEvents="all"
      styles={monospace ? monospaceInput : undefined}
    />
  );
}
