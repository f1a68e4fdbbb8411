// Voting power (indices, veto players, a bar chart) of an arrangement's rule or of a council of the
// library, and robustness (per aggressor: can it activate, and who is indispensable).

import { api } from './api.js';
import { bars } from './charts.js';
import { draftText } from './arrangement.js';
import { el, heading, list, num, problem, select } from './dom.js';

const INDICES = [
  ['shapleyShubik', 'Shapley-Shubik'],
  ['banzhafNormalized', 'Banzhaf (normalized)'],
  ['banzhafAbsolute', 'Banzhaf (absolute)'],
  ['holler', 'Holler'],
  ['deeganPackel', 'Deegan-Packel'],
  ['johnston', 'Johnston'],
];

/** The way back: to the library's arrangement, or for one's own (draft) to its editor. */
function crumbs(id, here, draft = false) {
  return el('p', { class: 'crumbs' },
    el('a', { href: '#/library', text: 'Library' }), ' / ',
    draft ? el('a', { href: '#/new', text: `${id} (your own)` })
      : el('a', { href: `#/arrangement/${encodeURIComponent(id)}`, text: id }), ' / ', here);
}


function facts(pairs) {
  return el('dl', { class: 'facts' }, pairs.filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => [el('dt', { text: k }), el('dd', {}, v)]));
}

export async function powerPage(id, against, draft = false) {
  const base = draft ? '/api/check/power' : `/api/arrangements/${encodeURIComponent(id)}/power`;
  let power;
  try {
    const address = against ? `${base}?against=${encodeURIComponent(against)}` : base;
    power = await (draft ? api(address, { text: draftText() || '', type: 'application/yaml' }) : api(address));
  } catch (e) {
    if (e.status !== 400) {
      throw e;
    }
    return el('section', { class: 'page' }, crumbs(id, 'Voting power'), heading(`Voting power: ${id}`),
      problem(e), el('p', {}, 'Voting power is measured on a collective decision rule; see ',
        el('a', { href: `#/robustness/${encodeURIComponent(id)}`, text: 'robustness' }), ' for who can stop the guarantee.'));
  }
  const query = (value) => [draft ? 'draft=1' : '', value ? `against=${encodeURIComponent(value)}` : ''].filter(Boolean).join('&');
  return powerView(power, crumbs(id, 'Voting power', draft), `Voting power: ${id}`, 'Aggressor who votes no: ',
    (value) => `#/power/${encodeURIComponent(id)}${query(value) ? `?${query(value)}` : ''}`, against);
}

/** The councils of the library (GET /api/councils), each linked to its power page. */
export async function councilsPage() {
  const councils = await api('/api/councils');
  return el('section', { class: 'page' },
    el('p', { class: 'crumbs' }, el('a', { href: '#/library', text: 'Library' }), ' / Councils'),
    heading('Councils'),
    el('p', { class: 'lead', text: 'The standing bodies arrangements delegate decisions to, with their voting rules.' }),
    el('table', { id: 'councils', 'data-test': 'councils' },
      el('caption', { class: 'visually-hidden', text: 'Councils and their decision rules' }),
      el('thead', {}, el('tr', {}, ['Council', 'Title', 'Members', 'Rule'].map((h) => el('th', { scope: 'col', text: h })))),
      el('tbody', {}, councils.map((c) => el('tr', { 'data-test': 'council-row', 'data-id': c.id },
        el('th', { scope: 'row' }, el('a', { href: `#/council/${encodeURIComponent(c.id)}`, text: c.id })),
        el('td', { text: c.title }),
        el('td', { class: 'num', text: (c.members || []).length }),
        el('td', { text: c.rule }))))));
}

/** A council's voting power (GET /api/councils/ID/power), with a member voting no when chosen. */
export async function councilPowerPage(id, against) {
  const base = `/api/councils/${encodeURIComponent(id)}/power`;
  const power = await api(against ? `${base}?against=${encodeURIComponent(against)}` : base);
  const here = el('p', { class: 'crumbs' }, el('a', { href: '#/library', text: 'Library' }), ' / ',
    el('a', { href: '#/councils', text: 'Councils' }), ' / ', id);
  return powerView(power, here, `Voting power: ${id}`, 'Member who votes no (a party to the dispute): ',
    (value) => `#/council/${encodeURIComponent(id)}${value ? `?against=${encodeURIComponent(value)}` : ''}`, against);
}

