import type { ReaderOutput } from './index';
import { readError } from './errors';
export function htmlLayout(_text: string, fileName: string): ReaderOutput {
  throw readError(fileName, 'HTML is not read yet');
}
