import { isMap, isScalar, isSeq, parseDocument, stringify, type Node } from 'yaml';
import { childPath, refuse, sentence } from '../errors';
import { readTopLevel, type RawDocument, type Resources } from '../model';
import { deployCliRecords } from './deploy-cli';

/** auth0-deploy-cli's `tenant.yaml`: resourceServers, clients and clientGrants (by application name). */

export const YAML_FILE_NAME = 'tenant.yaml';

export function writeTenantYaml(resources: Resources): string {
  const records = deployCliRecords(resources);
  return stringify(
    {
      resourceServers: records.resourceServers,
      clients: records.clients,
      clientGrants: records.clientGrants.map((g) => g.grant),
    },
    // Never fold long values: a folded identifier is still valid YAML but harder to diff.
    { lineWidth: 0 },
  );
}

/** `yaml` ends messages with ` at line 2, column 1:` and a code excerpt. */
function reasonOf(message: string): string {
  const first = message.split('\n')[0] ?? message;
  return sentence(first.replace(/\s+at line \d+, column \d+:?\s*$/, ''));
}

/**
 * `identifier: ##ENV##` unquoted is a YAML comment, so the value is empty. deploy-cli replaces the
 * placeholder before parsing; Token Workbench keeps it, so it must be quoted.
 */
function findCommentedPlaceholder(
  node: Node | null | undefined,
  path: string,
): { path: string; text: string } | undefined {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      const value = pair.value as Node | null;
      const here = childPath(path, key);
      const comment = isScalar(value) && value.value === null ? value.comment : undefined;
      if (typeof comment === 'string' && /^#[^#\s]+##/.test(comment))
        return { path: here, text: `#${comment.split(/\s/)[0]}` };
      const found = findCommentedPlaceholder(value, here);
      if (found) return found;
    }
  } else if (isSeq(node)) {
    for (const [index, item] of node.items.entries()) {
      const found = findCommentedPlaceholder(item as Node, childPath(path, index));
      if (found) return found;
    }
  }
  return undefined;
}

export function readTenantYaml(fileName: string, content: string): RawDocument {
  const document = parseDocument(content.startsWith('\uFEFF') ? content.slice(1) : content, {
    uniqueKeys: true,
    // deploy-cli reads with js-yaml, which resolves `<<: *defaults` merge keys.
    merge: true,
  });
  const problem = document.errors[0] ?? document.warnings.find((w) => w.code === 'TAG_RESOLVE_FAILED');
  if (problem !== undefined) {
    const position = problem.linePos?.[0];
    const where = position === undefined ? '' : `line ${position.line}, column ${position.col}`;
    refuse({ file: fileName, path: where }, `not valid YAML: ${reasonOf(problem.message)}`);
  }
  const placeholder = findCommentedPlaceholder(document.contents, '');
  if (placeholder !== undefined) {
    refuse(
      { file: fileName, path: placeholder.path },
      `put ${placeholder.text} in quotes ("${placeholder.text}"): unquoted, YAML reads it as a comment and the value is empty.`,
    );
  }
  let parsed: unknown;
  try {
    parsed = document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    refuse({ file: fileName, path: '' }, `not valid YAML: ${sentence((error as Error).message)}`);
  }
  return readTopLevel(fileName, parsed);
}
