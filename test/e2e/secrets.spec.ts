import { expect, test } from './fixtures';
import { workbenchCli } from './launch';

/** Secrets stay hidden until revealed; rotating replaces them for every entry point at once. */
test('reveals and rotates a client secret and an HS256 signing secret', async ({ workbench }) => {
  const { page, dataDir } = workbench;
  const cli = workbenchCli(dataDir);
  cli('apis', 'create', '--name', 'Hmac', '--identifier', 'https://hmac', '--signing-alg', 'HS256');
  cli('apps', 'create', '--name', 'Worker');
  const client = JSON.parse(cli('--json', 'apps', 'show', 'Worker')) as { client_id: string };
  await page.reload();

  await page.getByRole('link', { name: 'Applications', exact: true }).click();
  await page.getByRole('link', { name: 'Worker', exact: true }).click();
  const clientSecret = page.getByRole('textbox', { name: 'Client Secret' });
  await expect(clientSecret).toHaveValue(/^•+$/);
  await page.getByRole('button', { name: 'Reveal' }).click();
  const original = cli('apps', 'secret', client.client_id).trim();
  await expect(clientSecret).toHaveValue(original);
  await page.getByRole('button', { name: 'Rotate', exact: true }).click();
  await page.getByRole('dialog', { name: 'Rotate client secret' }).getByRole('button', { name: 'Rotate', exact: true }).click();
  await expect(clientSecret).not.toHaveValue(original);
  await expect(clientSecret).not.toHaveValue(/•/);
  // The field shows the secret the workspace now holds, as the CLI reads it.
  expect(await clientSecret.inputValue()).toBe(cli('apps', 'secret', client.client_id).trim());

  await page.getByRole('link', { name: 'APIs', exact: true }).click();
  await page.getByRole('link', { name: 'Hmac', exact: true }).click();
  await page.getByRole('tab', { name: 'Settings' }).click();
  const signingSecret = page.getByRole('textbox', { name: 'Signing Secret' });
  await expect(signingSecret).toHaveValue(/^•+$/);
  await page.getByRole('button', { name: 'Reveal' }).click();
  // Revealing is a round trip: wait for the value before reading it.
  await expect(signingSecret).toHaveValue(/^[\w-]{43}$/);
  const before = await signingSecret.inputValue();
  await page.getByRole('button', { name: 'Rotate', exact: true }).click();
  await page.getByRole('dialog', { name: 'Rotate signing secret' }).getByRole('button', { name: 'Rotate secret' }).click();
  await expect(signingSecret).not.toHaveValue(before);
  await expect(signingSecret).toHaveValue(/^[\w-]{43}$/);
});
