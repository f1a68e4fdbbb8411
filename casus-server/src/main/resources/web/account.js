// One's own password: changed here, and first of all when the password is a one-time password.

import { changePassword, session } from './api.js';
import { el, field, heading, problem, replace } from './dom.js';

export function passwordPage() {
  const current = el('input', { id: 'password-current', type: 'password', autocomplete: 'current-password', required: true });
  const fresh = el('input', { id: 'password-new', type: 'password', autocomplete: 'new-password', required: true, minlength: 12, maxlength: 128 });
  const again = el('input', { id: 'password-again', type: 'password', autocomplete: 'new-password', required: true });
  const submit = el('button', { type: 'submit', id: 'password-submit', text: 'Change password' });
  const result = el('div', { id: 'password-result', role: 'status' });
  const user = session.user() || {};
  const form = el('form', { id: 'password-form', novalidate: true },
    field('Current password', current),
    field('New password', fresh, '12 to 128 characters, not easy to guess (common passwords and your name are refused).'),
    field('New password again', again),
    submit, result);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (fresh.value !== again.value) {
      replace(result, el('p', { class: 'error', role: 'alert', text: 'The two new passwords differ.' }));
      return;
    }
    submit.disabled = true;
    try {
      await changePassword(current.value, fresh.value);
      replace(result, el('p', { 'data-test': 'password-changed', text: 'Password changed.' }));
      window.location.hash = '#/library';
    } catch (e) {
      replace(result, problem(e));
    } finally {
      submit.disabled = false;
    }
  });
  return el('section', { class: 'page' }, heading('Change your password'),
    user.mustChangePassword ? el('p', { class: 'lead', 'data-test': 'must-change',
      text: 'Your password is a one-time password: choose your own before anything else.' }) : null,
    form);
}
