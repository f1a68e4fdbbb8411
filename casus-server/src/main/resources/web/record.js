// The negotiation record: statements with their sources and claims, forms to add a source, a statement
// with clause claims and a claim to a statement, the positions matrix, contradictions, questions (to
// answer with a statement), the agreement space, and the record exported to or loaded from a file.
// Quotes are whatever someone typed or imported: they only ever reach the page as text.

import { api, session } from './api.js';
import { el, field, heading, list, problem, replace, safeLink, select } from './dom.js';
import { offerDownload } from './files.js';
import { library } from './library.js';

const MODALITIES = ['demand', 'offer', 'accept', 'reject', 'claims-agreement', 'deny', 'condition', 'interpretation'];
const CLAUSES = [
  'decision.rule', 'decision.procedure', 'decision.consultation-days', 'decision.decision-days', 'decision.on-deadlock',
  'parties.guarantors', 'parties.threats', 'trigger.events', 'trigger.area', 'trigger.excluded', 'obligations',
  'restrictions.neutrality', 'restrictions.non-nuclear', 'restrictions.alliances-barred',
  'restrictions.force-caps.troops', 'restrictions.force-caps.tanks', 'restrictions.force-caps.artillery',
  'restrictions.force-caps.missile-range-km', 'restrictions.foreign-bases', 'restrictions.foreign-exercises',
  'duration.years', 'duration.withdrawal',
];

function sourceLabel(source) {
  if (!source) {
    return '\u2013';
  }
  const grade = source.reliability || source.credibility ? ` (${source.reliability || '?'}${source.credibility || '?'})` : '';
  return `${source.title}${grade}`;
}

/** A statement in a list to choose from: "12: UA 2022-04-16 "The aggressor must..."". */
function statementLabel(s) {
  const words = s.quote || s.paraphrase || '';
  return `${s.id}: ${s.actor} ${s.date || ''} \u201c${words.length > 60 ? `${words.slice(0, 60)}\u2026` : words}\u201d`;
}

function newestFirst(statements) {
  return [...statements].sort((a, b) => (b.date || '').localeCompare(a.date || '') || b.id - a.id);
}

/** statements, newest first; onAddClaim(id), for an analyst, offers the claim form for that statement. */
function statementsTable(statements, sources, onAddClaim = null) {
  const byId = new Map(sources.map((s) => [s.id, s]));
  if (!statements.length) {
    return el('p', { class: 'hint', 'data-test': 'statements', id: 'statements', text: 'No statements yet.' });
  }
  return el('table', { id: 'statements', 'data-test': 'statements' },
    el('caption', { text: 'Statements, newest first' }),
    el('thead', {}, el('tr', {}, ['#', 'Date', 'Actor', 'Speaker', 'Words', 'Source', 'Claims', 'Confirmed'].map((h) => el('th', { scope: 'col', text: h })))),
    el('tbody', {}, newestFirst(statements).map((s) => {
      const source = byId.get(s.source);
      return el('tr', { 'data-test': 'statement', 'data-id': s.id },
        el('th', { scope: 'row', text: s.id }),
        el('td', { class: 'nowrap', text: s.date }),
        el('td', { text: s.actor }),
        el('td', { text: s.speaker || '\u2013' }),
        el('td', {}, words(s)),
        el('td', { 'data-test': 'statement-source' }, source && source.url ? safeLink(source.url, sourceLabel(source)) : sourceLabel(source)),
        el('td', { 'data-test': 'statement-claims' },
          (s.claims || []).length ? el('ul', { class: 'plain' }, s.claims.map((c) => el('li', { 'data-test': 'statement-claim' },
            el('code', { text: `${c.arrangement}:${c.clause}` }), ` ${c.described}`,
            c.confirmed ? '' : el('span', { class: 'unconfirmed', text: ' unconfirmed' })))) : '\u2013',
          onAddClaim ? el('div', {}, el('button', { type: 'button', class: 'secondary', 'data-test': 'statement-add-claim',
            'aria-label': `Add a claim to statement ${s.id}`, text: 'Add a claim', onclick: () => onAddClaim(s.id) })) : null),
        el('td', { text: s.confirmed ? 'yes' : 'no' }));
    })));
}

/** A statement's words: its quote, or for reported speech the reporter's sentence, marked as such. */
function words(s) {
  if (s.quote) {
    return el('q', { class: 'quote', 'data-test': 'quote', text: s.quote });
  }
  return s.paraphrase ? el('span', { class: 'reported', 'data-test': 'reported' }, el('em', { text: 'reported: ' }), s.paraphrase) : null;
}

