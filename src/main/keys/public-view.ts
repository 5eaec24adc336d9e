/** The shapes contract results may carry live in src/shared (the contract needs them). */
export * from '../../shared/domain/keys';
