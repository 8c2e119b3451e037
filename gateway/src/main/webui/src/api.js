// The public API through the gateway, with the user's token. A 401 renews the token once; if that fails the
// page asks the user to sign in again. Problem documents (RFC 9457) become ProblemError.
import { accessToken, renew } from './auth.js';

export class ProblemError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem ?? {};
  }

  /** The message for one field (a problem's errors[].field), or undefined. */
  fieldMessage(field) {
    return (this.problem.errors ?? []).filter((e) => e.field === field || e.field?.endsWith(`.${field}`))
      .map((e) => e.message).join('; ') || undefined;
  }
}

let onExpired = () => {};

export function whenSessionExpires(handler) {
  onExpired = handler;
}

export async function call(path, { method = 'GET', body, accept = 'application/json', headers = {} } = {}) {
  let response = await send(path, method, body, accept, headers);
  if (response.status === 401) {
    if (await renew()) {
      response = await send(path, method, body, accept, headers);
    }
    if (response.status === 401) {
      onExpired();
      throw new ProblemError(401, { title: 'Signed out', detail: 'your session has expired; sign in again' });
    }
  }
  if (!response.ok) {
    const type = response.headers.get('content-type') ?? '';
    const problem = type.includes('json') ? await response.json() : { detail: await response.text() };
    throw new ProblemError(response.status, problem);
  }
  return response;
}

export async function json(path, options) {
  const response = await call(path, options);
  return response.status === 204 ? null : response.json();
}

function send(path, method, body, accept, headers) {
  const all = { Accept: accept, Authorization: `Bearer ${accessToken()}`, ...headers };
  if (body !== undefined) {
    all['Content-Type'] = 'application/json';
  }
  return fetch(path, { method, headers: all, body: body === undefined ? undefined : JSON.stringify(body) });
}

/** Reads a Server-Sent Events stream with the token (EventSource cannot send one); calls onEvent(type, data). */
export async function events(path, onEvent, signal) {
  const response = await call(path, { accept: 'text/event-stream' });
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  signal?.addEventListener('abort', () => reader.cancel());
  for (;;) {
    const { value, done } = await reader.read();
    if (done) {
      return;
    }
    buffer += value;
    let end;
    while ((end = buffer.search(/\r?\n\r?\n/)) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end).replace(/^\r?\n\r?\n/, '');
      let type = 'message';
      const data = [];
      for (const line of block.split(/\r?\n/)) {
        if (line.startsWith('event:')) {
          type = line.slice(6).trim();
        } else if (line.startsWith('data:')) {
          data.push(line.slice(5).trimStart());
        }
      }
      if (data.length) {
        const parsed = JSON.parse(data.join('\n'));
        onEvent(parsed.type ?? type, parsed);
      }
    }
  }
}