function positionsMatrix(positions) {
  const actors = Object.keys(positions || {}).sort();
  const clauses = [...new Set(actors.flatMap((a) => Object.keys(positions[a])))].sort();
  if (!clauses.length) {
    return el('p', { class: 'hint', id: 'positions', 'data-test': 'positions', text: 'No positions yet: add a statement with a claim.' });
  }
  return el('div', { class: 'scroll' }, el('table', { id: 'positions', 'data-test': 'positions', class: 'matrix' },
    el('caption', { text: 'Latest position of each actor on each clause' }),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: 'Clause' }), actors.map((a) => el('th', { scope: 'col', text: a })))),
    el('tbody', {}, clauses.map((clause) => el('tr', { 'data-clause': clause },
      el('th', { scope: 'row' }, el('code', { text: clause })),
      actors.map((actor) => {
        const p = positions[actor][clause];
        if (!p) {
          return el('td', { class: 'empty', text: '\u2013' });
        }
        return el('td', { class: `position modality-${p.modality}`, 'data-test': 'position', 'data-actor': actor },
          el('div', {}, el('strong', { text: p.modality }), p.value ? ` ${p.value}` : ''),
          words(p),
          el('div', { class: 'hint' }, [p.date, p.speaker, p.statement ? `statement ${p.statement}` : null].filter(Boolean).join(', '),
            p.confirmed ? '' : el('span', { class: 'unconfirmed', text: ' unconfirmed' })));
      }))))));
}

/** A clause picker and the claims on the chosen clause, oldest first (GET /api/record/timeline). */
function timelineView(positions) {
  const clauses = [...new Set(Object.values(positions || {}).flatMap((byClause) => Object.keys(byClause)))].sort();
  if (!clauses.length) {
    return el('p', { class: 'hint', id: 'timeline', 'data-test': 'timeline', text: 'No claims yet.' });
  }
  const out = el('div', { id: 'timeline-entries' });
  const choice = el('select', { id: 'timeline-clause', 'aria-label': 'Clause' },
    clauses.map((c) => el('option', { value: c, text: c })));
  async function show() {
    try {
      const entries = await api(`/api/record/timeline?clause=${encodeURIComponent(choice.value)}`);
      replace(out, el('ol', { class: 'plain', 'data-test': 'timeline-list' }, entries.map((e) => el('li', {},
        el('strong', { text: `${e.date} ${e.actor}` }), ` ${e.described} `,
        words(e),
        e.speaker ? el('span', { class: 'hint', text: ` (${e.speaker})` }) : null))));
    } catch (e) {
      replace(out, problem(e));
    }
  }
  choice.addEventListener('change', show);
  show();
  return el('div', { id: 'timeline', 'data-test': 'timeline' }, choice, out);
}

function contradictionsList(items) {
  if (!items.length) {
    return el('p', { class: 'hint', id: 'contradictions', 'data-test': 'contradictions', text: 'No contradictions found.' });
  }
  return el('ul', { id: 'contradictions', 'data-test': 'contradictions', class: 'plain' }, items.map((c) => el('li', { class: 'contradiction', 'data-test': 'contradiction' },
    el('div', {}, el('span', { class: 'badge', text: c.kind }), ' ', el('code', { text: c.clause }), ` ${list(c.actors)}`),
    el('p', { text: c.explanation }),
    c.statements && c.statements.length ? el('p', { class: 'hint', text: `Statements ${c.statements.join(', ')}` }) : null)));
}

/**
 * The questions; onAnswer(question, statement), for an analyst, records the statement that answered an
 * open one (POST /api/record/questions/ID/answer), chosen from the record's statements.
 */
