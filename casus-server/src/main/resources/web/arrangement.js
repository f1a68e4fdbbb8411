// One arrangement: its findings grouped by severity, each with the question to ask; the
// provisions as encoded; the YAML with live validation; links to power, robustness, simulation
// and the briefing, with its scenario, the arrangements it compares with and its format.

import { api, session } from './api.js';
import { el, field, heading, problem, replace, select } from './dom.js';
import { offerDownload } from './files.js';
import { SEVERITIES, library } from './library.js';

const CHECK_DELAY_MS = 600;
/** Where this tab keeps the text of an arrangement of one's own (never the server). */
const DRAFT_KEY = 'casus.draft';

/** The text of the arrangement of one's own this tab keeps (#/new), or null. */
export function draftText() {
  return sessionStorage.getItem(DRAFT_KEY);
}

/** The id a text gives itself (its `id:` line), as the pages name it before the server reads it. */
export function draftId(text) {
  return (text.match(/^id:\s*([\w.-]+)/m) || [])[1] || 'draft';
}
/** A starting point for an arrangement of one's own: valid, short, with its questions still open. */
const TEMPLATE = `id: my-guarantee
title: A guarantee of my own (a starting point to edit)
status: proposal
instrument: guarantee
sources:
  draft:
    title: My working draft
    url: https://example.org/my-draft
    encodes: every clause below, as I propose it
    kind: secondary
parties:
  protected: [UA]
  guarantors: [GB, FR, DE]
  threats: [RU]
  cite: draft
trigger:
  events: [armed-attack]
  cite: draft
obligations:
  - who: [GB, FR, DE]
    type: assist
    text: Each guarantor assists the protected state, with armed force if necessary.
    means: [air-support]
    cite: draft
decision:
  procedure: collective
  rule:
    unanimity: [GB, FR, DE]
  cite: draft
`;

/** One finding: rule, clause, actors, message, the question to ask, sources. */
export function findingItem(f, test = 'finding') {
  return el('li', { class: `finding sev-${f.severity}`, 'data-test': test, 'data-rule': f.rule, 'data-severity': f.severity },
    el('div', { class: 'finding-head' },
      el('span', { class: `badge sev-${f.severity}`, text: f.severity }),
      ' ',
      el('strong', { class: 'rule', text: f.rule }),
      ' ',
      el('code', { class: 'clause', text: f.clause || '' }),
      f.actors && f.actors.length ? el('span', { class: 'actors', 'data-test': 'finding-actors', text: ` [${f.actors.join(', ')}]` }) : null),
    el('p', { class: 'message', text: f.message }),
    f.question ? el('p', { class: 'question' }, el('span', { class: 'label', text: 'Ask: ' }), f.question) : null,
    f.sources && f.sources.length ? el('p', { class: 'sources', text: `Sources: ${f.sources.join(', ')}` }) : null,
    f.uncertain ? el('p', { class: 'uncertain', 'data-test': 'finding-uncertain', text: `UNCERTAIN (the clause as encoded): ${f.uncertain}` }) : null);
}

/** Findings grouped by severity, most severe first. */
export function findingGroups(findings, test = 'finding') {
  if (!findings.length) {
    return el('p', { class: 'ok', 'data-test': 'no-findings', text: 'No findings: nothing left to clarify.' });
  }
  return el('div', { class: 'findings' }, SEVERITIES.map((severity) => {
    const group = findings.filter((f) => f.severity === severity);
    if (!group.length) {
      return null;
    }
    return el('section', { class: 'severity-group', 'data-severity': severity },
      el('h3', { text: `${severity[0].toUpperCase()}${severity.slice(1)} (${group.length})` }),
      el('ul', { class: 'finding-list' }, group.map((f) => findingItem(f, test))));
  }));
}

function summary(findings) {
  const counts = SEVERITIES.map((s) => `${findings.filter((f) => f.severity === s).length} ${s}`);
  return counts.join(', ');
}

