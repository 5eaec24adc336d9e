import { Alert, Stack } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import type { StorageNotice } from '../../../shared/contract/contract';
import { useWorkspaceStatus } from '../workbench/queries';

const noticeKey = (notice: StorageNotice) => `${notice.file}|${notice.at}`;

/**
 * Storage never resets a file silently: when one could not be read, it was kept aside and the
 * user is told here, on every page, until they dismiss it.
 */
export function StorageNotices() {
  const notices = useWorkspaceStatus().data?.notices ?? [];
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(() => new Set());
  const visible = notices.filter((n) => !dismissed.has(noticeKey(n)));
  if (visible.length === 0) return null;

  return (
    <Stack gap="sm" mb="lg">
      {visible.map((notice) => (
        <Alert
          key={noticeKey(notice)}
          color="yellow"
          variant="light"
          role="alert"
          title="Storage was recovered"
          icon={<IconAlertTriangle aria-hidden />}
          withCloseButton
          style={{ overflowWrap: 'anywhere' }}
          closeButtonLabel="Dismiss"
          onClose={() => setDismissed((previous) => new Set(previous).add(noticeKey(notice)))}
        >
          Token Workbench could not use {notice.file}: {notice.reason} It was kept as {notice.backupPath} and a new one was
          started.
        </Alert>
      ))}
    </Stack>
  );
}
