/**
 * The contract over HTTP: builds a `PlenaryApi` whose methods POST their
 * arguments to `/api/<method>`. Used by the browser twin's bridge; `fetch` is
 * passed in so this stays plain TypeScript.
 */
import { METHOD_NAMES } from './api-names';
import type { PlenaryApi } from './contract';
import type { Result } from './result';

type FetchLike = (
  url: string,
  init: { method: string; headers: Record<string, string>; body: string },
) => Promise<{ json(): Promise<unknown>; status: number }>;

/**
 * `headers` are added to every call (a Node client passes the twin's session
 * cookie there; a page's fetch sends its cookie by itself). The
 * `x-plenary-request` header is what cross-site forms and images cannot send.
 */
export function createHttpApi(baseUrl: string, fetchFn: FetchLike, headers: Record<string, string> = {}): PlenaryApi {
  const call = async (name: string, given: unknown[]): Promise<Result<unknown>> => {
    // JSON has no undefined: a left-out optional argument would arrive as null.
    const args = [...given];
    while (args.length && args[args.length - 1] === undefined) args.pop();
    try {
      const res = await fetchFn(`${baseUrl}api/${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json', 'x-plenary-request': '1' },
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