/** The YAML editor: checks the text on the server a moment after typing stops. */
export function yamlEditor(arrangement) {
  const canCheck = session.allows('analyst');
  const editor = el('textarea', {
    id: 'yaml-editor', 'data-test': 'yaml-editor', rows: 24, spellcheck: 'false', autocomplete: 'off',
    autocapitalize: 'off', wrap: 'off', value: arrangement.yaml || '', readonly: !canCheck,
  });
  const status = el('p', { id: 'yaml-status', 'data-test': 'yaml-status', role: 'status', class: 'hint' },
    'Edit the text to check it: errors and findings appear here as you type. The library file itself is not changed.');
  const results = el('div', { id: 'yaml-result', 'data-test': 'yaml-result' });
  let timer = null;
  let sequence = 0;

  function goToLine(line, column) {
    const lines = editor.value.split('\n');
    let offset = 0;
    for (let i = 0; i < Math.min(line - 1, lines.length); i++) {
      offset += lines[i].length + 1;
    }
    offset += Math.max(0, (column || 1) - 1);
    editor.focus();
    editor.setSelectionRange(offset, offset);
    const lineHeight = parseFloat(getComputedStyle(editor).lineHeight) || 18;
    editor.scrollTop = Math.max(0, (line - 5) * lineHeight);
  }

  async function check() {
    const mine = ++sequence;
    status.textContent = 'Checking\u2026';
    try {
      const result = await api('/api/check', { text: editor.value });
      if (mine !== sequence) {
        return;
      }
      const findings = result.findings || [];
      status.textContent = `Valid. ${findings.length} finding${findings.length === 1 ? '' : 's'}: ${summary(findings)}.`;
      editor.removeAttribute('aria-invalid');
      replace(results, findingGroups(findings, 'yaml-finding'));
    } catch (e) {
      if (mine !== sequence) {
        return;
      }
      const errors = e.status === 400 && e.body && Array.isArray(e.body.errors) ? e.body.errors : null;
      if (errors) {
        status.textContent = `${errors.length} error${errors.length === 1 ? '' : 's'} in the YAML.`;
        editor.setAttribute('aria-invalid', 'true');
        replace(results, el('ul', { class: 'yaml-errors', id: 'yaml-errors' }, errors.map((err) => el('li', { 'data-test': 'yaml-error' },
          el('button', {
            type: 'button', class: 'link', title: 'Go to this place in the editor',
            onclick: () => goToLine(err.line, err.column),
            text: `line ${err.line ?? '?'}, column ${err.column ?? '?'}`,
          }),
          err.field ? el('code', { text: ` ${err.field}` }) : null,
          ': ', err.message))));
      } else {
        status.textContent = 'The check could not run.';
        replace(results, problem(e));
      }
    }
  }

  editor.addEventListener('input', () => {
    if (!canCheck) {
      return;
    }
    clearTimeout(timer);
    status.textContent = 'Waiting for you to stop typing\u2026';
    timer = setTimeout(check, CHECK_DELAY_MS);
  });
  editor.addEventListener('keydown', (event) => {
    if (event.key === 'Tab' && !event.shiftKey && !event.ctrlKey && !event.altKey && !event.metaKey) {
      // indent with two spaces instead of leaving the field (Esc then Tab leaves it)
      if (editor.dataset.escaped === 'true') {
        return;
      }
      event.preventDefault();
      editor.setRangeText('  ', editor.selectionStart, editor.selectionEnd, 'end');
      editor.dispatchEvent(new Event('input'));
    } else {
      editor.dataset.escaped = String(event.key === 'Escape');
    }
  });

  return el('section', { class: 'yaml', 'aria-labelledby': 'yaml-title' },
    el('h2', { id: 'yaml-title', text: 'YAML' }),
    el('label', { for: 'yaml-editor', text: canCheck ? `The file ${arrangement.id}.yaml (Tab indents; Esc then Tab leaves the editor)`
      : `The file ${arrangement.id}.yaml (read only for your role)` }),
    editor,
    canCheck ? status : el('p', { class: 'hint forbidden', 'data-test': 'yaml-status', text: 'Live checking is not allowed for your role (it needs analyst).' }),
    results);
}

const FORMATS = [['html', 'HTML', 'text/html'], ['md', 'Markdown', 'text/markdown'], ['pdf', 'PDF', 'application/pdf']];

/**
 * The briefing's options, as casus brief takes them (a scenario to simulate, arrangements to compare
 * with in it, the format); the file is fetched with the token and offered as a download (a Blob URL).
 */
