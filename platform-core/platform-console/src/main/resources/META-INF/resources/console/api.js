// The one API client: bearer token (refreshed before it expires), JSON in and out, and every
// problem+json turned into one error shape the pages show, in the user's language.
import { auth } from './auth.js';
import { t, has } from './i18n.js';

/** Bean Validation's English messages, and the catalogue key that says each in the user's words. */
const MESSAGES = [
  [/^must not be (blank|null|empty)$|^is required/, 'validation.required'],
  [/well-formed email/, 'validation.email'],
  [/phone number/, 'validation.phone'],
  [/^must be a (past date|date in the past)/, 'validation.past'],
  [/^size must be between \d+ and (\d+)$/, 'validation.size', (m) => ({ max: m[1] })],
  [/^must be (?:greater than or equal to|at least) (\S+)$/, 'validation.min', (m) => ({ min: m[1] })],
  [/^must be (?:less than or equal to|at most) (\S+)$/, 'validation.max', (m) => ({ max: m[1] })],
  [/country code/, 'validation.country'],
  [/partita IVA|check digit/i, 'validation.vat'],
  [/one of the territory's zones/, 'validation.zone'],
];

/** A field error of the API said in the user's language; the API's own words when unknown. */
export function say(detail) {
  for (const [pattern, key, params] of MESSAGES) {
    const m = pattern.exec(detail ?? '');
    if (m) return t(key, params ? params(m) : {});
  }
  return detail;
}

/** An API error: the problem's type, title, detail and field errors by JSON Pointer. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.status = status;
    this.type = problem.type || '';
    this.title = problem.title || '';
    this.fields = Object.fromEntries((problem.errors || []).map((e) => [e.pointer, say(e.detail)]));
    /** Every reason a plugin gave for refusing (a loan's limits, a plan's problems...). */
    this.reasons = problem.reasons || [];
  }

  /** What to tell the user: forbidden, not found, offline, a known problem type, or its detail. */
  get said() {
    // A problem type the catalogue (or a plugin's) has words for says most: a committee member's
    // conflict of interest is a 403 that should say so.
    const key = `problem.${this.type.split(/[:/]/).pop()}`;
    if (this.type && has(key)) return t(key);
    if (this.status === 403) return t('error.forbidden');
    if (this.status === 404) return t('error.notFound');
    if (this.status === 0) return t('app.offline');
    return this.message || t('error.generic');
  }
}

/** Field errors of a failed call, or the whole message under '' when it names no field. */
export function errorsOf(e) {
  if (!(e instanceof ApiError)) return { '': t('error.generic') };
  const fields = { ...e.fields };
  if (!Object.keys(fields).length || fields['']) fields[''] = fields[''] ?? e.said;
  if (e.reasons.length) fields[''] = `${fields['']} ${e.reasons.join('; ')}`;
  return fields;
}

/** A fresh key for one write and its retries (crypto.randomUUID needs a secure context). */
function newKey() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Calls the API: path under /api, optional JSON body (or `raw` bytes with their type). Retries a
 * network failure or a 503 with back-off, saying so in the banner meanwhile; a POST carries an
 * Idempotency-Key, the same on every retry, so a retry after a lost answer creates nothing twice.
 * `anonymous` calls (the public form) send no token.
 */
export async function api(path, { method = 'GET', body, raw, anonymous = false } = {}) {
  const headers = { Accept: 'application/json' };
  if (!anonymous) {
    await auth.fresh();
    headers.Authorization = `Bearer ${auth.token()}`;
  }
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (raw !== undefined) headers['Content-Type'] = raw.type || 'application/octet-stream';
  if (method === 'POST' && !anonymous) headers['Idempotency-Key'] = newKey();
  let answer;
  for (let attempt = 0; ; attempt++) {
    try {
      answer = await fetch(`/api/${path}`, {
        method,
        headers,
        body: raw !== undefined ? raw : body === undefined ? undefined : JSON.stringify(body),
      });
      if (answer.status !== 503 || attempt >= 3) break;
    } catch (networkFailure) {
      if (attempt >= 3) throw new ApiError(0, { title: 'offline' });
    }
    window.dispatchEvent(new CustomEvent('ponte-offline'));
    await new Promise((resolve) => setTimeout(resolve, 1000 * 2 ** attempt));
  }
  window.dispatchEvent(new CustomEvent('ponte-online'));
  if (answer.status === 401 && !anonymous) {
    auth.login();
    throw new ApiError(401, { title: 'unauthorized' });
  }
  if (answer.status === 204) return null;
  const data = await answer.json().catch(() => ({}));
  if (!answer.ok) throw new ApiError(answer.status, data);
  return data;
}

/**
 * Downloads a file of the API (a document, an export, a report as CSV) with the token, and hands
 * it to the browser; `accept` asks for one of the representations the API offers.
 */
export async function download(path, filename, accept = '*/*') {
  await auth.fresh();
  const answer = await fetch(`/api/${path}`, { headers: { Authorization: `Bearer ${auth.token()}`, Accept: accept } });
  if (!answer.ok) throw new ApiError(answer.status, await answer.json().catch(() => ({})));
  const url = URL.createObjectURL(await answer.blob());
  const link = Object.assign(document.createElement('a'), { href: url, download: filename });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
