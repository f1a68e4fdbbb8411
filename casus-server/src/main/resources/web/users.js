// Users (admin only): who may log in, with which role.

import { api } from './api.js';
import { el, field, heading, problem, replace, select } from './dom.js';

function usersTable(users) {
  return el('table', { id: 'users', 'data-test': 'users' },
    el('caption', { text: 'Users' }),
    el('thead', {}, el('tr', {}, ['Name', 'Role'].map((h) => el('th', { scope: 'col', text: h })))),
    el('tbody', {}, users.map((u) => el('tr', { 'data-test': 'user' },
      el('th', { scope: 'row', text: u.name }),
      el('td', { text: u.role })))));
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
  const slot = el('div', {}, usersTable(users));
  const result = el('p', { id: 'user-result', role: 'status' });
  const form = el('form', { id: 'user-form', class: 'card', novalidate: true },
    el('h2', { text: 'Add a user' }),
    field('Name', el('input', { id: 'user-name', required: true, autocomplete: 'off', maxlength: 100 }),
      'Letters, digits, dots, dashes or underscores.'),
    field('Password', el('input', { id: 'user-password', type: 'password', required: true, autocomplete: 'new-password', minlength: 12 }),
      'At least 12 characters. Give it to the person over a safe channel; the server keeps only a hash.'),
    field('Role', select({ id: 'user-role' }, [['viewer', 'viewer: reads'], ['analyst', 'analyst: also writes the record and runs analyses'],
      ['admin', 'admin: also manages users']], 'analyst')),
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
      replace(slot, usersTable(await api('/api/users')));
    } catch (e) {
      replace(result, problem(e));
    }
  });
  return el('section', { class: 'page' }, heading('Users'), slot, form);
}