function questionsTable(items, statements, onAnswer = null) {
  if (!items.length) {
    return el('p', { class: 'hint', id: 'questions', 'data-test': 'questions', text: 'No questions recorded.' });
  }
  const choices = newestFirst(statements).map((s) => [String(s.id), statementLabel(s)]);
  function answerCell(q) {
    if (q.answeredBy !== null && q.answeredBy !== undefined) {
      return el('span', { 'data-test': 'question-answered-by', text: `statement ${q.answeredBy}` });
    }
    if (!onAnswer || q.status !== 'open') {
      return '\u2013';
    }
    if (!choices.length) {
      return el('span', { class: 'hint', text: 'add the statement that answers it first' });
    }
    const choice = select({ id: `answer-statement-${q.id}`, class: 'answer-statement', 'aria-label': `Statement that answers question ${q.id}` }, choices);
    const outcome = el('span', { role: 'status' });
    const button = el('button', { type: 'button', 'data-test': 'question-answer', text: 'Answer', onclick: async () => {
      button.disabled = true;
      try {
        await onAnswer(q.id, Number(choice.value));
      } catch (e) {
        replace(outcome, problem(e));
        button.disabled = false;
      }
    } });
    return el('div', { class: 'row' }, choice, button, outcome);
  }
  return el('table', { id: 'questions', 'data-test': 'questions' },
    el('caption', { text: 'Questions to the parties' }),
    el('thead', {}, el('tr', {}, ['#', 'Arrangement', 'Clause', 'To', 'Question', 'Status', 'Answered by'].map((h) => el('th', { scope: 'col', text: h })))),
    el('tbody', {}, items.map((q) => el('tr', { class: `status-${q.status}`, 'data-test': 'question', 'data-id': q.id },
      el('th', { scope: 'row', text: q.id }),
      el('td', { text: q.arrangement }),
      el('td', {}, el('code', { text: q.clause })),
      el('td', { text: q.addressedTo || '\u2013' }),
      el('td', { text: q.text }),
      el('td', { 'data-test': 'question-status', text: q.status }),
      el('td', {}, answerCell(q))))));
}

function spaceTable(items) {
  if (!items.length) {
    return el('p', { class: 'hint', id: 'space', 'data-test': 'space', text: 'No clause has positions from two parties yet.' });
  }
  return el('table', { id: 'space', 'data-test': 'space' },
    el('caption', { text: 'Zone of possible agreement per clause' }),
    el('thead', {}, el('tr', {}, ['Clause', 'Kind', 'Zone', 'Positions'].map((h) => el('th', { scope: 'col', text: h })))),
    el('tbody', {}, items.map((s) => el('tr', {},
      el('th', { scope: 'row' }, el('code', { text: s.clause })),
      el('td', { text: s.kind }),
      el('td', {}, el('span', { class: s.verdict.startsWith('agreement') ? 'yes' : s.verdict.startsWith('NO') ? 'no' : 'unknown',
        'data-test': 'space-verdict', text: s.verdict })),
      el('td', { text: [...Object.entries(s.positions || {}).map(([actor, value]) => `${actor}: ${value}`),
        ...Object.entries(s.rejections || {}).map(([actor, value]) => `${actor} rejects: ${value}`)].join('; ') })))));
}

function message(target, text, ok = true) {
  replace(target, text ? el('span', { class: ok ? 'ok' : 'error', text }) : '');
}

/**
 * Sends a form the same way for every form of the page: says what is missing when a required field is
 * empty ("A source needs a title."); else disables the button, says it is busy, and shows what send
 * answers (the outcome in words) or the problem.
 *
 * @param required pairs of a field's id and what it is ("a title")
 * @param send     given the trimmed value of a field by id, does the work and returns the outcome
 */
function onSubmit(form, result, { what, required, button, busy, send }) {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const value = (id) => form.querySelector(`#${id}`).value.trim();
    const missing = required.filter(([id]) => !value(id)).map(([, name]) => name);
    if (missing.length) {
      const list = missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(', ')} and ${missing[missing.length - 1]}`;
      message(result, `${what} needs ${list}.`, false);
      return;
    }
    const submit = form.querySelector(`#${button}`);
    submit.disabled = true;
    message(result, busy);
    try {
      message(result, await send(value));
    } catch (e) {
      replace(result, problem(e));
    } finally {
      submit.disabled = false;
    }
  });
}

