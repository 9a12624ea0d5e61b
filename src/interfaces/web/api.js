/** Calls to the service with the user's key (kept in sessionStorage: this tab only). */
const KEY = 'letters.apiKey';

export const apiKey = {
  get: () => sessionStorage.getItem(KEY) ?? '',
  set: (value) => sessionStorage.setItem(KEY, value.trim()),
};

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.title ?? `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

/** POST a file's text (an XLIFF) with its content type; resolves and rejects as `call` does. */
export async function send(path, text, type) {
  const init = { method: 'POST', body: text, headers: { Authorization: `Bearer ${apiKey.get()}`, 'Content-Type': type } };
  return answer(await fetch(path, init));
}

/** POST JSON or GET; resolves to the Response when it is OK, else rejects with the problem. */
export async function call(path, body) {
  const init = { headers: { Authorization: `Bearer ${apiKey.get()}` } };
  if (body !== undefined)
    Object.assign(
      init,
      { method: 'POST', body: JSON.stringify(body) },
      { headers: { ...init.headers, 'Content-Type': 'application/json' } },
    );
  return answer(await fetch(path, init));
}

async function answer(response) {
  if (response.ok) return response;
  const type = response.headers.get('content-type') ?? '';
  const problem = type.includes('json') ? await response.json() : null;
  throw new ApiError(response.status, problem);
}

/** Saves a fetched file as the browser's download (name from Content-Disposition) and returns the name. */
export async function saveDownload(response, fallbackName) {
  const file = /filename="?([^";]+)"?/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? fallbackName;
  const url = URL.createObjectURL(await response.blob());
  const link = Object.assign(document.createElement('a'), { href: url, download: file });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return file;
}
