import { expect, test } from './fixtures';

/** Issue 3's flow, as a person would do it, then checked after a reload. */
test('set up an API: scopes, token expiration, a machine-to-machine application authorized for two scopes', async ({ workbench: { page } }) => {
  test.setTimeout(90_000); // a long flow of a dozen saves
  await page.getByRole('button', { name: 'Create API' }).click();
  const dialog = page.getByRole('dialog', { name: 'New API' });
  await dialog.getByLabel('Name').fill('Orders API');
  await dialog.getByLabel('Identifier').fill('https://orders.example.com');
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(page).toHaveURL(/#\/apis\/[0-9a-f]{24}\/quick-start$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Orders API' })).toBeVisible();
  // The Quick Start snippets carry this API's audience.
  await expect(page.locator('pre code').filter({ hasText: 'https://orders.example.com' }).first()).toBeVisible();

  await page.getByRole('tab', { name: 'Scopes' }).click();
  const add = page.getByRole('form', { name: 'Add a permission' });
  for (const [value, description] of [['read:orders', 'Read orders'], ['write:orders', 'Write orders'], ['delete:orders', 'Delete orders']]) {
    await add.getByLabel('Permission', { exact: true }).fill(value!);
    await add.getByLabel('Description', { exact: true }).fill(description!);
    await add.getByRole('button', { name: 'Add' }).click();
    await expect(page.getByRole('row', { name: new RegExp(value!) })).toBeVisible();
  }
  // A reserved scope is refused under the field.
  await add.getByLabel('Permission', { exact: true }).fill('openid');
  await add.getByRole('button', { name: 'Add' }).click();
  await expect(add.getByLabel('Permission', { exact: true })).toHaveAccessibleDescription(/reserved scope/);
  await add.getByLabel('Permission', { exact: true }).fill('');

  await page.getByRole('tab', { name: 'Settings' }).click();
  const expiration = page.getByLabel('Token Expiration (Seconds)');
  await expiration.fill('3600');
  await page.getByLabel('Token Expiration For Browser Flows (Seconds)').fill('600');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('button', { name: 'Save' })).toBeDisabled();
  // The "Settings saved" notice appears under the pointer (Save is at the bottom right), where it
  // stays while hovered, and later covers the Authorized switch; a user moves on and it closes.
  await page.mouse.move(0, 0);
  await expect(page.getByText('Settings saved')).toBeHidden({ timeout: 10_000 });

  await page.getByRole('link', { name: 'Applications', exact: true }).click();
  await page.getByRole('button', { name: 'Create Application' }).click();
  const appDialog = page.getByRole('dialog', { name: 'Create Application' });
  await appDialog.getByLabel('Name').fill('Billing Service');
  await appDialog.getByRole('radio', { name: 'Machine to Machine' }).click();
  await appDialog.getByRole('button', { name: 'Create' }).click();
  await expect(page).toHaveURL(/#\/applications\/[A-Za-z0-9]{32}$/);

  await page.getByRole('link', { name: 'APIs', exact: true }).click();
  await page.getByRole('link', { name: 'Orders API', exact: true }).click();
  await page.getByRole('tab', { name: 'Machine to Machine Applications' }).click();
  const card = page.getByRole('region', { name: 'Billing Service', exact: true });
  // The switch is controlled by the saved grant, so it turns on once the grant exists.
  const authorized = card.getByRole('switch', { name: 'Authorized for Billing Service' });
  await expect(authorized).not.toBeChecked();
  await authorized.click();
  await expect(authorized).toBeChecked();
  await expect(authorized).toBeEnabled();
  await card.getByRole('checkbox', { name: 'read:orders', exact: true }).check();
  await card.getByRole('checkbox', { name: 'write:orders', exact: true }).check();
  await card.getByRole('button', { name: 'Update' }).click();
  await expect(card.getByRole('button', { name: 'Update' })).toBeDisabled();

  await page.reload();
  await expect(card.getByRole('switch', { name: 'Authorized for Billing Service' })).toBeChecked();
  const permissions = card.getByRole('button', { name: 'Permissions of Billing Service' });
  if ((await card.getByRole('checkbox', { name: 'read:orders', exact: true }).count()) === 0) await permissions.click();
  await expect(card.getByRole('checkbox', { name: 'read:orders', exact: true })).toBeChecked();
  await expect(card.getByRole('checkbox', { name: 'write:orders', exact: true })).toBeChecked();
  await expect(card.getByRole('checkbox', { name: 'delete:orders', exact: true })).not.toBeChecked();
  await page.getByRole('tab', { name: 'Settings' }).click();
  await expect(page.getByLabel('Token Expiration (Seconds)')).toHaveValue('3600');
  await page.getByRole('tab', { name: 'Scopes' }).click();
  await expect(page.getByRole('row', { name: /delete:orders/ })).toBeVisible();
});
