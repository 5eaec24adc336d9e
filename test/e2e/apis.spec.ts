import { execFileSync } from 'node:child_process';
import { expect, test } from './fixtures';
import { CLI } from './launch';

test.describe('first run and the APIs page', () => {
  test('shows a tenant on first run, in the header', async ({ workbench: { page } }) => {
    await expect(page.getByRole('banner')).toContainText(/dev-[a-z0-9]{6}\.local/);
    await expect(page.getByRole('heading', { name: 'APIs', level: 1 })).toBeVisible();
  });

  test('creates an API that survives a reload and a restart, and the CLI sees it', async ({ workbench }) => {
    const { page } = workbench;
    await page.getByRole('button', { name: 'Create API' }).click();
    const dialog = page.getByRole('dialog', { name: 'New API' });
    await dialog.getByLabel('Name').fill('Orders API');
    await dialog.getByLabel('Identifier').fill('https://orders.example.com');
    await expect(dialog.getByRole('combobox', { name: 'Signing Algorithm' })).toHaveValue('RS256');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect(dialog).toBeHidden();
    // A new API opens on its Quick Start tab.
    await expect(page).toHaveURL(/#\/apis\/[0-9a-f]{24}\/quick-start$/);
    await expect(page.getByRole('tab', { name: 'Quick Start', selected: true })).toBeVisible();
    await page.getByRole('link', { name: 'Back to APIs' }).click();

    const row = page.getByRole('row', { name: /Orders API/ });
    await expect(row).toContainText('https://orders.example.com');
    await expect(row).toContainText('RS256');

    await page.reload();
    await expect(page.getByRole('row', { name: /Orders API/ })).toBeVisible();

    await workbench.restart();
    await expect(workbench.page.getByRole('row', { name: /Orders API/ })).toBeVisible();

    const listed = JSON.parse(execFileSync(process.execPath, [CLI, '--data-dir', workbench.dataDir, '--json', 'apis', 'list'], { encoding: 'utf8' }));
    expect(listed).toEqual([expect.objectContaining({ name: 'Orders API', identifier: 'https://orders.example.com', signing_alg: 'RS256' })]);
  });

  test('a name with < shows the error under the field and saves nothing', async ({ workbench: { page } }) => {
    await page.getByRole('button', { name: 'Create API' }).click();
    const dialog = page.getByRole('dialog', { name: 'New API' });
    await dialog.getByLabel('Name').fill('Orders <script>');
    await dialog.getByLabel('Identifier').fill('https://orders');
    await dialog.getByRole('button', { name: 'Create' }).click();
    const name = dialog.getByLabel('Name');
    await expect(name).toHaveAttribute('aria-invalid', 'true');
    await expect(name).toHaveAccessibleDescription(/Name cannot contain the characters < or >\./);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await page.reload();
    await expect(page.getByRole('row', { name: /Orders/ })).toHaveCount(0);
  });

  test('refuses a duplicate identifier, under the Identifier field', async ({ workbench: { page } }) => {
    for (const name of ['First', 'Second']) {
      await page.getByRole('button', { name: 'Create API' }).click();
      const dialog = page.getByRole('dialog', { name: 'New API' });
      await dialog.getByLabel('Name').fill(name);
      await dialog.getByLabel('Identifier').fill('urn:same');
      await dialog.getByRole('button', { name: 'Create' }).click();
      if (name === 'First') {
        await expect(dialog).toBeHidden();
        await page.getByRole('link', { name: 'Back to APIs' }).click();
      }
    }
    const identifier = page.getByRole('dialog', { name: 'New API' }).getByLabel('Identifier');
    await expect(identifier).toHaveAccessibleDescription(/"urn:same" already exists/);
    await expect(page.getByRole('row', { name: /Second/ })).toHaveCount(0);
  });
});

test.describe('web host security', () => {
  test('refuses RPC without the secret or from a foreign origin', async ({ workbench }, testInfo) => {
    test.skip(testInfo.project.name === 'electron', 'The desktop app has no HTTP RPC; its IPC sender check is unit-tested');
    const host = workbench.host!;
    const noSecret = await workbench.page.request.post(`${host.origin}/rpc/apis.list`, { data: {} });
    expect(noSecret.status()).toBe(403);
    const foreign = await workbench.page.request.post(`${host.origin}/rpc/apis.list`, {
      data: {},
      headers: { 'x-workbench-secret': host.secret, origin: 'https://evil.example' },
    });
    expect(foreign.status()).toBe(403);
    const own = await workbench.page.request.post(`${host.origin}/rpc/apis.list`, {
      data: {},
      headers: { 'x-workbench-secret': host.secret },
    });
    expect(own.status()).toBe(200);
  });
});
