// The library: every arrangement with its findings counted by severity.

import { api } from './api.js';
import { el, heading } from './dom.js';

export const SEVERITIES = ['critical', 'major', 'minor', 'info'];

let cached = null;

/** The library list, fetched once per page load (it does not change while the server runs). */
export async function library() {
  if (!cached) {
    cached = api('/api/library').catch((e) => {
      cached = null;
      throw e;
    });
  }
  return cached;
}

export async function libraryPage() {
  const items = await library();
  const rows = items.map((a) => el('tr', { 'data-test': 'library-row', 'data-id': a.id },
    el('th', { scope: 'row' }, el('a', { href: `#/arrangement/${encodeURIComponent(a.id)}`, text: a.id })),
    el('td', { text: a.title }),
    el('td', {}, el('span', { class: `status status-${a.status}`, text: a.status })),
    SEVERITIES.map((s) => {
      const n = a.findings ? a.findings[s] || 0 : 0;
      return el('td', { class: n ? `count sev-${s}` : 'count zero', text: n });
    })));
  return el('section', { class: 'page' },
    heading('Library'),
    el('p', { class: 'lead' }, `${items.length} arrangements, each checked for what a negotiator must clarify. `,
      'The standing bodies they delegate to: ', el('a', { href: '#/councils', id: 'link-councils', text: 'councils and their voting power' }), '. ',
      el('a', { href: '#/new', id: 'link-new', text: 'Check and analyse an arrangement of your own' }), '.'),
    el('table', { id: 'library', 'data-test': 'library' },
      el('caption', { class: 'visually-hidden', text: 'Arrangements and their findings by severity' }),
      el('thead', {}, el('tr', {},
        ['Arrangement', 'Title', 'Status'].map((h) => el('th', { scope: 'col', text: h })),
        SEVERITIES.map((s) => el('th', { scope: 'col', class: 'count', text: s[0].toUpperCase() + s.slice(1) })))),
      el('tbody', {}, rows)));
}
