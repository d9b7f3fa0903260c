import type { ReaderOutput, ReadOptions } from './index';
import { readError } from './errors';
export async function docxLayout(_bytes: Uint8Array, fileName: string, _opts: ReadOptions): Promise<ReaderOutput> {
  throw readError(fileName, 'Word is not read yet');
}
