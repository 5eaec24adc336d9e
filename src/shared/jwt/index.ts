/** Token decoding, claim descriptions and checks that run on both sides (renderer and main). */
export * from './algorithms';
export * from './base64';
export * from './checks';
export * from './claims';
export * from './decode';
export * from './key-detect';
export * from './schemas';
export * from './time';
