// Sign-in with the realm's public client (authorization code flow with PKCE, oidc-client-ts).
// Tokens live in this tab's sessionStorage only; they are renewed with the refresh token before they expire.
import { UserManager, WebStorageStateStore } from 'oidc-client-ts';

let manager;
let user = null;
const listeners = [];

export async function initAuth() {
  const settings = await (await fetch('/dashboard.json', { cache: 'no-store' })).json();
  const realm = settings.authority;
  manager = new UserManager({
    authority: realm,
    // Keycloak's endpoints, given rather than discovered: one request less before every sign-in.
    metadata: {
      issuer: realm,
      authorization_endpoint: `${realm}/protocol/openid-connect/auth`,
      token_endpoint: `${realm}/protocol/openid-connect/token`,
      end_session_endpoint: `${realm}/protocol/openid-connect/logout`,
      userinfo_endpoint: `${realm}/protocol/openid-connect/userinfo`,
      jwks_uri: `${realm}/protocol/openid-connect/certs`,
    },
    client_id: settings.clientId,
    redirect_uri: `${location.origin}/`,
    post_logout_redirect_uri: `${location.origin}/`,
    response_type: 'code',
    scope: 'openid',
    automaticSilentRenew: true,
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
  });
  manager.events.addUserLoaded((loaded) => { user = loaded; listeners.forEach((l) => l(user)); });
  manager.events.addSilentRenewError(() => { listeners.forEach((l) => l(null, 'expired')); });
  const query = new URLSearchParams(location.search);
  if (query.has('code') && query.has('state')) {
    user = await manager.signinRedirectCallback();
    const back = typeof user.state === 'string' && user.state.startsWith('#') ? user.state : '';
    history.replaceState(null, '', `/${back}`);
  } else if (query.has('error')) {
    history.replaceState(null, '', '/');
    throw new Error(query.get('error_description') || query.get('error'));
  } else {
    user = await manager.getUser();
    if (user && user.expired) {
      user = await renew();
    }
  }
  return user;
}

export function onUserChange(listener) {
  listeners.push(listener);
}

export function signIn() {
  return manager.signinRedirect({ state: location.hash || '#overview' });
}

export async function signOut() {
  const current = user;
  await manager.removeUser();
  return manager.signoutRedirect({ id_token_hint: current?.id_token });
}

let renewing = null;

/**
 * A fresh access token from the refresh token, or null when the session is over. Calls that meet a 401 at the
 * same moment share one renewal.
 */
export function renew() {
  renewing ??= manager.signinSilent()
    .then((renewed) => { user = renewed; return user; })
    .catch(() => { user = null; return null; })
    .finally(() => { renewing = null; });
  return renewing;
}

export function accessToken() {
  return user?.access_token;
}

/** Who is signed in, from the access token the API reads (roles and regions are shown, never trusted). */
export function identity() {
  if (!user) {
    return null;
  }
  const payload = JSON.parse(decodeBase64Url(user.access_token.split('.')[1]));
  const roles = payload.realm_access?.roles ?? [];
  const role = roles.includes('admin') ? 'admin' : roles.includes('planner') ? 'planner'
    : roles.includes('viewer') ? 'viewer' : 'none';
  return {
    name: payload.preferred_username ?? payload.sub,
    role,
    regions: payload.sovplan_regions ?? [],
    canPlan: role === 'admin' || role === 'planner',
    canEdit: role === 'admin',
  };
}

function decodeBase64Url(part) {
  const base64 = part.replace(/-/g, '+').replace(/_/g, '/');
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}
