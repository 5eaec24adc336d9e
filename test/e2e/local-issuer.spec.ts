import { expect, test } from './fixtures';
import { createOrdersApiForTesting, workbenchCli } from './launch';

/** Issue 7: start the issuer from the UI and get a token from the URL it shows. */
test('starts the local issuer from the page; its token endpoint issues a token that names it as issuer', async ({ workbench }) => {
  test.skip(test.info().project.name === 'electron', 'the same flow; kept to the web host where the issuer runs in the host process');
  const { page, dataDir } = workbench;
  const cli = workbenchCli(dataDir);
  createOrdersApiForTesting(cli, ['read:orders']);
  const app = JSON.parse(cli('--json', 'apps', 'show', 'Orders (Test Application)')) as { client_id: string };
  const secret = cli('apps', 'secret', app.client_id).trim();

  await page.getByRole('link', { name: 'Local Issuer', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('Stopped');
  await page.getByLabel('Port', { exact: true }).fill('0');
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('Running');
  const tokenUrl = await page.getByRole('textbox', { name: 'Token endpoint' }).inputValue();
  const issuer = await page.getByRole('textbox', { name: 'Issuer' }).inputValue();
  expect(tokenUrl).toBe(`${issuer}oauth/token`);

  const response = await fetch(tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: app.client_id, client_secret: secret, audience: 'https://orders' }),
  });
  expect(response.status).toBe(200);
  const body = (await response.json()) as { access_token: string; scope: string };
  expect(body.scope).toBe('read:orders');
  const payload = JSON.parse(Buffer.from(body.access_token.split('.')[1]!, 'base64url').toString('utf8')) as { iss: string };
  expect(payload.iss).toBe(issuer);
  // The live log shows the request, without the secret.
  const log = page.getByRole('region', { name: 'Request log' });
  await expect(log).toContainText('/oauth/token');
  await expect(log).not.toContainText(secret);

  // The API's Quick Start now points at the local issuer.
  await page.getByRole('link', { name: 'APIs', exact: true }).click();
  await page.getByRole('link', { name: 'Orders', exact: true }).click();
  await expect(page.locator('pre code').filter({ hasText: issuer }).first()).toBeVisible();

  await page.getByRole('link', { name: 'Local Issuer', exact: true }).click();
  await page.getByRole('button', { name: 'Stop', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('Stopped');
});