function sourceForm(onAdded) {
  const result = el('p', { id: 'source-result', role: 'status', 'data-test': 'source-result' });
  const form = el('form', { id: 'source-form', class: 'card', novalidate: true },
    el('h3', { text: 'Add a source' }),
    field('Title', el('input', { id: 'source-title', required: true })),
    field('Publisher', el('input', { id: 'source-publisher' })),
    field('Address (URL)', el('input', { id: 'source-url', type: 'url', placeholder: 'https://' })),
    field('Date', el('input', { id: 'source-date', type: 'date' })),
    el('div', { class: 'row' },
      field('Reliability', select({ id: 'source-reliability' }, [['A', 'A completely reliable'], ['B', 'B usually reliable'], ['C', 'C fairly reliable'],
        ['D', 'D not usually reliable'], ['E', 'E unreliable'], ['F', 'F cannot be judged']], 'B')),
      field('Credibility', select({ id: 'source-credibility' }, [['1', '1 confirmed'], ['2', '2 probably true'], ['3', '3 possibly true'],
        ['4', '4 doubtful'], ['5', '5 improbable'], ['6', '6 cannot be judged']], '2'))),
    el('button', { type: 'submit', id: 'source-submit', text: 'Add the source' }),
    result);
  onSubmit(form, result, {
    what: 'A source', required: [['source-title', 'a title']], button: 'source-submit', busy: 'Adding\u2026',
    send: async (value) => {
      const added = await api('/api/record/sources', { json: {
        title: value('source-title'), publisher: value('source-publisher') || null, url: value('source-url') || null,
        published: value('source-date') || null, reliability: value('source-reliability'), credibility: Number(value('source-credibility')),
      } });
      form.reset();
      await onAdded(added.id);
      return `Source ${added.id} added.`;
    },
  });
  return form;
}

let claimRows = 0;

function claimRow(arrangements) {
  const n = ++claimRows;
  const row = el('fieldset', { class: 'claim', 'data-test': 'claim' },
    el('legend', { text: `Claim on a clause (optional)` }),
    el('div', { class: 'row' },
      field('Arrangement', select({ id: `claim-arrangement-${n}`, class: 'claim-arrangement' }, arrangements.map((a) => [a.id, a.id]))),
      field('Clause', el('input', { id: `claim-clause-${n}`, class: 'claim-clause', list: 'clause-paths', placeholder: 'decision.rule' })),
      field('Modality', select({ id: `claim-modality-${n}`, class: 'claim-modality' }, MODALITIES, 'demand')),
      field('Value', el('input', { id: `claim-value-${n}`, class: 'claim-value', placeholder: '<= 85000, {RU, CN}, yes, words' })),
      field('About (for claims-agreement)', el('input', { id: `claim-about-${n}`, class: 'claim-about', placeholder: 'RU', size: 6 }))));
  return row;
}

function statementForm(sources, arrangements, onAdded) {
  const result = el('p', { id: 'statement-result', role: 'status', 'data-test': 'statement-result' });
  const sourceSelect = select({ id: 'statement-source', required: true },
    sources.length ? sources.map((s) => [String(s.id), `${s.id}: ${sourceLabel(s)}`]) : [['', 'add a source first']]);
  const claims = el('div', { id: 'statement-claims' }, claimRow(arrangements));
  const form = el('form', { id: 'statement-form', class: 'card', novalidate: true },
    el('h3', { text: 'Add a statement' }),
    el('div', { class: 'row' },
      field('Actor', el('input', { id: 'statement-actor', required: true, placeholder: 'UA', size: 8, autocapitalize: 'characters' })),
      field('Speaker', el('input', { id: 'statement-speaker', placeholder: 'Dmytro Kuleba' }), 'A person listed for the actor; may be left empty.'),
      field('Date', el('input', { id: 'statement-date', type: 'date', required: true }))),
    field('Source', sourceSelect),
    field('Quote (verbatim)', el('textarea', { id: 'statement-quote', rows: 3, required: true })),
    claims,
    el('datalist', { id: 'clause-paths' }, CLAUSES.map((c) => el('option', { value: c }))),
    el('p', {}, el('button', { type: 'button', id: 'claim-add', class: 'secondary', text: 'Another claim',
      onclick: () => claims.append(claimRow(arrangements)) })),
    el('button', { type: 'submit', id: 'statement-submit', text: 'Add the statement' }),
    result);
  onSubmit(form, result, {
    what: 'A statement', button: 'statement-submit', busy: 'Recording\u2026',
    required: [['statement-actor', 'an actor'], ['statement-date', 'a date'], ['statement-source', 'a source'],
      ['statement-quote', 'a quote']],
    send: async (value) => {
      const claimList = [...claims.querySelectorAll('.claim')].map((row) => ({
        arrangement: row.querySelector('.claim-arrangement').value,
        clause: row.querySelector('.claim-clause').value.trim(),
        modality: row.querySelector('.claim-modality').value,
        value: row.querySelector('.claim-value').value.trim() || null,
        about: row.querySelector('.claim-about').value.trim().toUpperCase() || null,
      })).filter((c) => c.clause);
      const added = await api('/api/record/statements', { json: {
        actor: value('statement-actor').toUpperCase(), speaker: value('statement-speaker') || null,
        date: value('statement-date'), source: Number(value('statement-source')),
        quote: form.querySelector('#statement-quote').value, claims: claimList,
      } });
      form.querySelector('#statement-quote').value = '';
      for (const input of claims.querySelectorAll('.claim-value, .claim-about')) {
        input.value = '';
      }
      await onAdded(added.id);
      return `Statement ${added.id} recorded${claimList.length ? ` with ${claimList.length} claim${claimList.length === 1 ? '' : 's'}` : ''}.`;
    },
  });
  return form;
}