function briefing(arrangement, scenarios, others, textOf = null) {
  // as on the simulation page: a scenario that attacks a state the arrangement protects, if any
  const fitting = scenarios.find((s) => (arrangement.protected || []).includes(s.target));
  const scenario = select({ id: 'brief-scenario' }, [['', 'none (no crisis simulation)'],
    ...scenarios.map((s) => [s.id, `${s.title} (${s.id})`])], fitting ? fitting.id : '');
  const format = select({ id: 'brief-format' }, FORMATS.map(([value, label]) => [value, label]), 'html');
  const boxes = others.map((a) => el('div', { class: 'check' },
    el('input', { type: 'checkbox', id: `brief-against-${a.id}`, name: 'against', value: a.id }),
    el('label', { for: `brief-against-${a.id}` }, el('code', { text: a.id }), ' ', el('span', { class: 'hint', text: a.title }))));
  const chosen = () => boxes.map((b) => b.querySelector('input')).filter((i) => i.checked).map((i) => i.value);
  const summary = el('summary', { id: 'brief-against-summary' });
  const count = () => {
    const n = chosen().length;
    summary.textContent = `Compare with other arrangements in the scenario (${n ? `${n} chosen` : 'none chosen'}; no arrangement is always included)`;
  };
  boxes.forEach((b) => b.querySelector('input').addEventListener('change', count));
  count();
  const status = el('span', { id: 'brief-status', role: 'status', class: 'hint' });
  const holder = el('span', { id: 'brief-file' });
  const button = el('button', { type: 'submit', id: 'brief-download', 'data-test': 'brief-download', text: 'Download the briefing' });
  const form = el('form', { id: 'brief-form', class: 'card briefing', novalidate: true, 'aria-labelledby': 'brief-title' },
    el('h2', { id: 'brief-title', text: 'Briefing' }),
    el('div', { class: 'row' },
      field('Scenario to simulate', scenario, 'Without one the briefing does not compare the arrangement with having none.'),
      field('Format', format)),
    el('details', { id: 'brief-against' }, summary, el('div', { class: 'checks' }, boxes)),
    el('p', {}, button, status, holder));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const against = chosen();
    if (against.length && !scenario.value) {
      replace(holder, problem(new Error('Comparing with other arrangements needs a scenario: choose one.')));
      return;
    }
    const params = new URLSearchParams();
    if (scenario.value) {
      params.set('scenario', scenario.value);
    }
    if (against.length) {
      params.set('against', against.join(','));
    }
    params.set('format', format.value);
    const [ext, , type] = FORMATS.find(([value]) => value === format.value);
    button.disabled = true;
    status.textContent = scenario.value ? ' Simulating the crisis and writing the briefing\u2026' : ' Preparing the briefing\u2026';
    try {
      const response = textOf
        ? await api(`/api/check/brief?${params}`, { text: textOf(), type: 'application/yaml', raw: true })
        : await api(`/api/arrangements/${encodeURIComponent(arrangement.id)}/brief?${params}`, { raw: true });
      status.textContent = '';
      await offerDownload(holder, response, `${arrangement.id}-briefing.${ext}`, type, { id: 'brief-link', 'data-test': 'brief-link' });
    } catch (e) {
      status.textContent = '';
      replace(holder, problem(e, 'The briefing'));
    } finally {
      button.disabled = false;
    }
  });
  return form;
}

