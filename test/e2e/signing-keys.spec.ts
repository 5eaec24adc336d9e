import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { expect, test } from './fixtures';
import { CLI } from './launch';

const hasOpenssl = (() => {
  try {
    execFileSync('openssl', ['version']);
    return true;
  } catch {
    return false;
  }
})();

/** Issue 4's "Done when": rotate twice, revoke, download the current certificate, open it with openssl. */
test('rotate twice, revoke the previous key, download the current certificate; the JWKS matches the CLI', async ({ workbench }) => {
  test.skip(!hasOpenssl, 'openssl is not installed (.ci/run installs it)');
  test.setTimeout(90_000);
  const { page } = workbench;
  await page.getByRole('link', { name: 'Signing Keys', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Signing Keys' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Signing keys' });
  await expect(table).toContainText('Current');
  await expect(page.getByRole('button', { name: 'Revoke', exact: true })).toBeDisabled();

  for (let i = 0; i < 2; i += 1) {
    await page.getByRole('button', { name: 'Rotate', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Rotate', exact: true }).click();
    await expect(dialog).toBeHidden();
  }
  await expect(table).toContainText('Previous');

  await page.getByRole('button', { name: 'Revoke', exact: true }).click();
  const revoke = page.getByRole('dialog');
  await expect(revoke).toContainText(/Tokens signed with key .* will stop verifying/);
  await revoke.getByRole('button', { name: 'Revoke', exact: true }).click();
  await expect(revoke).toBeHidden();
  await expect(page.getByRole('button', { name: 'Revoke', exact: true })).toBeDisabled();

  for (const [item, inform] of [['Certificate (PEM)', 'PEM'], ['Certificate (CER)', 'DER']] as const) {
    await page.getByRole('button', { name: /^Download current key/ }).click();
    const downloading = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: item }).click();
    const file = await (await downloading).path();
    const subject = execFileSync('openssl', ['x509', '-inform', inform, '-in', file, '-noout', '-subject'], { encoding: 'utf8' });
    expect(subject).toMatch(/CN ?= ?dev-[a-z0-9]{6}\.local/);
  }

  const downloadingJwks = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download JWKS' }).click();
  const onScreen = JSON.parse(fs.readFileSync(await (await downloadingJwks).path(), 'utf8'));
  const fromCli = JSON.parse(execFileSync(process.execPath, [CLI, '--data-dir', workbench.dataDir, 'keys', 'jwks'], { encoding: 'utf8' }));
  expect(onScreen).toEqual(fromCli);
  expect(fromCli.keys).toHaveLength(2); // current and next; the revoked previous key is gone
});