/** A claim on a statement already in the record (POST /api/record/claims), as casus record add-claim. */
function claimForm(statements, arrangements, onAdded) {
  const result = el('p', { id: 'claim-form-result', role: 'status', 'data-test': 'claim-form-result' });
  const statement = select({ id: 'claim-form-statement', required: true },
    statements.length ? newestFirst(statements).map((s) => [String(s.id), statementLabel(s)]) : [['', 'add a statement first']]);
  const form = el('form', { id: 'claim-form', class: 'card', novalidate: true, 'aria-labelledby': 'claim-form-title' },
    el('h3', { id: 'claim-form-title', text: 'Add a claim to a statement' }),
    field('Statement', statement),
    el('div', { class: 'row' },
      field('Arrangement', select({ id: 'claim-form-arrangement' }, arrangements.map((a) => [a.id, a.id]))),
      field('Clause', el('input', { id: 'claim-form-clause', list: 'clause-paths-claim', placeholder: 'decision.rule', required: true })),
      field('Modality', select({ id: 'claim-form-modality' }, MODALITIES, 'demand')),
      field('Value', el('input', { id: 'claim-form-value', placeholder: '<= 85000, {RU, CN}, yes, words' })),
      field('About (for claims-agreement)', el('input', { id: 'claim-form-about', placeholder: 'RU', size: 6 }))),
    el('datalist', { id: 'clause-paths-claim' }, CLAUSES.map((c) => el('option', { value: c }))),
    el('button', { type: 'submit', id: 'claim-form-submit', text: 'Add the claim' }),
    result);
  onSubmit(form, result, {
    what: 'A claim', required: [['claim-form-statement', 'a statement'], ['claim-form-clause', 'a clause']],
    button: 'claim-form-submit', busy: 'Adding\u2026',
    send: async (value) => {
      const on = Number(value('claim-form-statement'));
      const added = await api('/api/record/claims', { json: {
        statement: on, arrangement: value('claim-form-arrangement'), clause: value('claim-form-clause'),
        modality: value('claim-form-modality'), value: value('claim-form-value') || null,
        about: value('claim-form-about').toUpperCase() || null,
      } });
      form.querySelector('#claim-form-value').value = '';
      form.querySelector('#claim-form-about').value = '';
      await onAdded(added.id);
      return `Claim ${added.id} added to statement ${on}.`;
    },
  });
  return form;
}

/**
 * The record to a file (GET /api/record/export, JSON or CSV, fetched with the token and offered as a
 * download) and, for an analyst, a file loaded into it (POST /api/record/load, ?merge=true to merge).
 */
