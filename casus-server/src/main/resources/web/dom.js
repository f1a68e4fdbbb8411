// Building the page without innerHTML: every piece of text from the server or from a user goes in
// through textContent or a text node, so stored markup stays inert text.

/**
 * Makes an element. attrs: `text` sets textContent, `class`, `for` and any other attribute are set
 * with setAttribute (data-test, aria-*, ...), a function under an `on...` key becomes an event
 * listener, and `hidden`, `disabled`, `checked`, `selected`, `value` are set as properties.
 * children: nodes or strings (added as text nodes); null, undefined and false are skipped.
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (key === 'text') {
      node.textContent = String(value);
    } else if (key.startsWith('on') && typeof value === 'function') {
      node.addEventListener(key.slice(2), value);
    } else if (['hidden', 'disabled', 'checked', 'selected', 'value', 'required', 'multiple'].includes(key)) {
      node[key] = value;
    } else {
      node.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(node, children);
  return node;
}

/** Appends nodes and strings (as text) to a parent, flattening arrays. */
export function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** Removes every child of a node. */
export function clear(node) {
  while (node.firstChild) {
    node.removeChild(node.firstChild);
  }
  return node;
}

/** Replaces the children of a node. */
export function replace(node, ...children) {
  clear(node);
  return append(node, children);
}

/** A number with a fixed count of decimals, or a dash when it is missing. */
export function num(value, digits = 3) {
  return typeof value === 'number' && Number.isFinite(value) ? value.toFixed(digits) : '\u2013';
}

/** A share as a percentage: 0.1234 -> "12.3%". */
export function pct(value, digits = 1) {
  return typeof value === 'number' && Number.isFinite(value) ? (100 * value).toFixed(digits) + '%' : '\u2013';
}

/** An estimate with its interval: {value, low, high} -> "12.3% [10.1, 14.6]". */
export function interval(estimate) {
  if (!estimate || typeof estimate.value !== 'number') {
    return '\u2013';
  }
  return `${pct(estimate.value)} [${(100 * estimate.low).toFixed(1)}, ${(100 * estimate.high).toFixed(1)}]`;
}

/** A list of codes for display, or a dash when empty. */
export function list(values) {
  return Array.isArray(values) && values.length ? values.join(', ') : '\u2013';
}

/** A link only for http and https addresses; anything else (javascript:, data:) is shown as text. */
export function safeLink(url, label) {
  try {
    const parsed = new URL(url, window.location.href);
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') {
      return el('a', { href: parsed.href, rel: 'noopener noreferrer', target: '_blank', text: label || url });
    }
  } catch (e) {
    // not a URL: fall through to plain text
  }
  return document.createTextNode(label || url || '');
}

/** A table: headers is a list of column titles, rows a list of lists of cells (nodes or text). */
export function table(headers, rows, attrs = {}, caption = null) {
  return el('table', attrs,
    caption ? el('caption', { text: caption }) : null,
    el('thead', {}, el('tr', {}, headers.map((h) => el('th', { scope: 'col', text: h })))),
    el('tbody', {}, rows.map((cells) => el('tr', {}, cells.map((c, i) => i === 0
      ? el('th', { scope: 'row' }, c)
      : el('td', {}, c))))));
}

/** A labelled form field: returns the wrapper; the control gets the id. */
export function field(label, control, hint = null) {
  const wrapper = el('div', { class: 'field' }, el('label', { for: control.id, text: label }), control);
  if (hint) {
    const hintId = control.id + '-hint';
    control.setAttribute('aria-describedby', hintId);
    wrapper.append(el('small', { id: hintId, class: 'hint', text: hint }));
  }
  return wrapper;
}

/** A select with options given as [value, label] pairs or plain strings. */
export function select(attrs, options, selected = null) {
  return el('select', attrs, options.map((o) => {
    const [value, label] = Array.isArray(o) ? o : [o, o];
    const option = el('option', { value, text: label });
    option.defaultSelected = value === selected;
    option.selected = value === selected;
    return option;
  }));
}

/** A visible error message for a failed call; a 403 reads "Not allowed for your role". */
export function problem(error, what = null) {
  const message = error && error.message ? error.message : String(error);
  return el('p', { class: error && error.status === 403 ? 'error forbidden' : 'error', role: 'alert', 'data-test': 'error' },
    what ? `${what}: ${message}` : message);
}

/** A page heading that takes the focus after navigation, for screen readers and keyboards. */
export function heading(text, ...extra) {
  return el('h1', { tabindex: '-1' }, text, ...extra);
}
