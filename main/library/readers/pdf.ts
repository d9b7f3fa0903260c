import type { ReaderOutput, ReadOptions } from './index';
import { readError } from './errors';
export async function pdfLayout(_bytes: Uint8Array, fileName: string, _opts: ReadOptions): Promise<ReaderOutput> {
  throw readError(fileName, 'PDF is not read yet');
}
