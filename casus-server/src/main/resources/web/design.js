// Counter-proposals (casus design): keep some guarantors, state each side's red lines, search on
// the server as a job, then read the front in a negotiator's words.

import { api, pollJob, session } from './api.js';
import { el, field, heading, problem, replace } from './dom.js';

const LEVELS = {
  'no-vote': 'no vote',
  vote: 'a vote without a veto',
  'veto-unless-party': 'a veto except over action against itself',
  veto: 'a veto over every activation',
};

function codes(text) {
  return text.split(',').map((c) => c.trim()).filter((c) => c);
}

/** One offer of the front: the rule, each standing, how hard it is to block, what each side gives up. */
function offer(o) {
  const standings = Object.entries(o.standings || {}).map(([actor, level]) => `${actor}: ${LEVELS[level] || level}`);
  const weakest = Object.entries(o.margins || {}).sort((a, b) => a[1] - b[1])[0];
  const gives = Object.entries(o.shortfalls || {}).map(([side, steps]) => `${side} ${steps} step${steps === 1 ? '' : 's'}`);
  return el('li', { class: 'offer', 'data-test': 'offer' },
    el('h3', { text: o.rule }),
    el('p', { text: `Guarantors: ${(o.guarantors || []).join(', ')}.` + (o.fallbackDays ? ` Each may act alone after ${o.fallbackDays} days without a decision.` : '') }),
    el('p', { text: weakest ? `Activates against every aggressor; blocking it against ${weakest[0]} takes ${weakest[1]} refusal${weakest[1] === 1 ? '' : 's'} of the guarantors free to act.` : '' }),
    el('p', { text: `Standing: ${standings.join('; ')}.` }),
    gives.length ? el('p', { text: `Gives up: ${gives.join(', ')}; power moved from the base ${Number(o.powerDistance).toFixed(3)}.` }) : null);
}

export function designResult(result) {
  const front = result.front || [];
  const relaxations = Object.entries(result.relaxations || {});
  return el('section', { id: 'design-result', 'data-test': 'design-result' },
    el('p', { text: `Searched ${result.examined.toLocaleString('en')} proposals; ${result.activating.toLocaleString('en')} activate against every aggressor (${(result.aggressors || []).join(', ')}).` }),
    result.satisfiesAll ? el('p', { class: 'verdict', text: 'These proposals meet every red line.' })
      : el('div', {}, el('p', { class: 'verdict', 'data-test': 'no-rule', text: 'No rule satisfies every red line.' }),
        el('ul', {}, relaxations.map(([side, r]) => el('li', { text: r.steps === null || r.steps === undefined
          ? `${side}: no concession of its own opens a front`
          : `${side} alone: ${r.steps} step${r.steps === 1 ? '' : 's'} of standing (${r.proposal})` })))),
    el('h2', { text: `Front (${front.length})` }),
    el('ol', { class: 'offers' }, front.slice(0, 10).map(offer)));
}

export function designPage(id) {
  const required = el('input', { id: 'design-require', type: 'text', placeholder: 'RU, CN' });
  const candidates = el('input', { id: 'design-candidates', type: 'text', placeholder: 'TR, DE' });
  const lines = el('textarea', { id: 'design-red-lines', rows: 3, placeholder: 'RU=veto\nUA=at-most-vote:RU' });
  const fallback = el('input', { id: 'design-fallback', type: 'number', min: 0, max: 365, value: 0 });
  const run = el('button', { type: 'submit', id: 'design-run', text: 'Search counter-proposals' });
  const progress = el('progress', { id: 'design-progress', max: 1, value: 0, hidden: true });
  const status = el('p', { id: 'design-status', role: 'status' });
  const output = el('div', { id: 'design-output' });
  const form = el('form', { id: 'design-form', novalidate: true },
    field('Guarantors to keep', required, 'Comma-separated actor codes.'),
    field('Candidates a proposal may add', candidates, 'Comma-separated; at most two are added at once.'),
    field('Red lines, one per line', lines, 'SIDE=LEVEL[:ACTOR], LEVEL one of veto, veto-unless-party, vote, at-most-veto-unless-party, at-most-vote, no-vote. Without any, each guarantor kept wants what the arrangement gives it.'),
    field('Fallback: days before each guarantor may act alone (0: none)', fallback),
    session.allows('analyst') ? run : el('p', { class: 'hint forbidden', text: 'Searching needs the analyst role.' }),
    progress, status);
  const page = el('section', { class: 'page' },
    el('p', { class: 'crumbs' }, el('a', { href: '#/library', text: 'Library' }), ' / ',
      el('a', { href: `#/arrangement/${encodeURIComponent(id)}`, text: id }), ' / counter-proposals'),
    heading(`What to offer instead of ${id}`),
    el('p', { class: 'lead', text: 'Guarantor sets and decision rules that activate against every aggressor, ranked by what each side gives up of its red lines (docs/method-design.md).' }),
    form, output);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    run.disabled = true;
    progress.hidden = false;
    status.textContent = 'Starting\u2026';
    replace(output);
    try {
      const started = await api('/api/design', { json: {
        arrangement: id,
        requireGuarantors: codes(required.value),
        candidates: codes(candidates.value),
        redLines: lines.value.split('\n').map((l) => l.trim()).filter((l) => l),
        fallbackDays: Number(fallback.value) || 0,
      } });
      const result = await pollJob(started.job, () => page.isConnected, (share, state) => {
        progress.value = share;
        status.textContent = state === 'queued' ? 'Waiting for a free worker\u2026'
          : share < 1 ? `Searching\u2026 ${Math.round(100 * share)}%` : 'Done.';
      }, 'The search');
      if (result) {
        replace(output, designResult(result));
      }
    } catch (e) {
      status.textContent = 'The search did not finish.';
      replace(output, problem(e));
    } finally {
      run.disabled = false;
    }
  });
  return page;
}
