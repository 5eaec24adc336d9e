/** Keys, secrets and URLs are read character by character: their fields use the monospace font. */
export const monospace = { input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } };
