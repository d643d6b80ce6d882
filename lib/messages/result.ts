/** What every message handler answers: plain data, never a thrown error, so it survives any extension boundary. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: Failure };

export interface Failure {
  code: FailureCode;
  /** For logs and developers; views show words for `code`. */
  message: string;
  /** Extra data for the view (e.g. a ConnectError), always serializable. */
  detail?: string;
}

export type FailureCode =
  | 'unknown-type'
  | 'forbidden-sender'
  | 'invalid-payload'
  | 'rate-limited'
  | 'unreachable'
  | 'failed';

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: FailureCode, message: string, detail?: string): Result<never> => ({
  ok: false,
  error: detail === undefined ? { code, message } : { code, message, detail },
});
