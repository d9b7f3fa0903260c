/**
 * The desktop app's part of adding documents, as plain functions over the
 * few Electron calls they need (passed in), so they are tested without
 * Electron: main shows the open dialog itself and reads the files the
 * delegate picked there; the renderer never names a path.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { MAX_DOCUMENT_BYTES } from '../../common/contract';
import type { PickedFile } from './service';

/** The slice of Electron's dialog.showOpenDialog this needs. */
export type ShowOpenDialog = (options: {
  title: string;
  properties: Array<'openFile' | 'multiSelections'>;
  filters: { name: string; extensions: string[] }[];
}) => Promise<{ canceled: boolean; filePaths: string[] }>;

export function makePickFiles(showOpenDialog: ShowOpenDialog, maxBytes = MAX_DOCUMENT_BYTES): () => Promise<PickedFile[]> {
  return async () => {
    const r = await showOpenDialog({
      title: 'Add documents',
      properties: ['openFile', 'multiSelections'],
      filters: [
        { name: 'Documents', extensions: ['pdf', 'docx', 'html', 'htm', 'md', 'markdown', 'txt'] },
        { name: 'All files', extensions: ['*'] },
      ],
    });
    if (r.canceled) return [];
    return Promise.all(
      r.filePaths.map(async (p): Promise<PickedFile> => {
        const name = basename(p);
        try {
          // Checked before reading, so a huge file is never loaded into memory.
          const { size } = await stat(p);
          if (size > maxBytes) return { name, error: `${name}: the file is ${(size / 1048576).toFixed(1)} MB; the limit is ${(maxBytes / 1048576).toFixed(0)} MB.` };
          return { name, bytes: new Uint8Array(await readFile(p)) };
        } catch (e) {
          return { name, error: `${name} could not be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).` };
        }
      }),
    );
  };
}

/** Electron's shell.openPath answers "" on success, else an error message. */
export type OpenPath = (path: string) => Promise<string>;
