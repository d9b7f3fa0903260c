/** Errors a reader raises: a UserError whose message names the file, then the problem. */
import { UserError } from '../../../common/result';

export function readError(fileName: string, problem: string): UserError {
  return new UserError(`${fileName}: ${problem}`);
}

export function checkAborted(fileName: string, signal?: AbortSignal): void {
  if (signal?.aborted) throw readError(fileName, 'reading was cancelled');
}
