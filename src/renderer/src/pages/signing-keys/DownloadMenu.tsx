import { Button, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload } from '@tabler/icons-react';
import type { CertificateExportFormat, ExportedFile } from '../../../../shared/domain/keys';
import type { WorkbenchError } from '../../../../shared/errors';
import { saveExportedFile } from '../../workbench/download';
import { EXPORT_FORMAT_LABELS } from './keyFormats';

interface DownloadMenuProps {
  formats: readonly CertificateExportFormat[];
  /** The accessible name of the button, e.g. "Download current key abc123". */
  label: string;
  pending: boolean;
  /** Asks the back end for the file; the menu saves it. */
  fetchFile: (format: CertificateExportFormat) => Promise<ExportedFile>;
}

/** "Download" with one entry per format; the file is built by the back end and saved here. */
export function DownloadMenu({ formats, label, pending, fetchFile }: DownloadMenuProps) {
  const download = (format: CertificateExportFormat) => {
    fetchFile(format).then(saveExportedFile, (error: WorkbenchError) =>
      notifications.show({ color: 'red', title: `Could not download ${EXPORT_FORMAT_LABELS[format]}`, message: error.message }),
    );
  };
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          size="compact-sm"
          variant="default"
          aria-label={label}
          loading={pending}
          leftSection={<IconDownload size={14} aria-hidden />}
        >
          Download
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {formats.map((format) => (
          <Menu.Item key={format} onClick={() => download(format)}>
            {EXPORT_FORMAT_LABELS[format]}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
