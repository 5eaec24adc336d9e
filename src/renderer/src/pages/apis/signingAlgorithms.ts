import type { SigningAlgorithm } from '../../../../shared/domain/api';

/** One plain sentence per algorithm, shown under the choice so the trade-off is visible. */
export const SIGNING_ALGORITHM_HELP: Record<SigningAlgorithm, string> = {
  RS256:
    'Recommended. Tokens are signed with the tenant’s private key; APIs verify them with its public keys (JWKS).',
  PS256: 'RSA-PSS. Signed with the tenant’s private key and verified with its public keys, like RS256; not every library supports it.',
  HS256: 'Signed with a secret the API must also hold. Use it only when the API cannot fetch public keys.',
};