function fileForms(onLoaded) {
  const format = select({ id: 'export-format' }, [['json', 'JSON'], ['csv', 'CSV']], 'json');
  const exportHolder = el('span', { id: 'export-file' });
  const exportButton = el('button', { type: 'button', id: 'record-export', text: 'Export the record' });
  exportButton.addEventListener('click', async () => {
    exportButton.disabled = true;
    try {
      const csv = format.value === 'csv';
      const response = await api(`/api/record/export${csv ? '?format=csv' : ''}`, { raw: true });
      await offerDownload(exportHolder, response, `casus-record.${csv ? 'csv' : 'json'}`, csv ? 'text/csv' : 'application/json',
        { id: 'record-export-link', 'data-test': 'record-export-link' });
    } catch (e) {
      replace(exportHolder, problem(e, 'The export'));
    } finally {
      exportButton.disabled = false;
    }
  });
  const exporting = el('div', { class: 'card', id: 'export-form' },
    el('h3', { text: 'Export the record' }),
    el('p', { class: 'hint', text: 'Sources, statements, claims and questions, as casus record export writes them.' }),
    field('Format', format),
    el('p', {}, exportButton, exportHolder));
  if (!session.allows('analyst')) {
    return [exporting, el('p', { class: 'hint forbidden', 'data-test': 'load-forbidden',
      text: 'Loading a record file is not allowed for your role (it needs analyst).' })];
  }
  const file = el('input', { type: 'file', id: 'record-file', accept: '.json,.csv,application/json,text/csv' });
  const merge = el('input', { type: 'checkbox', id: 'record-merge' });
  const result = el('p', { id: 'record-load-result', role: 'status', 'data-test': 'record-load-result' });
  const loading = el('form', { id: 'load-form', class: 'card', novalidate: true, 'aria-labelledby': 'load-title' },
    el('h3', { id: 'load-title', text: 'Load a record file' }),
    field('A JSON or CSV export', file),
    el('div', { class: 'check' }, merge, el('label', { for: 'record-merge',
      text: 'Merge into a record that is not empty (--merge): rows it already holds are not added twice' })),
    el('button', { type: 'submit', id: 'record-load', text: 'Load' }),
    result);
  loading.addEventListener('submit', async (event) => {
    event.preventDefault();
    const chosen = file.files && file.files[0];
    if (!chosen) {
      message(result, 'Choose a file to load.', false);
      return;
    }
    const button = loading.querySelector('#record-load');
    button.disabled = true;
    message(result, 'Loading\u2026');
    try {
      const text = await chosen.text();
      const csv = chosen.name.toLowerCase().endsWith('.csv');
      const done = await api(`/api/record/load${merge.checked ? '?merge=true' : ''}`,
        { text, type: csv ? 'text/csv; charset=utf-8' : 'application/json' });
      await onLoaded();
      message(result, `Loaded ${done.statements} statement(s) from ${chosen.name}`
        + `${done.already ? `; ${done.already} already in the record` : ''}.`);
    } catch (e) {
      replace(result, problem(e));
    } finally {
      button.disabled = false;
    }
  });
  return [exporting, loading];
}

/**
 * The text with each statement found in it marked: the quote, or for reported speech its sentence. Built
 * from text nodes only, so a pasted text never becomes markup.
 */
function markedText(text, found) {
  const spans = [];
  for (const s of found) {
    const words = s.quote || s.paraphrase;
    const at = words ? text.indexOf(words) : -1;
    if (at >= 0) {
      spans.push({ at, end: at + words.length, id: s.id });
    }
  }
  spans.sort((a, b) => a.at - b.at);
  const out = el('div', { class: 'import-text', id: 'import-text', 'data-test': 'import-text' });
  let next = 0;
  for (const span of spans) {
    if (span.at < next) {
      continue;
    }
    out.append(text.slice(next, span.at), el('mark', { 'data-id': span.id, text: text.slice(span.at, span.end) }));
    next = span.end;
  }
  out.append(text.slice(next));
  return out;
}

/** One imported proposal to confirm (with corrections) or discard. */
function proposal(s, onChange) {
  const outcome = el('span', { class: 'hint', role: 'status' });
  const actor = el('input', { id: `review-actor-${s.id}`, value: s.actor, size: 6, 'aria-label': `Actor of statement ${s.id}` });
  const speaker = el('input', { id: `review-speaker-${s.id}`, value: s.speaker || '', 'aria-label': `Speaker of statement ${s.id}` });
  const act = async (path, json) => {
    try {
      await api(path, json ? { json } : { method: 'POST' });
      await onChange();
    } catch (e) {
      replace(outcome, problem(e));
    }
  };
  const claims = (s.claims || []).map((c) => el('li', { 'data-test': 'review-claim' },
    el('code', { text: c.clause }), ` ${c.described}`,
    c.confirmed ? ' ✓' : el('button', { type: 'button', class: 'secondary', text: 'Confirm claim',
      onclick: () => act(`/api/record/claim/${c.id}/confirm`, {}) })));
  return el('li', { class: 'card proposal', 'data-test': 'proposal', 'data-id': s.id },
    el('div', {}, el('strong', { text: `#${s.id}` }), ' ', words(s)),
    el('div', { class: 'row' }, field('Actor', actor), field('Speaker', speaker)),
    claims.length ? el('ul', { class: 'plain' }, claims) : null,
    s.confirmed ? el('p', { class: 'ok', text: 'Confirmed.' }) : el('p', {},
      el('button', { type: 'button', 'data-test': 'proposal-confirm', text: 'Confirm',
        onclick: () => act(`/api/record/statement/${s.id}/confirm`, {
          actor: actor.value.trim().toUpperCase() !== s.actor ? actor.value.trim().toUpperCase() : null,
          speaker: speaker.value.trim() !== (s.speaker || '') ? speaker.value.trim() : null }) }),
      ' ',
      el('button', { type: 'button', class: 'secondary', 'data-test': 'proposal-discard', text: 'Discard',
        onclick: () => act(`/api/record/statement/${s.id}/discard`) })),
    outcome);
}

