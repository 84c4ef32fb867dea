/**
 * How the client reaches the API: one JSON POST (GraphQL) and one multipart POST (an evidence file). Two
 * implementations: `fetch` (Node 20, browsers, tests) and the mini-program's `wx.request` / `wx.uploadFile`.
 */
export interface Answer {
  status: number;
  body: unknown;
  /** the Retry-After header, when the API sent one */
  retryAfter?: string | null;
}

/** A file to upload: a path of the mini-program's (from `wx.chooseMedia`), or bytes under `fetch`. */
export type UploadSource = { filePath: string } | { blob: Blob; fileName: string };

export interface Transport {
  postJson(url: string, body: unknown, headers: Record<string, string>): Promise<Answer>;
  upload(url: string, file: UploadSource, fields: Record<string, string>, headers: Record<string, string>):
    Promise<Answer>;
}

function parse(text: string): unknown {
  try {
    return text === '' ? null : JSON.parse(text);
  }
  catch {
    return { message: text };
  }
}

/** Over `fetch`; `timeoutMs` bounds each request (a lost answer is a NETWORK error, as under wx.request). */
export function fetchTransport(options: { fetch?: typeof fetch; timeoutMs?: number } = {}): Transport {
  const send = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 20_000;
  async function answer(response: Response): Promise<Answer> {
    return { status: response.status, body: parse(await response.text()), retryAfter: response.headers.get('retry-after') };
  }
  return {
    async postJson(url, body, headers) {
      return answer(await send(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json', ...headers },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      }));
    },
    async upload(url, file, fields, headers) {
      if (!('blob' in file)) {
        throw new TypeError('fetchTransport uploads bytes ({blob, fileName}); a file path is the mini-program\'s');
      }
      const form = new FormData();
      for (const [name, value] of Object.entries(fields)) {
        form.append(name, value);
      }
      form.append('file', file.blob, file.fileName);
      return answer(await send(url, { method: 'POST', headers, body: form, signal: AbortSignal.timeout(timeoutMs) }));
    },
  };
}

/** The parts of the mini-program's `wx` the transport uses (typed here, so that no typings package is needed). */
export interface Wx {
  request(options: {
    url: string; method: 'POST'; data: unknown; header: Record<string, string>; timeout?: number; dataType?: 'json';
    success(result: { statusCode: number; data: unknown; header: Record<string, string> }): void;
    fail(error: { errMsg: string }): void;
  }): void;
  uploadFile(options: {
    url: string; filePath: string; name: string; formData: Record<string, string>; header: Record<string, string>;
    timeout?: number;
    success(result: { statusCode: number; data: string }): void;
    fail(error: { errMsg: string }): void;
  }): void;
}

/** Over `wx.request` and `wx.uploadFile`; a `fail` (no signal, a timeout) rejects, the client maps it to NETWORK. */
export function wxTransport(wx: Wx, options: { timeoutMs?: number } = {}): Transport {
  const timeout = options.timeoutMs ?? 20_000;
  return {
    postJson(url, body, headers) {
      return new Promise((resolve, reject) => wx.request({
        url, method: 'POST', data: body, dataType: 'json', timeout,
        header: { 'Content-Type': 'application/json', ...headers },
        success: (result) => resolve({
          status: result.statusCode,
          body: typeof result.data === 'string' ? parse(result.data) : result.data,
          retryAfter: result.header?.['Retry-After'] ?? result.header?.['retry-after'],
        }),
        fail: (error) => reject(new Error(error.errMsg)),
      }));
    },
    upload(url, file, fields, headers) {
      if (!('filePath' in file)) {
        throw new TypeError('wx.uploadFile sends a file path ({filePath})');
      }
      return new Promise((resolve, reject) => wx.uploadFile({
        url, filePath: file.filePath, name: 'file', formData: fields, header: headers, timeout,
        success: (result) => resolve({ status: result.statusCode, body: parse(result.data) }),
        fail: (error) => reject(new Error(error.errMsg)),
      }));
    },
  };
}
