import fs from 'node:fs';
import path from 'node:path';
import { WorkbenchError } from '../../shared/errors';
import { FOLDERS } from './formats/directory';
import type { ConfigFile, ConfigFormat, ExportResult, ImportInput } from '../../shared/config-as-code/schemas';

/**
 * The file-system side, for the CLI (the UI reads and writes through the browser instead): find
 * out what a path holds, read it into an import input, write an export.
 */

/** A folder is the deploy-cli directory layout; otherwise the extension decides. */
export function detectImportFormat(inputPath: string): ConfigFormat {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(inputPath);
  } catch {
    throw new WorkbenchError('not_found', `${inputPath} does not exist.`);
  }
  if (stat.isDirectory()) return 'directory';
  const extension = path.extname(inputPath).toLowerCase();
  if (extension === '.yaml' || extension === '.yml') return 'yaml';
  if (extension === '.json') return 'json';
  throw new WorkbenchError(
    'invalid_body',
    `${inputPath}: cannot tell the format from the name; import a deploy-cli directory, a .yaml or .yml file, or a .json file.`,
  );
}

/** The `.json` files directly inside resource-servers/, clients/ and grants/, as deploy-cli reads them. */
export function readImportDirectory(root: string): ImportInput {
  const files: ConfigFile[] = [];
  let folders = 0;
  for (const folder of Object.values(FOLDERS)) {
    const dir = path.join(root, folder);
    if (!fs.existsSync(dir)) continue;
    if (!fs.statSync(dir).isDirectory()) {
      throw new WorkbenchError(
        'invalid_body',
        `${path.join(root, folder)}: expected a folder, found a file.`,
      );
    }
    folders += 1;
    for (const name of fs.readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (path.extname(name) !== '.json' || !fs.statSync(full).isFile()) continue;
      files.push({ path: `${folder}/${name}`, content: fs.readFileSync(full, 'utf8') });
    }
  }
  if (folders === 0) {
    const expected = Object.values(FOLDERS)
      .map((f) => `${f}/`)
      .join(', ');
    throw new WorkbenchError(
      'invalid_body',
      `${root}: none of ${expected} is here; this is not a deploy-cli directory.`,
    );
  }
  return { format: 'directory', root, files };
}

/** Reads a file or folder into the input `planImport` takes. */
export function readImportInput(inputPath: string): ImportInput {
  const format = detectImportFormat(inputPath);
  if (format === 'directory') return readImportDirectory(inputPath);
  return { format, fileName: path.basename(inputPath), content: fs.readFileSync(inputPath, 'utf8') };
}

/**
 * Writes an export: the one file of json and yaml to `outPath`, the files of directory under the
 * folder `outPath`. Returns the paths written.
 */
export function writeExport(result: ExportResult, outPath: string): string[] {
  if (result.format !== 'directory') {
    const file = result.files[0];
    if (file === undefined) return [];
    fs.mkdirSync(path.dirname(path.resolve(outPath)), { recursive: true });
    fs.writeFileSync(outPath, file.content);
    return [outPath];
  }
  const root = path.resolve(outPath);
  return result.files.map((file) => {
    const target = path.resolve(root, file.path);
    if (!target.startsWith(root + path.sep)) {
      throw new WorkbenchError('internal', `Refusing to write ${file.path} outside ${outPath}.`);
    }
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, file.content);
    return target;
  });
}