/**
 * Import a pasted text (POST /api/record/import) and review what it proposed side by side with the text:
 * each proposal marked in the text, confirmed (after correcting its actor or speaker) or discarded.
 */
function importForm(sources, arrangements, onImported) {
  const result = el('p', { id: 'import-result', role: 'status', 'data-test': 'import-result' });
  const review = el('div', { id: 'import-review', class: 'review' });
  const form = el('form', { id: 'import-form', class: 'card wide', novalidate: true },
    el('h3', { text: 'Import a text' }),
    field('Text (a report, a readout, a statement)', el('textarea', { id: 'import-text-input', rows: 8, required: true })),
    el('div', { class: 'row' },
      field('Source', select({ id: 'import-source', required: true },
        sources.length ? sources.map((s) => [String(s.id), `${s.id}: ${sourceLabel(s)}`]) : [['', 'add a source first']])),
      field('Date', el('input', { id: 'import-date', type: 'date', required: true })),
      field('Arrangement', select({ id: 'import-arrangement' }, [['', 'none (no claims)'], ...arrangements.map((a) => [a.id, a.id])], '')),
      field('Author', el('input', { id: 'import-author', size: 6, placeholder: 'RU' }),
        'For a government\'s own readout: its actor, whose voice the impersonal reports are.')),
    el('button', { type: 'submit', id: 'import-submit', text: 'Import' }),
    result, review);
  let pasted = '';
  let imported = [];
  async function showReview() {
    const all = await api('/api/record/statements');
    const mine = all.filter((s) => imported.includes(s.id));
    replace(review, mine.length ? el('div', { class: 'side-by-side' }, markedText(pasted, mine),
      el('ol', { class: 'plain proposals', 'data-test': 'proposals' }, mine.map((s) => proposal(s, async () => {
        await onImported();
        await showReview();
      })))) : '');
  }
  onSubmit(form, result, {
    what: 'An import', button: 'import-submit', busy: 'Reading\u2026',
    required: [['import-text-input', 'a text'], ['import-source', 'a source'], ['import-date', 'a date']],
    send: async (value) => {
      pasted = form.querySelector('#import-text-input').value;
      const done = await api('/api/record/import', { json: {
        text: pasted, source: Number(value('import-source')), date: value('import-date'),
        arrangement: value('import-arrangement') || null, author: value('import-author').toUpperCase() || null,
      } });
      imported = done.statements;
      await onImported();
      await showReview();
      return `${done.statements.length} statement(s) proposed, ${done.claims} claim(s)`
        + `${done.already ? `; ${done.already} already in the record` : ''}`
        + `${done.skipped.length ? `; ${done.skipped.length} quotation(s) without a speaker skipped` : ''}.`;
    },
  });
  return form;
}

