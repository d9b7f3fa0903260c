/**
 * The one gate every call from outside goes through, whatever the transport
 * (IPC in the desktop app, HTTP in the browser twin): the method name is
 * checked against the contract, the arguments are validated by its schema,
 * and whatever happens the caller gets a Result, never a thrown error.
 */
import { isMethodName, parseArgs, type Handlers } from '../common/contract';
import { fail, ok, UserError, type Result } from '../common/result';

export async function dispatch(
  handlers: Handlers,
  name: unknown,
  rawArgs: unknown,
  log: (message: string) => void = (m) => console.error(m),
): Promise<Result<unknown>> {
  if (!isMethodName(name)) {
    return fail(`Unknown method "${String(name).slice(0, 60)}".`);
  }
  const parsed = parseArgs(name, rawArgs);
  if (!parsed.ok) return fail(parsed.error);
  try {
    const fn = handlers[name] as (...a: unknown[]) => unknown;
    const value = await fn(...(parsed.args as unknown[]));
    return ok(value === undefined ? null : value);
  } catch (e) {
    if (e instanceof UserError) return fail(e.message);
    // An unexpected failure: keep the details in the log, give the user a
    // sentence that says what failed without leaking internals.
    log(`[plenary] ${name} failed: ${(e as Error)?.stack ?? String(e)}`);
    return fail(`${name} failed: ${(e as Error)?.message ?? 'unexpected error'}`);
  }
}
