// The JSON API client: the bearer token lives in sessionStorage (gone when the tab closes), every
// call sends it, a 401 brings back the login form and a 403 says the role does not allow it.

const TOKEN = 'casus.token';
const USER = 'casus.user';

/** An API call that failed: status is the HTTP status (0 when the server could not be reached). */
export class ApiError extends Error {
  constructor(status, message, body = null) {
    super(message);
    this.status = status;
    this.body = body;
  }
}

export const session = {
  token() {
    return sessionStorage.getItem(TOKEN);
  },
  user() {
    try {
      return JSON.parse(sessionStorage.getItem(USER) || 'null');
    } catch (e) {
      return null;
    }
  },
  save(login) {
    sessionStorage.setItem(TOKEN, login.token);
    sessionStorage.setItem(USER, JSON.stringify({ name: login.name, role: login.role,
      mustChangePassword: !!login.mustChangePassword }));
  },
  clear() {
    sessionStorage.removeItem(TOKEN);
    sessionStorage.removeItem(USER);
  },
  /** Whether the logged-in user's role reaches the one given (viewer < analyst < admin). */
  allows(role) {
    const order = ['viewer', 'analyst', 'admin'];
    const user = this.user();
    return !!user && order.indexOf(user.role) >= order.indexOf(role);
  },
};

async function errorOf(response) {
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    // not JSON
  }
  if (response.status === 403) {
    const role = session.user() ? session.user().role : 'unknown';
    return new ApiError(403, `Not allowed for your role (${role}).`, body);
  }
  const message = body && typeof body.error === 'string' ? body.error
    : `The server answered ${response.status} ${response.statusText}`.trim();
  return new ApiError(response.status, message, body);
}

/**
 * Calls the API. options: method, json (a value sent as JSON), text (sent as text/plain, or as
 * options.type), raw (return the Response itself, for blobs). Resolves to the parsed JSON (null for 204).
 */
export async function api(path, options = {}) {
  const headers = { Accept: 'application/json' };
  const token = session.token();
  if (token) {
    headers.Authorization = `Bearer ${token}`;
  }
  let body;
  if (options.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.json);
  } else if (options.text !== undefined) {
    headers['Content-Type'] = options.type || 'text/plain; charset=utf-8';
    body = options.text;
  }
  let response;
  try {
    response = await fetch(path, { method: options.method || (body === undefined ? 'GET' : 'POST'), headers, body });
  } catch (e) {
    throw new ApiError(0, 'The server cannot be reached.');
  }
  if (response.status === 401 && path !== '/api/login') {
    session.clear();
    window.dispatchEvent(new CustomEvent('casus:unauthorized'));
    throw await errorOf(response);
  }
  if (!response.ok) {
    throw await errorOf(response);
  }
  if (options.raw) {
    return response;
  }
  if (response.status === 204) {
    return null;
  }
  const type = response.headers.get('Content-Type') || '';
  return type.includes('json') ? response.json() : response.text();
}

/** Logs in; resolves to {token, name, role} and keeps them in sessionStorage. */
/**
 * Follows a job started on the server until it ends: onProgress(share, status) hears each poll
 * (status queued while it waits for a worker, then running); resolves
 * to the result, or to null when alive() turns false (the page was left); rejects when it fails.
 */
export async function pollJob(job, alive, onProgress, what = 'The job') {
  while (alive()) {
    const state = await api(`/api/jobs/${encodeURIComponent(job)}`);
    const share = Math.max(0, Math.min(1, Number(state.progress) || 0));
    if (state.status === 'done') {
      onProgress(1);
      return state.result;
    }
    if (state.status === 'failed' || state.status === 'cancelled') {
      throw new Error(state.error || `${what} ${state.status}.`);
    }
    onProgress(share, state.status);
    await new Promise((resolve) => setTimeout(resolve, 400));
  }
  return null;
}

export async function login(name, password) {
  const result = await api('/api/login', { json: { name, password } });
  session.save(result);
  return result;
}

/** Changes one's own password; a one-time password then no longer has to be changed. */
export async function changePassword(current, password) {
  await api('/api/password', { json: { current, password } });
  const user = session.user();
  if (user) {
    user.mustChangePassword = false;
    sessionStorage.setItem(USER, JSON.stringify(user));
  }
}

/** Logs out on the server (best effort) and forgets the token. */
export async function logout() {
  try {
    if (session.token()) {
      await api('/api/logout', { method: 'POST' });
    }
  } catch (e) {
    // the token is forgotten either way
  } finally {
    session.clear();
  }
}
