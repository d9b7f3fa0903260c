/**
 * The desktop app's PDF printing glue: the brief's self-contained HTML is
 * written to a temporary file and printed from there by Chromium in a hidden
 * window with JavaScript off. Not a data: URL: Chromium refuses URLs over
 * 2 MB, which a brief of ~1,500 highlights or one long note passes.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** What printing needs of a BrowserWindow (structural, so tests can pass their own). */
export interface PrintWindow {
  loadFile(path: string): Promise<void>;
  webContents: { printToPDF(options: { printBackground: boolean; pageSize: 'A4' }): Promise<Uint8Array> };
  destroy(): void;
}

/**
 * `open` makes the hidden window; `allow` lets the session load that one
 * file:// URL while it prints and returns the function that withdraws it.
 */
export function createPdfPrinter(open: () => PrintWindow, allow: (fileUrl: string) => () => void) {
  return async (html: string): Promise<Buffer> => {
    const dir = await mkdtemp(join(tmpdir(), 'plenary-print-'));
    const file = join(dir, 'brief.html');
    const withdraw = allow(pathToFileURL(file).href);
    let win: PrintWindow | null = null;
    try {
      await writeFile(file, html, 'utf8');
      win = open();
      await win.loadFile(file);
      return Buffer.from(await win.webContents.printToPDF({ printBackground: true, pageSize: 'A4' }));
    } finally {
      win?.destroy();
      withdraw();
      await rm(dir, { recursive: true, force: true });
    }
  };
}
