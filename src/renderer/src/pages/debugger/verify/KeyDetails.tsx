import { Badge, DataList, Text } from '@mantine/core';
import type { KeyInfo, KeySourceInfo, VerifyResult } from '../../../../../shared/jwt';

function keyShape(key: KeyInfo): string {
  if (key.secret) return `Secret, ${key.secret.byteLength} bytes (${key.secret.encoding})`;
  const size = key.curve ?? (key.bits !== null ? `${key.bits} bits` : null);
  return [key.kty, size].filter(Boolean).join(' ');
}

function Item({ label, children, mono = false }: { label: string; children: React.ReactNode; mono?: boolean }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue>
        <Text size="sm" ff={mono ? 'monospace' : undefined} style={{ overflowWrap: 'anywhere' }}>
          {children}
        </Text>
      </DataList.ItemValue>
    </DataList.Item>
  );
}

function sourceText(source: KeySourceInfo): string {
  const fetched = source.fetchedAt !== null ? `, fetched ${new Date(source.fetchedAt).toLocaleString()}` : '';
  return `${source.label}${source.detected ? ' (detected)' : ''}${fetched}`;
}

/** Which key was used (or refused), where it came from, and its certificate when there is one. */
export function KeyDetails({ result }: { result: VerifyResult }) {
  const { key, source } = result;
  // Nothing to say about a key that was not given.
  if ((key === null && source === null) || result.signature.reason === 'no_key') return null;
  const cert = key?.certificate ?? null;
  const verb = result.signature.status === 'verified' ? 'Key that matched' : 'Key checked';
  return (
    <DataList size="sm" gap={6} labelWidth="140px" aria-label="Key details">
      {key && <Item label={verb}>{key.label}</Item>}
      {source && <Item label="Source">{sourceText(source)}</Item>}
      {source?.url && (
        <Item label="URL" mono>
          {source.url}
        </Item>
      )}
      {key?.kid && (
        <Item label="Key ID (kid)" mono>
          {key.kid}
        </Item>
      )}
      {key && <Item label="Key">{keyShape(key)}{key.alg ? `, alg ${key.alg}` : ''}{key.fromPrivateKey ? ', public part of a private key' : ''}</Item>}
      {key?.thumbprint && (
        <Item label="JWK thumbprint" mono>
          {key.thumbprint}
        </Item>
      )}
      {cert && (
        <>
          <Item label="Certificate subject">{cert.subject}</Item>
          <Item label="Certificate issuer">
            {cert.issuer}
            {cert.selfSigned ? ' (self-signed)' : ''}
          </Item>
          <Item label="Valid">
            {new Date(cert.notBefore).toLocaleString()} to {new Date(cert.notAfter).toLocaleString()}
          </Item>
          <Item label="SHA-1 thumbprint" mono>
            {cert.sha1Fingerprint}
          </Item>
          <Item label="SHA-256 thumbprint" mono>
            {cert.sha256Fingerprint}
          </Item>
          <DataList.Item>
            <DataList.ItemLabel>Token x5t</DataList.ItemLabel>
            <DataList.ItemValue>
              {result.x5t === 'match' ? (
                <Badge color="teal" variant="light">
                  Matches the certificate
                </Badge>
              ) : result.x5t === 'mismatch' ? (
                <Badge color="red" variant="light">
                  Does not match the certificate
                </Badge>
              ) : (
                <Text size="sm" c="dimmed">
                  The token has no x5t
                </Text>
              )}
            </DataList.ItemValue>
          </DataList.Item>
        </>
      )}
    </DataList>
  );
}
