/**
 * The renderer's only way to the backend: `window.plenary`, whichever
 * transport provides it. `call` unwraps a Result and throws an ApiError
 * carrying the readable message.
 */
import type { ArgsOf, DocumentJob, MethodName, PlenaryApi, ValueOf } from '../common/contract';
import type { Result } from '../common/result';
import { takeEarly } from './early';

declare global {
  interface Window {
    plenary: PlenaryApi;
    /** Browser twin only (renderer/twin/bridge.ts): `addDocument` with the file's bytes as the body. */
    plenaryUpload?: (file: File) => Promise<Result<DocumentJob>>;
  }
}

export class ApiError extends Error {
  override name = 'ApiError';
}

export async function call<M extends MethodName>(method: M, ...args: ArgsOf<M>): Promise<ValueOf<M>> {
  // A read renderer/early.ts started while the app's code was loading is taken, not asked again.
  const early = takeEarly(method, args) as Promise<Result<ValueOf<M>>> | undefined;
  const fn = window.plenary[method] as (...a: unknown[]) => Promise<Result<ValueOf<M>>>;
  const result = await (early ?? fn(...(args as unknown[])));
  if (!result.ok) throw new ApiError(result.error);
  return result.value as ValueOf<M>;
}
