/**
 * The desktop fixes of issue 16 that are plain functions: the permission
 * answer, the external-link gate, which requests a page may make, the data
 * folder migration, printing from a temporary file, files opened by the
 * system. (The launch test drives the same through the built main process.)
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { migrateDataFolder } from '../../../main/data-folder';
import { filesFromArgv, OpenedFiles } from '../../../main/opened-files';
import { createPdfPrinter, type PrintWindow } from '../../../main/print-pdf';
import { externalUrl, permissionAllowed, requestAllowed, secureWebPreferences } from '../../../main/security';

const tmp = (name: string) => mkdtempSync(join(tmpdir(), `plenary-${name}-`));

describe('permissionAllowed', () => {
  it('allows the clipboard write of "Copy with citation" to the app, and nothing else', () => {
    expect(permissionAllowed('clipboard-sanitized-write', 'app://plenary/index.html')).toBe(true);
    expect(permissionAllowed('clipboard-sanitized-write', 'app://plenary')).toBe(true);
    expect(permissionAllowed('clipboard-sanitized-write', 'https://evil.example/')).toBe(false);
    expect(permissionAllowed('clipboard-sanitized-write', 'file:///tmp/brief.html')).toBe(false);
    expect(permissionAllowed('clipboard-sanitized-write', undefined)).toBe(false);
    for (const p of ['clipboard-read', 'media', 'geolocation', 'notifications', 'openExternal', 'fullscreen']) {
      expect(permissionAllowed(p, 'app://plenary/index.html'), p).toBe(false);
    }
  });
});

describe('externalUrl', () => {
  it('lets http(s) and mailto: links out, re-serialised', () => {
    expect(externalUrl('https://www.iom.int/idm')).toBe('https://www.iom.int/idm');
    expect(externalUrl('mailto:secretariat@iom.int')).toBe('mailto:secretariat@iom.int');
    expect(externalUrl('mailto:a.b@un.org?subject=IDM%202017')).toBe('mailto:a.b@un.org?subject=IDM%202017');
  });
  it('keeps everything else in', () => {
    for (const u of ['javascript:alert(1)', 'file:///etc/passwd', 'https://user:pw@x.org/', 'mailto:', 'mailto:not-an-address', 'data:text/html,x', 'blob:app://plenary/1', 'smb://host/share', 'nonsense']) {
      expect(externalUrl(u), u).toBeNull();
    }
  });
});

describe('requestAllowed', () => {
  const opts = { printFiles: new Set(['file:///tmp/plenary-print-x/brief.html']), devTools: false };
  it('never loads a data: or blob: document', () => {
    for (const type of ['mainFrame', 'subFrame']) {
      expect(requestAllowed('data:text/html,<h1>x</h1>', type, opts)).toBe(false);
      expect(requestAllowed('blob:app://plenary/2b1c', type, opts)).toBe(false);
      expect(requestAllowed('file:///tmp/other.html', type, opts)).toBe(false);
      expect(requestAllowed('https://example.org/', type, opts)).toBe(false);
    }
    expect(requestAllowed('app://plenary/index.html', 'mainFrame', opts)).toBe(true);
    expect(requestAllowed('file:///tmp/plenary-print-x/brief.html', 'mainFrame', opts)).toBe(true);
  });
  it('lets the page download its own blobs and show data: images, and nothing from the network', () => {
    expect(requestAllowed('blob:app://plenary/2b1c', 'other', opts)).toBe(true);
    expect(requestAllowed('data:image/png;base64,AAAA', 'image', opts)).toBe(true);
    expect(requestAllowed('https://example.org/x.png', 'image', opts)).toBe(false);
    expect(requestAllowed('devtools://devtools/bundled/x.js', 'script', opts)).toBe(false);
    expect(requestAllowed('devtools://devtools/bundled/x.js', 'script', { ...opts, devTools: true })).toBe(true);
  });
  it('turns DevTools off unless asked (packaged builds)', () => {
    expect(secureWebPreferences('/p.cjs').devTools).toBe(false);
    expect(secureWebPreferences('/p.cjs', { devTools: true }).devTools).toBe(true);
  });
});

describe('migrateDataFolder', () => {
  it('moves a lowercase data folder to "Plenary", keeping every file', () => {
    const appData = tmp('appdata');
    mkdirSync(join(appData, 'plenary'));
    writeFileSync(join(appData, 'plenary', 'annotations-a-68-370.json'), '{"a":1}');
    const r = migrateDataFolder(appData);
    expect(r.moved).toBe(true);
    expect(readFileSync(join(appData, 'Plenary', 'annotations-a-68-370.json'), 'utf8')).toBe('{"a":1}');
    // Done once: nothing more to do the next time.
    expect(migrateDataFolder(appData)).toEqual({ moved: false, reason: 'no old folder' });
  });
  it('leaves both folders as they are when both hold files', () => {
    const appData = tmp('appdata');
    mkdirSync(join(appData, 'plenary'));
    mkdirSync(join(appData, 'Plenary'));
    writeFileSync(join(appData, 'plenary', 'settings.json'), 'old');
    writeFileSync(join(appData, 'Plenary', 'settings.json'), 'new');
    const r = migrateDataFolder(appData);
    expect(r.moved).toBe(false);
    expect(readFileSync(join(appData, 'plenary', 'settings.json'), 'utf8')).toBe('old');
    expect(readFileSync(join(appData, 'Plenary', 'settings.json'), 'utf8')).toBe('new');
  });
  it('replaces an empty new folder', () => {
    const appData = tmp('appdata');
    mkdirSync(join(appData, 'plenary'));
    mkdirSync(join(appData, 'Plenary'));
    writeFileSync(join(appData, 'plenary', 'bookmarks.json'), '[]');
    expect(migrateDataFolder(appData).moved).toBe(true);
    expect(existsSync(join(appData, 'Plenary', 'bookmarks.json'))).toBe(true);
  });
});

describe('createPdfPrinter', () => {
  it('prints a 3 MB brief from a temporary file, never a data: URL, and removes the file', async () => {
    const html = `<!doctype html><title>Brief</title><p>${'Note très longue. '.repeat(180_000)}</p>`;
    expect(html.length).toBeGreaterThan(3_000_000);
    const allowed = new Set<string>();
    const seen: { path: string; size: number; allowedWhileLoading: boolean }[] = [];
    let destroyed = false;
    const win: PrintWindow = {
      loadFile: async (path) => void seen.push({ path, size: statSync(path).size, allowedWhileLoading: [...allowed].some((u) => fileURLToPath(u) === path) }),
      webContents: { printToPDF: async () => new TextEncoder().encode('%PDF-1.7 fake') },
      destroy: () => void (destroyed = true),
    };
    const print = createPdfPrinter(() => win, (url) => (allowed.add(url), () => allowed.delete(url)));
    const pdf = await print(html);
    expect(pdf.toString()).toBe('%PDF-1.7 fake');
    expect(seen).toHaveLength(1);
    expect(seen[0]!.size).toBe(Buffer.byteLength(html));
    expect(seen[0]!.allowedWhileLoading).toBe(true);
    expect(existsSync(seen[0]!.path)).toBe(false);
    expect(allowed.size).toBe(0);
    expect(destroyed).toBe(true);
  });
});

describe('OpenedFiles', () => {
  it('finds .plenary paths in argv, relative to the launch folder', () => {
    expect(filesFromArgv(['--no-sandbox', 'notes.plenary', '/abs/Brief.PLENARY', 'other.json'], '/home/d')).toEqual([
      '/home/d/notes.plenary',
      '/abs/Brief.PLENARY',
    ]);
  });
  it('reads a file for the renderer to take once, and names a file it cannot read', async () => {
    const dir = tmp('opened');
    writeFileSync(join(dir, 'x.plenary'), '{"type":"AnnotationCollection","items":[]}');
    let notified = 0;
    const q = new OpenedFiles(() => notified++);
    await q.add(join(dir, 'x.plenary'));
    await q.add(join(dir, 'missing.plenary'));
    expect(notified).toBe(2);
    expect(q.take()).toEqual({ name: 'x.plenary', text: '{"type":"AnnotationCollection","items":[]}' });
    expect(q.take()).toEqual({ name: 'missing.plenary', text: '', error: 'missing.plenary cannot be opened: the file does not exist.' });
    expect(q.take()).toBeNull();
  });
});
