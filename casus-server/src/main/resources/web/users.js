// Users (admin only): who may log in, with which role; an admin changes a role, gives a one-time
// password or deletes a user. The server refuses to demote or delete the last admin, or oneself.

import { api, session } from './api.js';
import { el, field, heading, problem, replace, select } from './dom.js';

const ROLES = [['viewer', 'viewer: reads'], ['analyst', 'analyst: also writes the record and runs analyses'],
  ['admin', 'admin: also manages users']];

/** One user's row: the role to change, a one-time password to give, the delete button (not for oneself). */
function userRow(user, act) {
  const me = session.user() && session.user().name === user.name;
  const role = select({ class: 'user-role', 'aria-label': `Role of ${user.name}` }, ROLES.map(([r]) => r), user.role);
  role.addEventListener('change', () => act(`${user.name} is now ${role.value}.`,
    () => api(`/api/users/${encodeURIComponent(user.name)}/role`, { json: { role: role.value } })));
  const password = el('input', { class: 'user-password', type: 'password', autocomplete: 'new-password', minlength: 12,
    'aria-label': `One-time password for ${user.name}` });
  const reset = el('form', { class: 'user-reset', novalidate: true }, password,
    el('button', { type: 'submit', class: 'secondary', text: 'Give' }));
  reset.addEventListener('submit', (event) => {
    event.preventDefault();
    act(`${user.name} has a one-time password now, to be changed at the next login.`,
      () => api(`/api/users/${encodeURIComponent(user.name)}/password`, { json: { password: password.value } }));
  });
  const remove = el('button', { type: 'button', class: 'secondary user-delete', text: 'Delete',
    'aria-label': `Delete ${user.name}` });
  remove.addEventListener('click', () => {
    if (window.confirm(`Delete the user ${user.name} and end their sessions?`)) {
      act(`${user.name} deleted.`, () => api(`/api/users/${encodeURIComponent(user.name)}`, { method: 'DELETE' }));
    }
  });
  return el('tr', { 'data-test': 'user', 'data-name': user.name },
    el('th', { scope: 'row', text: user.name }),
    el('td', {}, role),
    el('td', {}, me ? el('a', { href: '#/password', text: 'Change your own' }) : reset,
      user.mustChangePassword ? el('small', { class: 'hint', text: ' (one-time, not yet changed)' }) : null),
    el('td', {}, me ? null : remove));
}

function usersTable(users, act) {
  return el('table', { id: 'users', 'data-test': 'users' },
    el('caption', { text: 'Users' }),
    el('thead', {}, el('tr', {}, ['Name', 'Role', 'Password'].map((h) => el('th', { scope: 'col', text: h })),
      el('th', { scope: 'col' }, el('span', { class: 'visually-hidden', text: 'Delete' })))),
    el('tbody', {}, users.map((u) => userRow(u, act))));
}

export async function usersPage() {
  let users;
  try {
    users = await api('/api/users');
  } catch (e) {
    if (e.status !== 403) {
      throw e;
    }
    return el('section', { class: 'page' }, heading('Users'), problem(e));
  }
  const status = el('div', { id: 'users-status', role: 'status' });
  const slot = el('div', {});
  /** Runs a change, shows the users as they now are, then says what it did (or why not). */
  async function act(done, change) {
    let said;
    try {
      await change();
      said = el('p', { class: 'ok', 'data-test': 'users-done', text: done });
    } catch (e) {
      said = problem(e);
    }
    try {
      replace(slot, usersTable(await api('/api/users'), act));
    } catch (e) {
      replace(slot, problem(e));
    }
    replace(status, said);
  }
  replace(slot, usersTable(users, act));
  const result = el('p', { id: 'user-result', role: 'status' });
  const form = el('form', { id: 'user-form', class: 'card', novalidate: true },
    el('h2', { text: 'Add a user' }),
    field('Name', el('input', { id: 'user-name', required: true, autocomplete: 'off', maxlength: 100 }),
      'Letters, digits, dots, dashes or underscores.'),
    field('Password', el('input', { id: 'user-password', type: 'password', required: true, autocomplete: 'new-password', minlength: 12 }),
      'At least 12 characters. Give it to the person over a safe channel; the server keeps only a hash.'),
    field('Role', select({ id: 'user-role' }, ROLES, 'analyst')),
    el('button', { type: 'submit', id: 'user-submit', text: 'Add the user' }),
    result);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const name = form.querySelector('#user-name').value.trim();
    const password = form.querySelector('#user-password').value;
    if (!name || password.length < 12) {
      replace(result, el('span', { class: 'error', text: 'A user needs a name and a password of at least 12 characters.' }));
      return;
    }
    try {
      await api('/api/users', { json: { name, password, role: form.querySelector('#user-role').value } });
      form.reset();
      replace(result, el('span', { class: 'ok', text: `User ${name} added.` }));
      replace(slot, usersTable(await api('/api/users'), act));
    } catch (e) {
      replace(result, problem(e));
    }
  });
  return el('section', { class: 'page' }, heading('Users'), status, slot, form);
}
