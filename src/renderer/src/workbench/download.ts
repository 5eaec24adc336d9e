import type { ExportedFile } from '../../../shared/domain/keys';

/** The bytes of an exported file: binary formats (CER) travel as base64, text as it is. */
export function exportedFileBytes(file: ExportedFile): BlobPart {
  if (file.encoding === 'utf8') return file.content;
  const binary = atob(file.content);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Saves a file the back end produced. Every download in the app goes through here, so the
 * desktop app's native save dialog can replace the browser download in this one place.
 */
export function saveExportedFile(file: ExportedFile): void {
  const blob = new Blob([exportedFileBytes(file)], { type: file.mediaType });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the click; the URL may go once the browser has read it.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** A text file made here (e.g. a config export), saved the same way. */
export function saveTextFile(fileName: string, content: string, mediaType: string): void {
  saveExportedFile({ fileName, mediaType, encoding: 'utf8', content });
}