/** A power result: the chooser of who votes no (address(value) is the page for that choice), facts, chart and table. */
function powerView(power, crumbLine, title, chooserLabel, address, against) {
  const players = power.players || [];
  const shown = INDICES.filter(([key]) => players.some((p) => typeof p[key] === 'number'));
  const chooser = select({ id: 'power-against', name: 'against' },
    [['', 'nobody (all may vote yes)'], ...(power.voters || players.map((p) => p.actor)).map((a) => [a, a])], against || '');
  chooser.addEventListener('change', () => {
    window.location.hash = address(chooser.value);
  });
  const chart = el('div', { class: 'chart', id: 'power-chart', 'data-test': 'power-chart', role: 'img',
    'aria-label': 'Bar chart of the Shapley-Shubik and normalized Banzhaf index of each player; the same numbers are in the table.' });
  const page = el('section', { class: 'page' },
    crumbLine,
    heading(title),
    el('div', { class: 'field inline' }, el('label', { for: 'power-against', text: chooserLabel }), chooser),
    power.blocked ? el('p', { class: 'blocked', role: 'alert', 'data-test': 'power-blocked', text: power.notice }) : null,
    facts([
      ['Game', power.game],
      ['Rule', power.rule],
      ['Method', `${power.method}${power.estimate ? ' (an estimate)' : ' (exact)'}`],
      ['Why this method', power.explanation],
      ['Veto players', list(power.vetoPlayers)],
      ['Dummies', list(power.dummies)],
      ['Winning coalitions', power.winningCoalitions],
      ['Minimal winning coalitions', power.minimalWinningCoalitions],
      ['Minimal blocking coalitions', power.minimalBlockingCoalitions],
    ]),
    (power.notes || []).map((n) => el('p', { class: 'note', text: n })),
    chart,
    el('table', { id: 'power-table', 'data-test': 'power-table' },
      el('caption', { text: 'Power indices (a share of the power; each column sums to 1 where normalized)' }),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: 'Actor' }),
        shown.map(([, label]) => el('th', { scope: 'col', class: 'num', text: label })))),
      el('tbody', {}, players.map((p) => el('tr', { 'data-test': 'power-row', 'data-actor': p.actor },
        el('th', { scope: 'row', class: 'code', text: p.actor }),
        shown.map(([key]) => el('td', { class: 'num', text: num(p[key], 4) })))))));
  setTimeout(() => {
    bars(chart, players.map((p) => p.actor), {
      'Shapley-Shubik': players.map((p) => p.shapleyShubik),
      'Banzhaf (normalized)': players.map((p) => p.banzhafNormalized),
    }, 'share of power').catch((e) => chart.replaceWith(problem(e)));
  }, 0);
  return page;
}

function activation(value) {
  if (value === true) {
    return el('span', { class: 'yes', text: 'yes' });
  }
  if (value === false) {
    return el('span', { class: 'no', text: 'NO' });
  }
  return el('span', { class: 'unknown', text: 'unknown' });
}

export async function robustnessPage(id, draft = false) {
  const r = await (draft ? api('/api/check/robustness', { text: draftText() || '', type: 'application/yaml' })
    : api(`/api/arrangements/${encodeURIComponent(id)}/robustness`));
  const aggressors = r.aggressors || [];
  return el('section', { class: 'page' },
    crumbs(id, 'Robustness', draft),
    heading(`Robustness: ${id}`),
    el('p', { class: 'lead', text: 'For each potential aggressor, with its allies voting no and not helping: is its attack covered, can the arrangement still activate, through which path, and who must then agree?' }),
    aggressors.length ? el('table', { id: 'robustness', 'data-test': 'robustness' },
      el('caption', { text: 'Robustness matrix' }),
      el('thead', {}, el('tr', {}, ['Aggressor', 'Attacks', 'Activates', 'Path', 'Its side', 'Minimal coalitions', 'Indispensable', 'Obligations', 'Carve-outs', 'Note']
        .map((h) => el('th', { scope: 'col', text: h })))),
      el('tbody', {}, aggressors.map((a) => el('tr', { 'data-test': 'robustness-row', 'data-aggressor': a.aggressor, class: a.activates === false ? 'blocked' : '' },
        el('th', { scope: 'row', class: 'code', text: a.aggressor }),
        el('td', { class: 'code', text: a.target ?? '\u2013' }),
        el('td', {}, activation(a.activates)),
        el('td', { text: a.path ?? '\u2013' }),
        el('td', { text: list(a.side) }),
        el('td', { class: 'num', text: a.minimalCoalitions ?? '\u2013' }),
        el('td', { text: list(a.indispensable) }),
        el('td', { text: list(a.obligations) }),
        el('td', { text: list(a.carveOuts) }),
        el('td', { text: a.note || '' })))))
      : el('p', { text: 'No potential aggressor to analyse.' }));
}
