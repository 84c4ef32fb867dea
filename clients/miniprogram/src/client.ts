import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { ApiError, UserErrors, apiErrorOf, type UserError } from './errors';
import type { Transport, UploadSource } from './transport';
import type { EvidenceKind } from './gql/graphql';

/** A generated document: its types, and the hash of its trusted document (nothing else is sent). */
type Trusted<R, V> = DocumentTypeDecoration<R, V> & { __meta__?: { hash?: string } };

/** What `POST /attachments` answers: a pending file, seen only by its uploader until a step attaches it. */
export interface PendingFile {
  id: string;
  kind: EvidenceKind;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  width?: number | null;
  height?: number | null;
}

export interface ClientOptions {
  /** the API's base, e.g. https://fangpin.example.gov.cn (GraphQL at /graphql, uploads at /attachments) */
  url: string;
  /** the current access token of the `fangpin-miniprogram` client (refreshed by the caller) */
  token: () => string | Promise<string>;
  transport: Transport;
  /** how often a read is sent again after an answer that may succeed later (no answer, rate limited) */
  retries?: number;
  /** the wait before the first retry, doubled after each; Retry-After wins when the API sends it */
  backoffMs?: number;
  /** told of each retry (for a log or a toast) */
  onRetry?: (error: ApiError, attempt: number) => void;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The mini-program's client of the API: every operation is a trusted document named by its SHA-256, as the
 * API requires of the `fangpin-miniprogram` client. Refusals throw {@link ApiError} (from `extensions.code`);
 * a mutation whose payload carries `userErrors` throws {@link UserErrors}.
 *
 * Reads are sent again when no answer came back or the API asked to wait, and so is a mutation whose input
 * carries a `clientKey` (every create takes one: the API writes it once under its key and answers the same record
 * when it comes again). Any other mutation is sent again only when the
 * API refused it before running it (RATE_LIMITED, UNAVAILABLE): after a lost answer it may have been written, so
 * the NETWORK error goes to the screen, which reads the record again before offering to resend (a step sent
 * again with the version it was sent with is refused with CONFLICT, never taken twice).
 */
export class FangpinClient {
  private readonly retries: number;

  private readonly backoffMs: number;

  constructor(private readonly options: ClientOptions) {
    this.retries = options.retries ?? 3;
    this.backoffMs = options.backoffMs ?? 500;
  }

  /** Runs a query document. */
  query<R, V>(document: Trusted<R, V>, variables: V): Promise<R> {
    return this.send(document, variables, true);
  }

  /**
   * Runs a mutation document and answers its data; throws {@link UserErrors} when the payload (the one root
   * field) carries any, in which case nothing was written.
   */
  async mutate<R, V>(document: Trusted<R, V>, variables: V): Promise<R> {
    const key = (variables as { input?: { clientKey?: unknown } } | null)?.input?.clientKey;
    const data = await this.send(document, variables, typeof key === 'string' && key !== '');
    for (const [mutation, payload] of Object.entries(data as Record<string, unknown>)) {
      const errors = (payload as { userErrors?: UserError[] } | null)?.userErrors;
      if (errors && errors.length > 0) {
        throw new UserErrors(mutation, errors, payload);
      }
    }
    return data;
  }

  /** Uploads one evidence file (`POST /attachments`); its id goes into a step's `files` or `attachEvidence`. */
  async upload(kind: EvidenceKind, file: UploadSource): Promise<PendingFile> {
    const answer = await this.attempt(async () => this.options.transport.upload(`${this.options.url}/attachments`,
      file, { kind }, await this.headers()), false);
    if (answer.status !== 201) {
      throw apiErrorOf(answer.status, answer.body, answer.retryAfter);
    }
    return answer.body as PendingFile;
  }

  private async send<R, V>(document: Trusted<R, V>, variables: V, resendable: boolean): Promise<R> {
    const hash = document.__meta__?.hash;
    if (!hash) {
      throw new TypeError('not a trusted document: regenerate the client (npm run codegen)');
    }
    const body = { variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } };
    const answer = await this.attempt(async () => {
      const sent = await this.options.transport.postJson(`${this.options.url}/graphql`, body, await this.headers());
      const errors = (sent.body as { errors?: unknown[] } | null)?.errors;
      if (sent.status >= 400 || (errors && errors.length > 0)) {
        throw apiErrorOf(sent.status, sent.body, sent.retryAfter);
      }
      return sent;
    }, resendable);
    return (answer.body as { data: R }).data;
  }

  /**
   * One request, sent again while the error says it may succeed later: any such error when the request is safe
   * to repeat, otherwise only a refusal that came before anything ran.
   */
  private async attempt<T>(request: () => Promise<T>, safe: boolean): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      let error: ApiError;
      try {
        return await request();
      }
      catch (thrown) {
        error = thrown instanceof ApiError ? thrown : new ApiError('NETWORK', String((thrown as Error)?.message ?? thrown));
      }
      const resendable = safe ? error.retryable : error.code === 'RATE_LIMITED' || error.code === 'UNAVAILABLE';
      if (!resendable || attempt > this.retries) {
        throw error;
      }
      this.options.onRetry?.(error, attempt);
      await sleep(error.retryAfter != null ? error.retryAfter * 1000 : this.backoffMs * 2 ** (attempt - 1));
    }
  }

  private async headers(): Promise<Record<string, string>> {
    return { Authorization: `Bearer ${await this.options.token()}` };
  }
}
