import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import {
  ACTION_SCRIPTS,
  LABELS_EN,
  LABELS_FR,
  LABEL_KEYS,
  MENU_ACTIONS,
  labelsFor,
  menuTemplate,
  type MenuAction,
} from '../../../main/menu';

type Item = MenuItemConstructorOptions;
const build = (platform: NodeJS.Platform, sent: MenuAction[] = []) =>
  menuTemplate({ platform, labels: LABELS_EN, send: (a) => sent.push(a) });
const items = (menu: Item[]): Item[] =>
  menu.flatMap((m) => [m, ...(Array.isArray(m.submenu) ? items(m.submenu) : [])]);
const top = (menu: Item[]) => menu.map((m) => (m.label ?? '').replace(/&/g, ''));
const sub = (menu: Item[], label: string) =>
  (menu.find((m) => m.label?.replace(/&/g, '') === label)?.submenu as Item[]).filter((i) => i.type !== 'separator');

describe.each(['darwin', 'win32', 'linux'] as const)('menuTemplate on %s', (platform) => {
  const menu = build(platform);
  const mac = platform === 'darwin';

  it('has the app menu on macOS only, then File, Edit, View, Go, Help', () => {
    expect(top(menu)).toEqual([...(mac ? ['Plenary'] : []), 'File', 'Edit', 'View', 'Go', 'Help']);
  });

  it('never uses one accelerator twice', () => {
    const accs = items(menu)
      .map((i) => i.accelerator)
      .filter((a): a is string => !!a)
      .map((a) => a.replace(/CmdOrCtrl/, mac ? 'Command' : 'Ctrl').toLowerCase());
    expect(new Set(accs).size).toBe(accs.length);
  });

  it('uses roles for editing and zoom, with the usual shortcuts', () => {
    const edit = sub(menu, 'Edit');
    expect(edit.map((i) => i.role ?? i.id)).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'find']);
    expect(edit.find((i) => i.id === 'find')?.accelerator).toBe('CmdOrCtrl+F');
    expect(edit.find((i) => i.role === 'copy')?.accelerator).toBe('CmdOrCtrl+C');
    const view = sub(menu, 'View');
    expect(view.map((i) => i.role ?? i.id)).toEqual(['palette', 'zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen', 'meeting-mode', 'toggle-contents']);
    expect(view.find((i) => i.id === 'toggle-contents')?.accelerator).toBe('CmdOrCtrl+B');
  });

  it('opens the command palette from View with Ctrl+K / Cmd+K', () => {
    const sent: MenuAction[] = [];
    const palette = items(build(platform, sent)).find((i) => i.id === 'palette')!;
    expect(palette.label).toBe('Command Palette…');
    expect(palette.accelerator).toBe('CmdOrCtrl+K');
    (palette.click as () => void)();
    expect(sent).toEqual(['palette']);
    expect(ACTION_SCRIPTS.palette).toBe('window.dispatchEvent(new CustomEvent("plenary:menu", { detail: "palette" }))');
  });

  it('has File add documents/export/import/close, and Quit where the platform expects it', () => {
    const file = sub(menu, 'File');
    expect(file.map((i) => i.role ?? i.id)).toEqual(['add-documents', 'export', 'import', 'close', ...(mac ? [] : ['quit'])]);
    // Ctrl+W closes a document's tab in the page; closing the window needs Shift too.
    expect(file.find((i) => i.role === 'close')?.accelerator).toBe('CmdOrCtrl+Shift+W');
    const quits = items(menu).filter((i) => i.role === 'quit');
    expect(quits).toHaveLength(1);
    expect(quits[0]!.accelerator).toBe(mac ? 'Command+Q' : 'Ctrl+Q');
  });

  it('has Go items and Help with shortcuts and About (app menu on macOS)', () => {
    expect(sub(menu, 'Go').map((i) => i.id)).toEqual([
      'go-library',
      'go-notebook',
      'go-back',
      'go-forward',
      'go-to-paragraph',
    ]);
    expect(sub(menu, 'Help').map((i) => i.id)).toEqual(mac ? ['shortcuts'] : ['shortcuts', 'about']);
    expect(items(menu).some((i) => i.role === 'about')).toBe(mac);
  });

  it('every custom item sends its own action id, each action reachable once', () => {
    const sent: MenuAction[] = [];
    const m = build(platform, sent);
    const custom = items(m).filter((i) => i.click);
    for (const i of custom) (i.click as () => void)();
    expect(sent).toEqual(custom.map((i) => i.id));
    expect(new Set(sent).size).toBe(sent.length);
    const expected = MENU_ACTIONS.filter((a) => !(mac && a === 'about'));
    expect([...sent].sort()).toEqual([...expected].sort());
  });

  it('every item is either a separator, a role, a submenu or a clickable action', () => {
    for (const i of items(menu)) {
      expect(i.type === 'separator' || !!i.role || Array.isArray(i.submenu) || typeof i.click === 'function').toBe(true);
      if (i.type !== 'separator') expect(i.label, JSON.stringify(i)).toBeTruthy();
    }
  });

  it(mac ? 'shows no & mnemonics on macOS' : 'keeps & mnemonics on the top-level menus', () => {
    expect(menu.some((m) => m.label?.includes('&'))).toBe(!mac);
  });
});

describe('menu labels and scripts', () => {
  it('has English and French labels for every key', () => {
    for (const labels of [LABELS_EN, LABELS_FR]) {
      expect(Object.keys(labels).sort()).toEqual([...LABEL_KEYS].sort());
      for (const v of Object.values(labels)) expect(v.trim()).not.toBe('');
    }
    expect(labelsFor('fr-FR')).toBe(LABELS_FR);
    expect(labelsFor('fr')).toBe(LABELS_FR);
    expect(labelsFor('en-US')).toBe(LABELS_EN);
    expect(labelsFor('de')).toBe(LABELS_EN);
  });

  it('scripts are constant, touch only the hash or dispatch a plenary:menu event', () => {
    for (const [action, script] of Object.entries(ACTION_SCRIPTS)) {
      if (action === 'go-library' || action === 'go-notebook') expect(script).toMatch(/^location\.hash = "#\/[a-z]*"$/);
      else expect(script).toBe(`window.dispatchEvent(new CustomEvent("plenary:menu", { detail: "${action}" }))`);
    }
    expect(ACTION_SCRIPTS['go-library']).toBe('location.hash = "#/"');
    expect(ACTION_SCRIPTS['go-notebook']).toBe('location.hash = "#/notebook"');
  });
});
