import { Alert } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';

/** An error that belongs to no single field, shown inside the dialog that caused it. */
export function FormError({ message }: { message: string | null }) {
  if (message === null) return null;
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />}>
      {message}
    </Alert>
  );
}
