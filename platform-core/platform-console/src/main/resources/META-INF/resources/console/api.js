// The one API client: bearer token (refreshed before it expires), JSON in and out, and every
// problem+json turned into one error shape the pages show.
import { auth } from './auth.js';

/** An API error: the problem's type, title, detail and field errors by JSON Pointer. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.status = status;
    this.type = problem.type || '';
    this.title = problem.title || '';
    this.fields = Object.fromEntries((problem.errors || []).map((e) => [e.pointer, e.detail]));
  }
}

/** Calls the API: path under /api, optional JSON body. Retries a network failure with back-off. */
export async function api(path, { method = 'GET', body } = {}) {
  await auth.fresh();
  const headers = { Authorization: `Bearer ${auth.token()}`, Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let answer;
  for (let attempt = 0; ; attempt++) {
    try {
      answer = await fetch(`/api/${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (answer.status !== 503 || attempt >= 3) break;
    } catch (networkFailure) {
      if (attempt >= 3) throw new ApiError(0, { title: 'offline' });
    }
    window.dispatchEvent(new CustomEvent('ponte-offline'));
    await new Promise((resolve) => setTimeout(resolve, 1000 * 2 ** attempt));
  }
  window.dispatchEvent(new CustomEvent('ponte-online'));
  if (answer.status === 401) {
    auth.login();
    throw new ApiError(401, { title: 'unauthorized' });
  }
  if (answer.status === 204) return null;
  const data = await answer.json().catch(() => ({}));
  if (!answer.ok) throw new ApiError(answer.status, data);
  return data;
}
