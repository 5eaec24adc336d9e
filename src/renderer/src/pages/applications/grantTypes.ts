/** Grant type ids as people read them in the dashboard. */
export const GRANT_TYPE_LABELS: Record<string, string> = {
  client_credentials: 'Client Credentials',
  authorization_code: 'Authorization Code',
  implicit: 'Implicit',
  refresh_token: 'Refresh Token',
  password: 'Password',
};

export function grantTypeLabel(grantType: string): string {
  return GRANT_TYPE_LABELS[grantType] ?? grantType;
}
