/**
 * The contract over HTTP: builds a `PlenaryApi` whose methods POST their
 * arguments to `/api/<method>`. Used by the browser twin's bridge; `fetch` is
 * passed in so this stays plain TypeScript.
 */
import { METHOD_NAMES, type PlenaryApi } from './contract';
import type { Result } from './result';

type FetchLike = (
  url: string,
  init: { method: string; headers: Record<string, string>; body: string },
) => Promise<{ json(): Promise<unknown>; status: number }>;

export function createHttpApi(baseUrl: string, token: string, fetchFn: FetchLike): PlenaryApi {
  const call = async (name: string, given: unknown[]): Promise<Result<unknown>> => {
    // JSON has no undefined: a left-out optional argument would arrive as null.
    const args = [...given];
    while (args.length && args[args.length - 1] === undefined) args.pop();
    try {
      const res = await fetchFn(`${baseUrl}api/${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-plenary-token': token },
        body: JSON.stringify(args),
      });
      return (await res.json()) as Result<unknown>;
    } catch (e) {
      return { ok: false, error: `Could not reach Plenary (${(e as Error).message}).` };
    }
  };
  return Object.freeze(
    Object.fromEntries(METHOD_NAMES.map((name) => [name, (...args: unknown[]) => call(name, args)])),
  ) as PlenaryApi;
}
