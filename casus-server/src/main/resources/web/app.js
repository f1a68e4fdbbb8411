// The Casus workbench: a single page app with hash routes (#/library, #/arrangement/ID, ...),
// so the server only has to serve static files. Each page lives in its own module.

import { ApiError, login, logout, session } from './api.js';
import { clear, el, problem } from './dom.js';
import { libraryPage } from './library.js';
import { arrangementPage, newArrangementPage } from './arrangement.js';
import { councilPowerPage, councilsPage, powerPage, robustnessPage } from './analysis.js';
import { simulationPage } from './simulation.js';
import { designPage } from './design.js';
import { recordPage } from './record.js';
import { usersPage } from './users.js';
import { passwordPage } from './account.js';

const $ = (id) => document.getElementById(id);

const ROUTES = [
  [/^library$/, 'library', () => libraryPage()],
  [/^arrangement\/([\w.-]+)$/, 'library', (m) => arrangementPage(m[1])],
  [/^power\/([\w.-]+)$/, 'library', (m, q) => powerPage(m[1], q.get('against'), q.get('draft') === '1')],
  [/^robustness\/([\w.-]+)$/, 'library', (m, q) => robustnessPage(m[1], q.get('draft') === '1')],
  [/^new$/, 'library', () => newArrangementPage()],
  [/^councils$/, 'library', () => councilsPage()],
  [/^council\/([\w.-]+)$/, 'library', (m, q) => councilPowerPage(m[1], q.get('against'))],
  [/^design\/([\w.-]+)$/, 'library', (m) => designPage(m[1])],
  [/^simulation$/, 'simulation', (m, q) => simulationPage(q.getAll('a'), q.get('scenario'), q)],
  [/^record$/, 'record', () => recordPage()],
  [/^users$/, 'users', () => usersPage()],
  [/^password$/, 'password', () => passwordPage()],
];

/** The route in the address: "#/power/nato-1949?against=RU" -> ["power/nato-1949", params]. */
function current() {
  const hash = window.location.hash;
  if (!hash.startsWith('#/')) {
    return ['library', new URLSearchParams()];
  }
  const [path, query] = hash.slice(2).split('?');
  return [decodeURIComponent(path || 'library'), new URLSearchParams(query || '')];
}

function showLogin(notice = '') {
  $('nav').hidden = true;
  $('account').hidden = true;
  clear($('view'));
  $('login-view').hidden = false;
  $('login-notice').textContent = notice;
  $('login-error').textContent = '';
  $('login-password').value = '';
  document.title = 'Log in - Casus workbench';
  $('login-name').focus();
}

function showApp() {
  const user = session.user();
  $('login-view').hidden = true;
  $('nav').hidden = false;
  $('account').hidden = false;
  $('who').textContent = `${user.name} (${user.role})`;
  for (const item of document.querySelectorAll('[data-role]')) {
    item.hidden = !session.allows(item.dataset.role);
  }
}

let rendering = 0;

async function render(focus = false) {
  if (!session.token()) {
    showLogin();
    return;
  }
  showApp();
  if (session.user() && session.user().mustChangePassword && current()[0] !== 'password') {
    window.location.hash = '#/password';
    return;
  }
  const [path, query] = current();
  const route = ROUTES.find(([pattern]) => pattern.test(path));
  for (const link of document.querySelectorAll('[data-nav]')) {
    if (route && link.dataset.nav === route[1]) {
      link.setAttribute('aria-current', 'page');
    } else {
      link.removeAttribute('aria-current');
    }
  }
  const view = $('view');
  const ticket = ++rendering;
  clear(view);
  view.setAttribute('aria-busy', 'true');
  view.append(el('p', { class: 'loading', text: 'Loading\u2026' }));
  let page;
  try {
    page = route ? await route[2](path.match(route[0]), query)
      : el('section', {}, el('h1', { text: 'Not found' }), el('p', {}, 'No page at this address. ', el('a', { href: '#/library', text: 'Go to the library.' })));
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      return; // the login form is already back
    }
    page = el('section', {}, el('h1', { text: 'This page could not be shown' }), problem(error));
  }
  if (ticket !== rendering || !session.token()) {
    return; // another navigation started meanwhile
  }
  clear(view);
  view.append(page);
  view.setAttribute('aria-busy', 'false');
  const h1 = view.querySelector('h1');
  document.title = `${h1 ? h1.textContent : 'Casus'} - Casus workbench`;
  if (focus && h1) {
    h1.focus({ preventScroll: false });
  }
}

function start() {
  $('login-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const name = $('login-name').value.trim();
    const password = $('login-password').value;
    const error = $('login-error');
    error.textContent = '';
    if (!name || !password) {
      error.textContent = 'Enter your name and password.';
      return;
    }
    $('login-submit').disabled = true;
    try {
      await login(name, password);
      render(true);
    } catch (e) {
      error.textContent = e.status === 401 ? 'Wrong name or password.' : e.message;
    } finally {
      $('login-submit').disabled = false;
    }
  });
  $('logout').addEventListener('click', async () => {
    await logout();
    showLogin('You are logged out.');
  });
  window.addEventListener('casus:unauthorized', () => showLogin('Your session has ended: log in again.'));
  const view = $('view');
  new MutationObserver(() => keyboardScroll(view)).observe(view, { childList: true, subtree: true });
  window.addEventListener('resize', () => keyboardScroll(view));
  window.addEventListener('hashchange', () => {
    if (window.location.hash === '' || window.location.hash.startsWith('#/')) {
      render(true);
    }
  });
  render(false);
}

/**
 * A table wider than the screen scrolls in place (style.css); one that does is made reachable by keyboard,
 * so that it can be scrolled without a mouse.
 */
function keyboardScroll(root) {
  for (const table of root.querySelectorAll('table')) {
    if (table.scrollWidth > table.clientWidth) {
      table.tabIndex = 0;
    } else {
      table.removeAttribute('tabindex');
    }
  }
}

start();
