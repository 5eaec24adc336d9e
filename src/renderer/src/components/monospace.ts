const MONOSPACE = 'var(--mantine-font-family-monospace)';

/** Keys, identifiers, secrets and URLs are read character by character: their fields use the monospace font. */
export const monospaceInput = { input: { fontFamily: MONOSPACE } };

/** The Debugger's key and secret fields, a size smaller so that a PEM's lines fit. */
export const monospaceKeyInput = { input: { fontFamily: MONOSPACE, fontSize: 13 } };
