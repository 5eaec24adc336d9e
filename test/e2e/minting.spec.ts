import { expect, test } from './fixtures';
import { createOrdersApiForTesting, workbenchCli } from './launch';

/** Issue 5: mint on the Test tab, as the token endpoint would, and open the token in the Debugger. */
test('mints on the Test tab and opens the token in the Debugger, where it verifies with the workspace keys', async ({ workbench }) => {
  const { page, dataDir } = workbench;
  createOrdersApiForTesting(workbenchCli(dataDir), ['read:orders', 'write:orders']);

  await page.reload();
  await page.getByRole('link', { name: 'Orders', exact: true }).click();
  await page.getByRole('tab', { name: 'Test' }).click();
  await page.getByRole('button', { name: 'Mint token' }).click();
  const field = page.getByLabel('Access token');
  await expect(field).not.toHaveValue('');
  const token = await field.inputValue();
  const [header, payload] = token.split('.').slice(0, 2).map((part) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8')));
  expect(header).toMatchObject({ alg: 'RS256', typ: 'JWT', kid: expect.any(String) });
  expect(Object.keys(payload)).toEqual(['iss', 'sub', 'aud', 'iat', 'exp', 'scope', 'gty', 'azp']);
  expect(payload).toMatchObject({ aud: 'https://orders', scope: 'read:orders write:orders', gty: 'client-credentials' });
  expect(payload.exp - payload.iat).toBe(86400);

  await page.getByRole('button', { name: 'Open in Debugger' }).click();
  await expect(page.getByLabel('Encoded token')).toHaveValue(token);
  await page.getByRole('combobox', { name: 'Key type' }).click();
  await page.getByRole('option', { name: 'Workspace keys' }).click();
  await expect(page.getByRole('status', { name: 'Signature verified' })).toBeVisible();
});

test('an application that is not authorized gets the token endpoint error in place', async ({ workbench }) => {
  const { page, dataDir } = workbench;
  const cli = workbenchCli(dataDir);
  cli('apis', 'create', '--name', 'Orders', '--identifier', 'https://orders');
  cli('apps', 'create', '--name', 'Stranger');
  await page.reload();
  await page.getByRole('link', { name: 'Orders', exact: true }).click();
  await page.getByRole('tab', { name: 'Test' }).click();
  await page.getByRole('combobox', { name: 'Application' }).click();
  await page.getByRole('option', { name: /Stranger/ }).click();
  await page.getByRole('button', { name: 'Mint token' }).click();
  await expect(page.getByText('access_denied').first()).toBeVisible();
  await expect(page.getByText('Client is not authorized to access "https://orders"').first()).toBeVisible();
  await expect(page.getByLabel('Access token')).toHaveCount(0);
});
