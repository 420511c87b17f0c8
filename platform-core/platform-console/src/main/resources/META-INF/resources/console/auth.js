// Sign-in with Keycloak (the ponte-web client, code flow with PKCE) and what the token says: the
// user, and their role in each territory (the role groups /t/<territory>/<role>).
const settings = JSON.parse(document.querySelector('meta[name="ponte-auth"]').content);
const keycloak = new window.Keycloak({
  url: settings.url,
  realm: settings.realm,
  clientId: settings.clientId,
});

const ROLES = { 'tenant-admin': 'ADMIN', operator: 'OPERATOR', viewer: 'VIEWER' };
const STRENGTH = { VIEWER: 1, OPERATOR: 2, ADMIN: 3 };

export const auth = {
  /** Signs in (redirecting to Keycloak when needed). */
  async start() {
    await keycloak.init({ onLoad: 'login-required', pkceMethod: 'S256', checkLoginIframe: false });
  },
  token: () => keycloak.token,
  /** Refreshes the token when it expires within 30 seconds. */
  fresh: () => keycloak.updateToken(30).catch(() => keycloak.login()),
  login: () => keycloak.login(),
  logout: () => keycloak.logout({ redirectUri: window.location.origin + '/' }),
  username: () => keycloak.tokenParsed?.preferred_username ?? '',
  /** Whether the user holds a platform-wide role (federation-analyst, platform-admin). */
  hasRealmRole: (role) => (keycloak.tokenParsed?.realm_access?.roles ?? []).includes(role),
  /** The user's role in each territory, e.g. {bergamo: 'ADMIN', bologna: 'VIEWER'}. */
  territories() {
    const roles = {};
    for (const path of keycloak.tokenParsed?.territory_roles ?? []) {
      const [, top, territory, name] = path.split('/');
      const role = ROLES[name];
      if (top !== 't' || !role) continue;
      if (!roles[territory] || STRENGTH[role] > STRENGTH[roles[territory]]) roles[territory] = role;
    }
    return roles;
  },
};
