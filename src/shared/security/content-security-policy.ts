/**
 * The one Content-Security-Policy of every page the app serves (web host and the desktop app's
 * app:// scheme): scripts only from the app itself, no remote anything. Inline styles are allowed
 * because Mantine sets CSS variables in a style element.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
