/**
 * The one place that loads @peculiar/x509: it needs `reflect-metadata` before it and a WebCrypto
 * provider. Every other module imports `x509` from here.
 */
import 'reflect-metadata';
import { webcrypto } from 'node:crypto';
import * as x509 from '@peculiar/x509';

/** The WebCrypto type @peculiar/x509 expects (the DOM `Crypto`, which this Node-only project has no lib for). */
export type X509Crypto = NonNullable<Parameters<typeof x509.X509CertificateGenerator.create>[1]>;

/** Node's WebCrypto, typed as the provider @peculiar/x509 expects. */
export const nodeWebCrypto = webcrypto as unknown as X509Crypto;

x509.cryptoProvider.set(nodeWebCrypto);

export { x509 };
