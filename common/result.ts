/** What crosses a process boundary: a value or a message a person can read. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(error: string): Result<T> => ({ ok: false, error });

/** Thrown by services for problems the user caused; the message is shown as is. */
export class UserError extends Error {
  override name = 'UserError';
}