export async function recordPage() {
  const load = () => Promise.all([
    api('/api/record/statements'), api('/api/record/sources'), api('/api/record/positions'),
    api('/api/record/contradictions'), api('/api/record/questions'), api('/api/record/space'),
  ]);
  let [statements, sources, positions, contradictions, questions, space] = await load();
  const arrangements = (await library()).filter((a) => a.id !== 'none');

  const slots = {
    statements: el('div', {}), positions: el('div', {}), timeline: el('div', {}), contradictions: el('div', {}),
    questions: el('div', {}), space: el('div', {}),
  };
  const analyst = session.allows('analyst');
  const claiming = el('div', {});
  function addClaimTo(id) {
    const form = claiming.querySelector('#claim-form');
    form.querySelector('#claim-form-statement').value = String(id);
    form.scrollIntoView();
    form.querySelector('#claim-form-clause').focus();
  }
  async function answer(question, statement) {
    await api(`/api/record/questions/${encodeURIComponent(question)}/answer`, { json: { statement } });
    await refresh();
  }
  function show() {
    replace(slots.statements, statementsTable(statements, sources, analyst ? addClaimTo : null));
    replace(slots.positions, positionsMatrix(positions));
    replace(slots.timeline, timelineView(positions));
    replace(slots.contradictions, contradictionsList(contradictions));
    replace(slots.questions, questionsTable(questions, statements, analyst ? answer : null));
    replace(slots.space, spaceTable(space));
  }
  show();

  async function refresh() {
    [statements, sources, positions, contradictions, questions, space] = await load();
    show();
    for (const sourceSelect of forms.querySelectorAll('#statement-source, #import-source')) {
      const chosen = sourceSelect.value;
      replace(sourceSelect, sources.map((s) => el('option', { value: String(s.id), text: `${s.id}: ${sourceLabel(s)}` })));
      if (chosen && sources.some((s) => String(s.id) === chosen)) {
        sourceSelect.value = chosen;
      }
    }
    const statementSelect = claiming.querySelector('#claim-form-statement');
    if (statementSelect) {
      const chosen = statementSelect.value;
      replace(statementSelect, newestFirst(statements).map((s) => el('option', { value: String(s.id), text: statementLabel(s) })));
      if (chosen && statements.some((s) => String(s.id) === chosen)) {
        statementSelect.value = chosen;
      }
    }
  }
  if (analyst) {
    claiming.append(claimForm(statements, arrangements, refresh));
  } else {
    claiming.append(el('p', { class: 'hint forbidden', 'data-test': 'claim-forbidden',
      text: 'Adding claims and answering questions is not allowed for your role (it needs analyst).' }));
  }

  const checkQuestions = el('div', { class: 'no-print' });
  if (session.allows('analyst')) {
    const choice = el('select', { id: 'questions-arrangement', 'aria-label': 'Arrangement' },
      arrangements.map((a) => el('option', { value: a.id, text: a.id })));
    const outcome = el('span', { class: 'hint' });
    const open = el('button', { type: 'button', id: 'questions-open', text: 'Open questions from the check',
      onclick: async () => {
        open.disabled = true;
        try {
          const result = await api('/api/record/questions', { json: { arrangement: choice.value } });
          outcome.textContent = `${result.opened.length} question(s) opened.`;
          await refresh();
        } catch (e) {
          outcome.textContent = e.message;
        } finally {
          open.disabled = false;
        }
      } });
    checkQuestions.append(choice, open, outcome);
  }

  const forms = el('div', { class: 'forms' });
  if (session.allows('analyst')) {
    const statement = statementForm(sources, arrangements, refresh);
    const importing = importForm(sources, arrangements, refresh);
    forms.append(sourceForm(async (id) => {
      await refresh();
      statement.querySelector('#statement-source').value = String(id);
      importing.querySelector('#import-source').value = String(id);
    }), statement, importing);
  } else {
    forms.append(el('p', { class: 'hint forbidden', text: 'Adding sources and statements is not allowed for your role (it needs analyst).' }));
  }

  return el('section', { class: 'page record' },
    heading('Negotiation record'),
    el('p', { class: 'lead', text: 'Who said what about which clause, with the source; the positions, contradictions and the room for agreement that follow.' }),
    el('nav', { class: 'subnav', 'aria-label': 'Parts of the record' }, el('ul', {},
      [['rec-statements', 'Statements'], ['rec-add', 'Add'], ['rec-positions', 'Positions'], ['rec-timeline', 'Timeline'],
        ['rec-contradictions', 'Contradictions'],
        ['rec-questions', 'Questions'], ['rec-space', 'Agreement space'], ['rec-file', 'Export and load']]
        .map(([id, label]) => el('li', {}, el('button', { type: 'button', class: 'link', text: label,
          onclick: () => document.getElementById(id).scrollIntoView() }))))),
    el('section', { id: 'rec-statements' }, el('h2', { text: 'Statements' }), slots.statements, el('div', { class: 'no-print' }, claiming)),
    el('section', { id: 'rec-add', class: 'no-print' }, el('h2', { text: 'Add to the record' }), forms),
    el('section', { id: 'rec-positions' }, el('h2', { text: 'Positions' }), slots.positions),
    el('section', { id: 'rec-timeline' }, el('h2', { text: 'Timeline of a clause' }), slots.timeline),
    el('section', { id: 'rec-contradictions' }, el('h2', { text: 'Contradictions' }), slots.contradictions),
    el('section', { id: 'rec-questions' }, el('h2', { text: 'Questions' }), checkQuestions, slots.questions),
    el('section', { id: 'rec-space' }, el('h2', { text: 'Agreement space' }), slots.space),
    el('section', { id: 'rec-file', class: 'no-print' }, el('h2', { text: 'Export and load' }),
      el('div', { class: 'forms' }, fileForms(refresh))));
}
