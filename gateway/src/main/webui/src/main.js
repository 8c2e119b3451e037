// The planner's dashboard: sign-in, then one view per section (#overview, #energy, #workloads, #plans, #scenarios).
// It uses only the public API through the gateway; roles decide what is shown, and the API decides what is allowed.
import { whenSessionExpires } from './api.js';
import { identity, initAuth, onUserChange, signIn, signOut } from './auth.js';
import { disposeCharts } from './charts.js';
import { h } from './dom.js';
import { energy } from './energy.js';
import { overview } from './overview.js';
import { plans } from './plans.js';
import { scenarios } from './scenarios.js';
import { state } from './state.js';
import { workloads } from './workloads.js';

const view = document.getElementById('view');
const banner = document.getElementById('banner');
const VIEWS = { overview, energy, workloads, plans, scenarios };

function showBanner(...content) {
  banner.replaceChildren(...content);
  banner.hidden = false;
}

function signInButton(text) {
  return h('button', { type: 'button', id: 'sign-in', onclick: () => signIn() }, text);
}

function renderWho() {
  const me = state.identity;
  const who = document.getElementById('who');
  if (!me) {
    who.replaceChildren();
    return;
  }
  const regions = me.regions.length ? me.regions.join(', ') : 'none';
  who.replaceChildren(h('span', { id: 'who-name' }, me.name), ' · ', h('span', { id: 'who-role' }, me.role), ' · regions ',
    h('span', { id: 'who-regions' }, regions === '*' ? 'all' : regions),
    h('button', { type: 'button', id: 'sign-out', class: 'secondary', onclick: () => signOut() }, 'Sign out'));
}

async function route() {
  if (!state.identity) return;
  const [name, ...args] = (location.hash.replace(/^#/, '') || 'overview').split('/');
  const render = VIEWS[name] ?? overview;
  document.querySelectorAll('#nav a').forEach((a) => {
    if (a.getAttribute('href') === `#${name}`) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
  });
  disposeCharts();
  // Each visit renders into its own container: a slower view left meanwhile fills a detached one.
  const container = h('div', { class: 'view', 'data-view': name });
  view.replaceChildren(container);
  try {
    await render(container, ...args);
  } catch (error) {
    container.append(h('p', { class: 'field-error', role: 'alert' }, `Could not load this view: ${error.message}`));
  }
}

async function start() {
  try {
    await initAuth();
  } catch (error) {
    showBanner(`Sign-in failed: ${error.message}. `, signInButton('Sign in again'));
  }
  state.identity = identity();
  if (!state.identity) {
    view.replaceChildren(h('section', { class: 'card signin' }, h('h2', {}, 'Sign in'),
      h('p', {}, 'SovPlan shows sites, grid zones, workloads and plans to signed-in users of the realm.'), signInButton('Sign in')));
    return;
  }
  const own = state.identity.regions.filter((r) => r !== '*');
  if (own.length) state.region = own[0].slice(0, 2);
  document.getElementById('nav').hidden = false;
  renderWho();
  whenSessionExpires(() => showBanner('Your session has expired. ', signInButton('Sign in again')));
  onUserChange((user, reason) => {
    if (reason === 'expired') {
      showBanner('Your session could not be renewed. ', signInButton('Sign in again'));
    } else if (user) {
      banner.hidden = true;
      state.identity = identity();
      renderWho();
    }
  });
  window.addEventListener('hashchange', route);
  await route();
}

start();
