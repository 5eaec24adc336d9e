import type { ConfigFile, ConfigFormat, ExportResult, ImportInput } from '../../../../../shared/config-as-code/schemas';

/** The deploy-cli folders Token Workbench reads (DOMAIN.md §8). */
const DIRECTORY_FOLDERS = ['resource-servers', 'clients', 'grants'];

/** Above this many files a directory export comes as one bundle instead of that many downloads. */
export const MAX_SEPARATE_DOWNLOADS = 3;

/** Marks a directory export bundled into one JSON file; Import recognises it. */
const BUNDLE_MARKER = 'token-workbench/directory-bundle';

export const MEDIA_TYPES: Record<ConfigFormat, string> = {
  json: 'application/json',
  yaml: 'application/yaml',
  directory: 'application/json',
};

type DirectoryInput = Extract<ImportInput, { format: 'directory' }>;

export interface DownloadPlan {
  files: { fileName: string; content: string; mediaType: string }[];
  /** Set when a directory export was bundled, to say so. */
  bundled: boolean;
}

/** `resource-servers/Orders.json` → `resource-servers_Orders.json`: a download cannot make folders. */
export const flatFileName = (path: string) => path.replaceAll('/', '_');

/** What to download for an export: its one file, each directory file, or a bundle of many. */
export function downloadsFor(result: ExportResult): DownloadPlan {
  const mediaType = MEDIA_TYPES[result.format];
  if (result.format !== 'directory' || result.files.length <= MAX_SEPARATE_DOWNLOADS) {
    return {
      files: result.files.map((f) => ({ fileName: flatFileName(f.path), content: f.content, mediaType })),
      bundled: false,
    };
  }
  const root = `${result.tenant.domain}-directory`;
  const bundle = { kind: BUNDLE_MARKER, format: 'directory', root, files: result.files };
  return {
    files: [{ fileName: `${root}.json`, content: `${JSON.stringify(bundle, null, 2)}\n`, mediaType }],
    bundled: true,
  };
}

function isBundle(value: unknown): value is { root?: unknown; files: ConfigFile[] } {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    v.kind === BUNDLE_MARKER &&
    Array.isArray(v.files) &&
    v.files.every((f) => typeof f === 'object' && f !== null && typeof f.path === 'string' && typeof f.content === 'string')
  );
}

/** One picked file: YAML by its extension, else JSON (or a directory bundle made by Export). */
export async function importInputFromFile(file: File): Promise<ImportInput> {
  const content = await file.text();
  if (/\.ya?ml$/i.test(file.name)) return { format: 'yaml', fileName: file.name, content };
  try {
    const parsed: unknown = JSON.parse(content);
    if (isBundle(parsed)) {
      const root = typeof parsed.root === 'string' && parsed.root !== '' ? parsed.root : file.name;
      return { format: 'directory', root, files: parsed.files.map(({ path, content }) => ({ path, content })) };
    }
  } catch {
    // Not JSON: the import says where it stops parsing, naming the file.
  }
  return { format: 'json', fileName: file.name, content };
}

/**
 * A picked folder (`webkitdirectory`): its `.json` files with paths relative to the folder that
 * holds `resource-servers/`, `clients/` and `grants/`, even when the user picked its parent.
 * Hidden folders (.git) are skipped; other files are never read.
 */
export async function importInputFromFolder(files: readonly File[]): Promise<DirectoryInput | { error: string }> {
  const picked = files
    .map((file) => ({ file, segments: (file.webkitRelativePath || file.name).split('/') }))
    .filter(({ segments }) => !segments.some((s) => s.startsWith('.')) && segments[segments.length - 1]!.toLowerCase().endsWith('.json'));
  const known = picked.map(({ segments }) => segments.findIndex((s) => DIRECTORY_FOLDERS.includes(s))).filter((i) => i > 0);
  const rootDepth = known.length === 0 ? 1 : Math.min(...known);
  const rootSegments = picked.find(({ segments }) => segments.length > rootDepth)?.segments.slice(0, rootDepth) ?? [];
  const root = rootSegments.join('/') || 'folder';
  const inside = picked.filter(({ segments }) => segments.slice(0, rootDepth).join('/') === root);
  if (inside.length === 0) {
    return { error: `The folder ${root} has no .json files. Pick the folder that holds ${DIRECTORY_FOLDERS.map((f) => `${f}/`).join(', ')}.` };
  }
  return {
    format: 'directory',
    root,
    files: await Promise.all(inside.map(async ({ file, segments }) => ({ path: segments.slice(rootDepth).join('/'), content: await file.text() }))),
  };
}
