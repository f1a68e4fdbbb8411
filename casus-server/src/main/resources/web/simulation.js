// The crisis simulation: choose a scenario and arrangements, run it on the server as a job, follow
// its progress, then see the decisive-aid curves and each arrangement's verdict against no
// arrangement at all.

import { api, pollJob, session } from './api.js';
import { curves } from './charts.js';
import { el, heading, interval, num, pct, problem, replace, select } from './dom.js';
import { draftId, draftText } from './arrangement.js';
import { library } from './library.js';

function days(value) {
  return typeof value === 'number' && Number.isFinite(value) ? `${value.toFixed(1)} days` : 'never';
}

function signed(value) {
  return typeof value === 'number' ? `${value >= 0 ? '+' : ''}${(100 * value).toFixed(1)}` : '\u2013';
}

function reasons(a, runs) {
  const entries = Object.entries(a.reasons || {});
  if (!entries.length) {
    return '\u2013';
  }
  return entries.sort((x, y) => y[1] - x[1])
    .map(([reason, count]) => `${reason} ${runs ? pct(count / runs) : count}`).join('; ');
}

function onDay(a, day) {
  const point = (a.curve || []).find((c) => c.day === day);
  return point ? interval(point.decisiveAid) : '\u2013';
}

/** The result: the chart, the verdict table and, when present, the tornado. */
export function simulationResult(sim) {
  const arrangements = sim.arrangements || [];
  const chart = el('div', { class: 'chart tall', id: 'sim-chart', 'data-test': 'sim-chart', role: 'img',
    'aria-label': 'Line chart: the share of runs in which decisive aid has arrived, by day, for each arrangement; the verdict table below gives the numbers.' });
  const verdictDay = sim.verdictDay;
  const result = el('section', { class: 'sim-result', id: 'sim-result', 'data-test': 'sim-result' },
    el('h2', { text: 'Result' }),
    el('p', { class: 'lead', text: `Scenario ${sim.scenario}: ${sim.runs} runs, seed ${sim.seed}. `
      + `Verdicts compare decisive aid by day ${verdictDay} with no arrangement, on paired runs (95% intervals).` }),
    chart,
    el('table', { id: 'sim-verdicts', 'data-test': 'sim-verdicts' },
      el('caption', { text: 'Verdicts against no arrangement' }),
      el('thead', {}, el('tr', {}, ['Arrangement', 'Path', 'Activates', `Decisive aid by day ${verdictDay}`, 'First aid, median day',
        'First aid, 90% of runs by', 'Verdict', 'Difference [95%], points', 'How its path ended'].map((h) => el('th', { scope: 'col', text: h })))),
      el('tbody', {}, arrangements.map((a) => el('tr', { 'data-test': 'sim-row', 'data-id': a.id },
        el('th', { scope: 'row', text: a.id }),
        el('td', { text: a.path || '\u2013' }),
        el('td', { class: 'num', text: interval(a.activation) }),
        el('td', { class: 'num', text: onDay(a, verdictDay) }),
        el('td', { class: 'num', text: days(a.timeToAidMedian) }),
        el('td', { class: 'num', text: days(a.timeToAid90) }),
        el('td', {}, a.verdict ? el('span', { class: `verdict verdict-${a.verdict}`, 'data-test': 'verdict', text: a.verdict }) : el('span', { class: 'hint', text: 'baseline' })),
        el('td', { class: 'num', text: a.verdictInterval
          ? `${signed(a.verdictInterval.difference)} [${signed(a.verdictInterval.low)}, ${signed(a.verdictInterval.high)}]` : '\u2013' }),
        el('td', { text: reasons(a, sim.runs) }))))),
    ...(sim.tornadoes || []).map((tornado) => el('table', { class: 'sim-tornado', 'data-test': 'sim-tornado', 'data-id': tornado.arrangement },
      el('caption', { text: `Which assumption drives the verdict of ${tornado.arrangement} against ${tornado.against} (tornado)` }),
      el('thead', {}, el('tr', {}, ['Assumption', 'Low', 'High', 'Difference at low', 'Difference at high', 'Verdict at low', 'Verdict at high']
        .map((h) => el('th', { scope: 'col', text: h })))),
      el('tbody', {}, tornado.bars.map((t) => el('tr', {},
        el('th', { scope: 'row', text: t.parameter }),
        el('td', { class: 'num', text: num(t.low, 2) }),
        el('td', { class: 'num', text: num(t.high, 2) }),
        el('td', { class: 'num', text: signed(t.differenceAtLow) }),
        el('td', { class: 'num', text: signed(t.differenceAtHigh) }),
        el('td', { text: t.verdictAtLow || '' }),
        el('td', { text: t.verdictAtHigh || '' })))))));
  setTimeout(() => {
    curves(chart, arrangements.map((a) => ({
      name: a.id,
      dashed: a.id === 'none',
      points: (a.curve || []).map((c) => [c.day, c.decisiveAid ? c.decisiveAid.value : null]),
    })), verdictDay, `day ${verdictDay}`).catch((e) => chart.replaceWith(problem(e)));
  }, 0);
  return result;
}

