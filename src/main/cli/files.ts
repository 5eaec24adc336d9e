import fs from 'node:fs';
import path from 'node:path';
import type { ExportedFile } from '../../shared/domain/keys';
import { UsageError } from './usage-error';

/** Writes a download the way a browser would save it: base64 files as bytes. */
export function writeExportedFile(file: ExportedFile, outPath: string | undefined): string {
  const target = outPath ?? file.fileName;
  fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  fs.writeFileSync(target, file.encoding === 'base64' ? Buffer.from(file.content, 'base64') : file.content);
  return path.resolve(target);
}

/** `-` is standard input; anything else a file. The message names the file when it cannot be read. */
export function readTextInput(pathOrDash: string): string {
  try {
    return pathOrDash === '-' ? fs.readFileSync(0, 'utf8') : fs.readFileSync(pathOrDash, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${pathOrDash === '-' ? 'standard input' : pathOrDash}: ${(error as Error).message}`);
  }
}

/** A JSON value given inline or as a file path (for --payload, --claims-json, --header). */
export function readJsonArgument(value: string, option: string): unknown {
  const text = value.trim().startsWith('{') || value.trim().startsWith('[') ? value : readTextInput(value);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${option} is not valid JSON: ${(error as Error).message}`);
  }
}
