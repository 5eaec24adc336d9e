import { SimpleGrid, Title } from '@mantine/core';
import type { IssuerStatus } from '../../../../shared/contract/contract';
import { CopyField } from '../../components/CopyField';

type Urls = NonNullable<IssuerStatus['urls']>;

const FIELDS: { key: keyof Urls; label: string; description: string }[] = [
  { key: 'issuer', label: 'Issuer', description: 'The iss of its tokens; issuerBaseURL for express-oauth2-jwt-bearer.' },
  { key: 'token', label: 'Token endpoint', description: 'POST client credentials here to get an access token.' },
  { key: 'jwks', label: 'JWKS', description: 'The public keys validators check signatures with.' },
  { key: 'discovery', label: 'Discovery', description: 'OpenID configuration: issuer, token endpoint and JWKS in one document.' },
  { key: 'introspection', label: 'Introspection', description: 'RFC 7662, for tokens this issuer made.' },
];

/** What to point an API under development at, each ready to copy. */
export function IssuerUrls({ urls }: { urls: Urls }) {
  return (
    <section aria-labelledby="issuer-urls-heading">
      <Title order={2} id="issuer-urls-heading" fz="lg" fw={600} mb="sm">
        URLs
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" verticalSpacing="md">
        {FIELDS.map(({ key, label, description }) => (
          <CopyField key={key} label={label} description={description} value={urls[key]} />
        ))}
      </SimpleGrid>
    </section>
  );
}