export async function arrangementPage(id) {
  const [a, scenarios, items] = await Promise.all([api(`/api/arrangements/${encodeURIComponent(id)}`), api('/api/scenarios'), library()]);
  const listed = items.find((x) => x.id === a.id) || {};
  const findings = a.findings || [];
  const q = encodeURIComponent(a.id);
  return el('section', { class: 'page arrangement', 'data-id': a.id },
    el('p', { class: 'crumbs' }, el('a', { href: '#/library', text: 'Library' }), ' / ', a.id),
    heading(a.title || a.id),
    el('p', { class: 'meta' }, el('span', { class: `status status-${a.status}`, text: a.status }), ' ', el('code', { text: a.id })),
    el('nav', { class: 'subnav', 'aria-label': 'Analyses of this arrangement' }, el('ul', {},
      el('li', {}, el('a', { href: `#/power/${q}`, id: 'link-power', text: 'Voting power' })),
      el('li', {}, el('a', { href: `#/robustness/${q}`, id: 'link-robustness', text: 'Robustness' })),
      el('li', {}, el('a', { href: `#/simulation?a=${q}`, id: 'link-simulate', text: 'Simulate a crisis' })),
      el('li', {}, el('a', { href: `#/design/${q}`, id: 'link-design', text: 'What to offer instead' })))),
    briefing({ id: a.id, protected: listed.protected }, scenarios, items.filter((x) => x.id !== a.id && x.id !== 'none')),
    el('section', { 'aria-labelledby': 'findings-title' },
      el('h2', { id: 'findings-title', text: `Findings (${findings.length})` }),
      findings.length ? el('p', { class: 'hint', text: summary(findings) }) : null,
      findingGroups(findings)),
    el('section', { 'aria-labelledby': 'provisions-title' },
      el('h2', { id: 'provisions-title', text: 'Provisions' }),
      el('p', { class: 'hint', text: 'As encoded, with the sources of each provision in brackets and UNCERTAIN where sources are weak or conflict.' }),
      el('pre', { id: 'provisions', 'data-test': 'provisions', class: 'provisions', text: a.provisions || '' })),
    a.yaml !== null && a.yaml !== undefined ? yamlEditor(a) : null);
}

/**
 * An arrangement of one's own (#/new): the template or a file loaded from disk, in the editor that checks
 * it as one types; kept in this tab only; its voting power and robustness on their usual pages
 * (?draft=1) and its briefing, each computed from the text (POST /api/check/...).
 */
export async function newArrangementPage() {
  const page = el('section', { class: 'page' },
    el('p', { class: 'crumbs' }, el('a', { href: '#/library', text: 'Library' }), ' / An arrangement of your own'),
    heading('An arrangement of your own'));
  if (!session.allows('analyst')) {
    page.append(el('p', { class: 'hint forbidden', 'data-test': 'draft-forbidden',
      text: 'Analysing an arrangement of your own is not allowed for your role (it needs analyst).' }));
    return page;
  }
  const [scenarios, items] = await Promise.all([api('/api/scenarios'), library()]);
  const section = yamlEditor({ id: 'my-guarantee', yaml: draftText() || TEMPLATE });
  const editor = section.querySelector('#yaml-editor');
  const keep = () => sessionStorage.setItem(DRAFT_KEY, editor.value);
  editor.addEventListener('input', keep);
  const file = el('input', { type: 'file', id: 'draft-file', accept: '.yaml,.yml,.json' });
  file.addEventListener('change', async () => {
    if (file.files[0]) {
      editor.value = await file.files[0].text();
      editor.dispatchEvent(new Event('input'));
    }
  });
  const idOf = () => draftId(editor.value);
  const open = (kind) => (event) => {
    event.preventDefault();
    keep();
    window.location.hash = `#/${kind}/${encodeURIComponent(idOf())}?draft=1`;
  };
  const protectedStates = () => ((editor.value.match(/protected:\s*\[([^\]]*)\]/) || [])[1] || '')
    .split(',').map((c) => c.trim()).filter(Boolean);
  page.append(
    el('p', { class: 'lead', text: 'Start from the template or load a file of your own. It is checked as you type and kept in '
      + 'this tab only: the library is never changed.' }),
    el('div', { class: 'field' }, el('label', { for: 'draft-file', text: 'Load a file (YAML or JSON)' }), file),
    section,
    el('p', { class: 'subnav' }, el('a', { href: '#', id: 'draft-power', onclick: open('power'), text: 'Its voting power' }),
      ' \u00b7 ', el('a', { href: '#', id: 'draft-robustness', onclick: open('robustness'), text: 'Its robustness' }),
      ' \u00b7 ', el('a', { href: '#', id: 'draft-simulate', text: 'Simulate it', onclick: (event) => {
        event.preventDefault();
        keep();
        window.location.hash = '#/simulation?draft=1';
      } })),
    briefing({ id: idOf(), protected: protectedStates() }, scenarios, items.filter((a) => a.id !== 'none'),
      () => editor.value));
  return page;
}

