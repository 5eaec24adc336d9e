import { generateKeyPairSync } from 'node:crypto';
import { expect, test } from './fixtures';
import { workbenchCli } from './launch';

interface LibraryKey {
  name: string;
  kid: string;
  kty: string;
  origin: 'generated' | 'imported';
  has_private: boolean;
}

/** Issue 4's key library through its two dialogs: what the user names a key is what is stored. */
test('generates and imports library keys with a name and key ID; a bad key is refused under its field and nothing is saved', async ({
  workbench,
}) => {
  const { page, dataDir } = workbench;
  const library = (): LibraryKey[] =>
    JSON.parse(workbenchCli(dataDir)('library', 'list', '--json')) as LibraryKey[];

  await page.getByRole('link', { name: 'Signing Keys', exact: true }).click();
  await page.getByRole('tab', { name: 'Key Library' }).click();
  const table = page.getByRole('table', { name: 'Key library' });
  await expect(table).toContainText('No keys yet');

  await page.getByRole('button', { name: 'Generate key' }).click();
  const generate = page.getByRole('dialog', { name: 'Generate key' });
  await generate.getByRole('textbox', { name: 'Name' }).fill('Partner RSA');
  await generate.getByRole('textbox', { name: 'Key ID' }).fill('partner-1');
  await generate.getByRole('button', { name: 'Generate', exact: true }).click();
  await expect(generate).toBeHidden();
  await expect(table.getByRole('row', { name: /Partner RSA/ })).toContainText('RSA 2048');
  expect(library()).toMatchObject([
    { name: 'Partner RSA', kid: 'partner-1', kty: 'RSA', origin: 'generated', has_private: true },
  ]);

  await page.getByRole('button', { name: 'Import key' }).click();
  const importer = page.getByRole('dialog', { name: 'Import key' });
  const keyField = importer.getByRole('textbox', { name: 'Key (PEM or JWK)' });
  await keyField.fill('-----BEGIN PUBLIC KEY-----\nnot a key\n-----END PUBLIC KEY-----');
  await importer.getByRole('textbox', { name: 'Name' }).fill('Partner EC');
  await importer.getByRole('textbox', { name: 'Key ID' }).fill('ec-1');
  await importer.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(keyField).toHaveAttribute('aria-invalid', 'true');
  await expect(importer).toBeVisible();
  expect(library()).toHaveLength(1);

  const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  await keyField.fill(publicKey.export({ type: 'spki', format: 'pem' }).toString());
  await importer.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(importer).toBeHidden();
  await expect(table.getByRole('row', { name: /Partner EC/ })).toBeVisible();
  expect(library()).toMatchObject([
    { name: 'Partner RSA', kid: 'partner-1' },
    { name: 'Partner EC', kid: 'ec-1', kty: 'EC', origin: 'imported', has_private: false },
  ]);
});
