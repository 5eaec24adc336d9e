import { Alert, Button } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { asWorkbenchError } from '../workbench/errors';

interface LoadErrorProps {
  /** What could not be loaded, e.g. "APIs". */
  what: string;
  error: unknown;
  onRetry?: () => void;
}

/** A failed query, said plainly where its data would have been, with a way to try again. */
export function LoadError({ what, error, onRetry }: LoadErrorProps) {
  return (
    <Alert color="red" variant="light" title={`Could not load ${what}`} icon={<IconAlertTriangle aria-hidden />}>
      {asWorkbenchError(error).message}
      {onRetry !== undefined && (
        <Button display="block" mt="sm" size="xs" variant="default" onClick={onRetry}>
          Try again
        </Button>
      )}
    </Alert>
  );
}
