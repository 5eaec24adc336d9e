/**
 * The address that opens a token in the Debugger's Decode tab ("Open in Debugger" buttons):
 * `navigate(debuggerUrl(token))`. The page reads the token once and drops it from the address.
 */
export function debuggerUrl(token: string): string {
  return `/debugger?${new URLSearchParams({ token }).toString()}`;
}
