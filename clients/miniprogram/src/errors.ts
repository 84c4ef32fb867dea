/** The codes the API puts in `extensions.code` (and in the JSON of its HTTP refusals). */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'INTERNAL'
  | 'UNAVAILABLE'
  | 'PERSISTED_QUERY_NOT_FOUND'
  /** no answer at all (no signal, a timeout): the request may or may not have been served */
  | 'NETWORK';

export interface UserError {
  field: readonly string[];
  code: string;
  message: string;
}

/**
 * A refusal of the API: the first error of the answer, its code from `extensions.code`, its message readable
 * by a cadre (Chinese, with the English code). `limit` names the request limit a refusal is about.
 */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly path?: readonly (string | number)[],
    readonly limit?: string,
    /** seconds to wait before trying again (RATE_LIMITED, UNAVAILABLE) */
    readonly retryAfter?: number,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** Whether sending the same request again may succeed (nothing was refused for what it asked). */
  get retryable(): boolean {
    return this.code === 'NETWORK' || this.code === 'RATE_LIMITED' || this.code === 'UNAVAILABLE';
  }
}

/**
 * A mutation that was refused for its input: `userErrors` of the payload, nothing written. For a stale version
 * (CONFLICT on `version`) the payload carries the record as it stands now, to show before acting again.
 */
export class UserErrors extends Error {
  constructor(
    readonly mutation: string,
    readonly errors: readonly UserError[],
    /** the payload as answered (its record: the current one after a stale version, else none) */
    readonly payload?: unknown,
  ) {
    super(errors.map((error) => error.message).join('；'));
    this.name = 'UserErrors';
  }

  /** The error of one input field (e.g. `input.idNumber`), to show beside it. */
  on(field: string): UserError | undefined {
    return this.errors.find((error) => error.field.join('.') === field);
  }

  has(code: string): boolean {
    return this.errors.some((error) => error.code === code);
  }
}

interface GraphQLError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; limit?: string; retryAfter?: number };
}

const KNOWN = new Set<string>([
  'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT', 'RATE_LIMITED', 'INTERNAL',
  'UNAVAILABLE', 'PERSISTED_QUERY_NOT_FOUND',
]);

function codeOf(code: string | undefined, status: number): ErrorCode {
  if (code && KNOWN.has(code)) {
    return code as ErrorCode;
  }
  switch (status) {
    case 401: return 'UNAUTHENTICATED';
    case 403: return 'FORBIDDEN';
    case 404: return 'NOT_FOUND';
    case 409: return 'CONFLICT';
    case 429: return 'RATE_LIMITED';
    case 503: return 'UNAVAILABLE';
    default: return status >= 400 && status < 500 ? 'BAD_USER_INPUT' : 'INTERNAL';
  }
}

/** The error of a GraphQL answer's `errors`, or of an HTTP refusal's `{code, reason, message}`. */
export function apiErrorOf(status: number, body: unknown, retryAfterHeader?: string | null): ApiError {
  const retryAfter = retryAfterHeader != null && retryAfterHeader !== '' ? Number(retryAfterHeader) : undefined;
  const errors = (body as { errors?: GraphQLError[] } | null)?.errors;
  if (errors && errors.length > 0) {
    const first = errors[0];
    return new ApiError(codeOf(first.extensions?.code, status), first.message, first.path,
      first.extensions?.limit, first.extensions?.retryAfter ?? retryAfter, status);
  }
  const refusal = body as { code?: string; message?: string } | null;
  return new ApiError(codeOf(refusal?.code, status), refusal?.message ?? `HTTP ${status}`, undefined, undefined,
    retryAfter, status);
}
