import { generateKeyPairSync } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { expect, test } from './fixtures';

/** Issue 6: a token from another library, pasted with a Bearer prefix, verifies with a pasted JWKS. */
test('a pasted token verifies against a pasted JWKS; one changed character makes it invalid', async ({ workbench: { page } }) => {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwks = { keys: [{ ...publicKey.export({ format: 'jwk' }), kid: 'k1', alg: 'RS256', use: 'sig' }] };
  const token = jwt.sign({ sub: 'user-1', aud: 'https://orders' }, privateKey, { algorithm: 'RS256', keyid: 'k1', expiresIn: 600 });

  await page.getByRole('link', { name: 'Debugger', exact: true }).click();
  await page.getByLabel('Encoded token').fill(`Bearer ${token}`);
  await expect(page.getByText('user-1').first()).toBeVisible();
  await page.getByLabel('Key or secret').fill(JSON.stringify(jwks));
  await expect(page.getByRole('status', { name: 'Signature verified' })).toBeVisible();

  // One character in the middle of the signature.
  const [header, payload, signature] = token.split('.') as [string, string, string];
  const middle = Math.floor(signature.length / 2);
  const changed = signature[middle] === 'A' ? 'B' : 'A';
  const tampered = `${header}.${payload}.${signature.slice(0, middle)}${changed}${signature.slice(middle + 1)}`;
  await page.getByLabel('Encoded token').fill(tampered);
  await expect(page.getByRole('status', { name: 'Invalid signature' })).toBeVisible();
});

test('an HMAC token checked against an RSA public key is refused and named as key confusion', async ({ workbench: { page } }) => {
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const confused = jwt.sign({ sub: 'attacker' }, pem, { algorithm: 'HS256' });
  await page.getByRole('link', { name: 'Debugger', exact: true }).click();
  await page.getByLabel('Encoded token').fill(confused);
  await page.getByLabel('Key or secret').fill(pem);
  const banner = page.getByRole('status', { name: 'Invalid signature' });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText(/key confusion/i);
});