/**
 * The address that runs this simulation again: the same inputs and seed give the same result (the runs
 * are seeded), so it stands for the result.
 */
function permalink(sim, tornado, perBar) {
  const q = new URLSearchParams();
  (sim.arrangements || []).map((a) => a.id).filter((id) => id !== 'none').forEach((id) => q.append('a', id));
  q.set('scenario', sim.scenario);
  q.set('runs', String(sim.runs));
  q.set('seed', String(sim.seed));
  if (tornado) {
    q.set('tornado', String(perBar));
  }
  q.set('run', '1');
  return `#/simulation?${q}`;
}

/** The result's permalink, its JSON as a file, and the assumptions it rests on. */
function resultFooter(sim, link) {
  const json = new Blob([JSON.stringify(sim, null, 2)], { type: 'application/json' });
  return el('section', { class: 'sim-footer', 'data-test': 'sim-footer' },
    el('p', {}, link ? [el('a', { href: link, id: 'sim-permalink', 'data-test': 'sim-permalink', text: 'Permalink' }),
      ' (runs it again with the same inputs and seed, which give the same result) \u00b7 '] : null,
      el('a', { href: URL.createObjectURL(json), download: `simulation-${sim.scenario}-seed-${sim.seed}.json`,
        id: 'sim-export', 'data-test': 'sim-export', text: 'Download the result (JSON)' })),
    (sim.assumptions || []).length ? [el('h3', { text: 'Assumptions' }),
      el('ul', { 'data-test': 'sim-assumptions' }, sim.assumptions.map((a) => el('li', { text: a })))] : null);
}

export async function simulationPage(preselected = [], scenarioId = null, query = new URLSearchParams()) {
  const [scenarios, items] = await Promise.all([api('/api/scenarios'), library()]);
  const choices = items.filter((a) => a.id !== 'none');
  // opened from an arrangement: a scenario that attacks a state it protects, not simply the first
  const first = items.find((a) => a.id === preselected[0]);
  const fitting = first && scenarios.find((s) => (first.protected || []).includes(s.target));
  const scenario = select({ id: 'sim-scenario', name: 'scenario', required: true },
    scenarios.map((s) => [s.id, `${s.title} (${s.id})`]), scenarioId || (fitting || scenarios[0] || {}).id);
  const boxes = choices.map((a) => el('div', { class: 'check' },
    el('input', { type: 'checkbox', id: `sim-a-${a.id}`, name: 'arrangement', value: a.id, checked: preselected.includes(a.id) }),
    el('label', { for: `sim-a-${a.id}` }, el('code', { text: a.id }), ' ', el('span', { class: 'hint', text: a.title }))));
  // an arrangement of one's own (#/new), sent as its text
  const draft = query.get('draft') === '1' ? draftText() : null;
  const draftBox = draft === null ? null : el('input', { type: 'checkbox', id: 'sim-draft', name: 'draft', checked: true });
  if (draftBox) {
    boxes.unshift(el('div', { class: 'check' }, draftBox, el('label', { for: 'sim-draft' }, el('code', { text: draftId(draft) }), ' ',
      el('span', { class: 'hint', text: 'your own arrangement, from its text' }))));
  }
  const runs = el('input', { id: 'sim-runs', name: 'runs', type: 'number', min: 100, max: 100000, step: 100, value: query.get('runs') || '2000', required: true });
  const seed = el('input', { id: 'sim-seed', name: 'seed', type: 'number', min: 0, step: 1, value: query.get('seed') || '1', required: true });
  const tornado = el('input', { type: 'checkbox', id: 'sim-tornado', name: 'tornado' });
  const sensitivityRuns = el('input', { id: 'sim-sensitivity-runs', name: 'sensitivityRuns', type: 'number', min: 10, max: 100000,
    step: 10, value: '500', disabled: true });
  tornado.addEventListener('change', () => {
    sensitivityRuns.disabled = !tornado.checked;
  });
  const run = el('button', { type: 'submit', id: 'sim-run', 'data-test': 'sim-run', text: 'Run the simulation' });
  const progress = el('progress', { id: 'sim-progress', 'data-test': 'sim-progress', max: '1', value: '0', 'aria-labelledby': 'sim-status', hidden: true });
  const status = el('p', { id: 'sim-status', role: 'status', class: 'hint' });
  const output = el('div', { id: 'sim-output' });
  const canRun = session.allows('analyst');

  // a chosen arrangement that does not protect the scenario's target can only show "not covered"
  const fit = el('p', { id: 'sim-fit', class: 'hint', 'data-test': 'sim-fit', role: 'status' });
  function checkFit() {
    const target = (scenarios.find((s) => s.id === scenario.value) || {}).target;
    const outside = boxes.map((b) => b.querySelector('input')).filter((i) => i.checked)
      .map((i) => items.find((a) => a.id === i.value)).filter((a) => a && !(a.protected || []).includes(target));
    fit.textContent = outside.length ? `${outside.map((a) => a.id).join(', ')} do${outside.length === 1 ? 'es' : ''} not protect `
      + `${target}, the state this scenario attacks: ${outside.length === 1 ? 'it' : 'they'} will show "not covered".` : '';
  }
  scenario.addEventListener('change', checkFit);
  boxes.forEach((b) => b.querySelector('input').addEventListener('change', checkFit));
  checkFit();

  const form = el('form', { id: 'sim-form', novalidate: true },
    el('div', { class: 'field' }, el('label', { for: 'sim-scenario', text: 'Scenario' }), scenario, fit),
    el('fieldset', { id: 'sim-arrangements' },
      el('legend', { text: 'Arrangements (each is judged against no arrangement, which is always included)' }),
      el('div', { class: 'checks' }, boxes)),
    el('div', { class: 'row' },
      el('div', { class: 'field' }, el('label', { for: 'sim-runs', text: 'Runs' }), runs),
      el('div', { class: 'field' }, el('label', { for: 'sim-seed', text: 'Seed' }), seed)),
    el('fieldset', { id: 'sim-sensitivity' },
      el('legend', { text: 'Sensitivity' }),
      el('div', { class: 'check' }, tornado, el('label', { for: 'sim-tornado', text: 'Sensitivity (tornado): which assumption moves each verdict, '
        + 'each set to its low and high value' })),
      el('div', { class: 'field' }, el('label', { for: 'sim-sensitivity-runs', text: 'Runs per tornado bar' }), sensitivityRuns)),
    canRun ? run : el('p', { class: 'hint forbidden', text: 'Running simulations is not allowed for your role (it needs analyst).' }),
    progress, status);

  async function poll(job, page) {
    const result = await pollJob(job, () => page.isConnected, (share, state) => {
      progress.value = share;
      status.textContent = state === 'queued' ? 'Waiting for a free worker\u2026'
        : state === undefined ? 'Done.' : share < 1 ? `Running\u2026 ${Math.round(100 * share)}%`
          : tornado.checked ? 'Computing the sensitivity (tornado)\u2026' : 'Finishing\u2026';
    }, 'The simulation');
    return result;
  }

  const page = el('section', { class: 'page' }, heading('Crisis simulation'),
    el('p', { class: 'lead', text: 'A Monte-Carlo crisis: how likely and how fast help arrives under each arrangement, compared with no arrangement at all.' }),
    form, output);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const chosen = boxes.map((b) => b.querySelector('input')).filter((i) => i.checked && i !== draftBox).map((i) => i.value);
    const drafts = draftBox && draftBox.checked ? [draft] : [];
    const count = Number(runs.value);
    if (!chosen.length && !drafts.length) {
      status.textContent = 'Choose at least one arrangement.';
      return;
    }
    if (!Number.isInteger(count) || count < 1 || count > 100000) {
      status.textContent = 'Runs must be a whole number from 1 to 100000.';
      return;
    }
    const perBar = Number(sensitivityRuns.value);
    if (tornado.checked && (!Number.isInteger(perBar) || perBar < 10 || perBar > 100000)) {
      status.textContent = 'Runs per tornado bar must be a whole number from 10 to 100000.';
      return;
    }
    run.disabled = true;
    progress.hidden = false;
    progress.value = 0;
    status.textContent = tornado.checked ? 'Starting (the tornado runs after the simulation and takes longer)\u2026' : 'Starting\u2026';
    replace(output);
    try {
      const started = await api('/api/simulations', { json: { arrangements: chosen, drafts, scenario: scenario.value, runs: count,
        seed: Number(seed.value) || 0, tornado: tornado.checked, sensitivityRuns: tornado.checked ? perBar : undefined } });
      const result = await poll(started.job, page);
      if (result) {
        // a permalink names library ids; an arrangement of one's own lives in this tab only
        replace(output, simulationResult(result), resultFooter(result, drafts.length ? null : permalink(result, tornado.checked, perBar)));
      }
    } catch (e) {
      status.textContent = 'The simulation did not finish.';
      replace(output, problem(e));
    } finally {
      run.disabled = false;
    }
  });
  if (query.get('tornado')) {
    tornado.checked = true;
    sensitivityRuns.disabled = false;
    sensitivityRuns.value = query.get('tornado');
  }
  if (query.get('run') === '1' && canRun) {
    setTimeout(() => form.requestSubmit(), 0);
  }
  return page;
}
