/**
 * The native application menu as plain data. `menuTemplate` is pure (no
 * Electron at runtime: the import below is type-only) so tests can pin its
 * structure; main/index.ts feeds it to Menu.buildFromTemplate.
 *
 * Edit and View items use Electron roles. Everything that belongs to the
 * renderer is reported as a constant MenuAction through `send`; main decides
 * how to deliver it (never with strings built from outside input).
 */
import type { MenuItemConstructorOptions } from 'electron';

export const MENU_ACTIONS = [
  'add-documents',
  'export',
  'import',
  'find',
  'meeting-mode',
  'palette',
  'go-library',
  'go-notebook',
  'go-back',
  'go-forward',
  'go-to-paragraph',
  'shortcuts',
  'about',
  'toggle-contents',
] as const;
export type MenuAction = (typeof MENU_ACTIONS)[number];

export const LABEL_KEYS = [
  'file',
  'addDocuments',
  'export',
  'import',
  'closeWindow',
  'quit',
  'edit',
  'undo',
  'redo',
  'cut',
  'copy',
  'paste',
  'selectAll',
  'find',
  'view',
  'palette',
  'zoomIn',
  'zoomOut',
  'resetZoom',
  'fullScreen',
  'meetingMode',
  'go',
  'library',
  'notebook',
  'back',
  'forward',
  'goToParagraph',
  'help',
  'shortcuts',
  'about',
  'hide',
  'hideOthers',
  'showAll',
  'contents',
] as const;
export type MenuLabels = Record<(typeof LABEL_KEYS)[number], string>;

export const LABELS_EN: MenuLabels = {
  file: '&File',
  addDocuments: 'Add Documents…',
  export: 'Export…',
  import: 'Import…',
  closeWindow: 'Close Window',
  quit: 'Quit Plenary',
  edit: '&Edit',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select All',
  find: 'Find…',
  view: '&View',
  palette: 'Command Palette…',
  zoomIn: 'Zoom In',
  zoomOut: 'Zoom Out',
  resetZoom: 'Actual Size',
  fullScreen: 'Toggle Full Screen',
  meetingMode: 'Meeting Mode',
  contents: 'Show or Hide Contents',
  go: '&Go',
  library: 'Library',
  notebook: 'Notebook',
  back: 'Back',
  forward: 'Forward',
  goToParagraph: 'Go to Paragraph…',
  help: '&Help',
  shortcuts: 'Keyboard Shortcuts',
  about: 'About Plenary',
  hide: 'Hide Plenary',
  hideOthers: 'Hide Others',
  showAll: 'Show All',
};

export const LABELS_FR: MenuLabels = {
  file: '&Fichier',
  addDocuments: 'Ajouter des documents…',
  export: 'Exporter…',
  import: 'Importer…',
  closeWindow: 'Fermer la fenêtre',
  quit: 'Quitter Plenary',
  edit: '&Édition',
  undo: 'Annuler',
  redo: 'Rétablir',
  cut: 'Couper',
  copy: 'Copier',
  paste: 'Coller',
  selectAll: 'Tout sélectionner',
  find: 'Rechercher…',
  view: '&Affichage',
  palette: 'Palette de commandes…',
  zoomIn: 'Zoom avant',
  zoomOut: 'Zoom arrière',
  resetZoom: 'Taille réelle',
  fullScreen: 'Plein écran',
  meetingMode: 'Mode réunion',
  contents: 'Afficher ou masquer la table des matières',
  go: 'A&ller',
  library: 'Bibliothèque',
  notebook: 'Carnet',
  back: 'Précédent',
  forward: 'Suivant',
  goToParagraph: 'Aller au paragraphe…',
  help: 'Aid&e',
  shortcuts: 'Raccourcis clavier',
  about: 'À propos de Plenary',
  hide: 'Masquer Plenary',
  hideOthers: 'Masquer les autres',
  showAll: 'Tout afficher',
};

/** Menu labels for a system locale such as 'fr-FR' (French or English). */
export function labelsFor(locale: string): MenuLabels {
  return locale.toLowerCase().startsWith('fr') ? LABELS_FR : LABELS_EN;
}

export interface MenuOptions {
  platform: NodeJS.Platform;
  labels: MenuLabels;
  send(action: MenuAction): void;
}

/** macOS shows no mnemonics: drop the '&' markers there. */
const plain = (label: string) => label.replace(/&(?=\S)/g, '');

export function menuTemplate({ platform, labels, send }: MenuOptions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const L = (key: keyof MenuLabels) => (mac ? plain(labels[key]) : labels[key]);
  const action = (id: MenuAction, label: string, accelerator?: string): MenuItemConstructorOptions => ({
    id,
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => send(id),
  });
  const sep: MenuItemConstructorOptions = { type: 'separator' };

  const appMenu: MenuItemConstructorOptions = {
    label: 'Plenary',
    submenu: [
      { role: 'about', label: L('about') },
      sep,
      { role: 'hide', label: L('hide'), accelerator: 'Command+H' },
      { role: 'hideOthers', label: L('hideOthers'), accelerator: 'Command+Alt+H' },
      { role: 'unhide', label: L('showAll') },
      sep,
      { role: 'quit', label: L('quit'), accelerator: 'Command+Q' },
    ],
  };

  const file: MenuItemConstructorOptions = {
    label: L('file'),
    submenu: [
      // Main shows the system's open dialog itself; the page follows the jobs (renderer/library/intake.ts).
      action('add-documents', L('addDocuments'), 'CmdOrCtrl+Shift+O'),
      action('export', L('export'), 'CmdOrCtrl+E'),
      action('import', L('import'), 'CmdOrCtrl+O'),
      sep,
      { role: 'close', label: L('closeWindow'), accelerator: 'CmdOrCtrl+Shift+W' },
      ...(mac ? [] : [{ role: 'quit', label: L('quit'), accelerator: 'Ctrl+Q' } as const]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: L('edit'),
    submenu: [
      { role: 'undo', label: L('undo'), accelerator: 'CmdOrCtrl+Z' },
      { role: 'redo', label: L('redo'), accelerator: mac ? 'Shift+Command+Z' : 'Ctrl+Y' },
      sep,
      { role: 'cut', label: L('cut'), accelerator: 'CmdOrCtrl+X' },
      { role: 'copy', label: L('copy'), accelerator: 'CmdOrCtrl+C' },
      { role: 'paste', label: L('paste'), accelerator: 'CmdOrCtrl+V' },
      { role: 'selectAll', label: L('selectAll'), accelerator: 'CmdOrCtrl+A' },
      sep,
      action('find', L('find'), 'CmdOrCtrl+F'),
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: L('view'),
    submenu: [
      action('palette', L('palette'), 'CmdOrCtrl+K'),
      sep,
      { role: 'zoomIn', label: L('zoomIn'), accelerator: 'CmdOrCtrl+=' },
      { role: 'zoomOut', label: L('zoomOut'), accelerator: 'CmdOrCtrl+-' },
      { role: 'resetZoom', label: L('resetZoom'), accelerator: 'CmdOrCtrl+0' },
      sep,
      { role: 'togglefullscreen', label: L('fullScreen'), accelerator: mac ? 'Ctrl+Command+F' : 'F11' },
      action('meeting-mode', L('meetingMode'), 'CmdOrCtrl+Shift+M'),
      action('toggle-contents', L('contents'), 'CmdOrCtrl+B'),
    ],
  };

  const go: MenuItemConstructorOptions = {
    label: L('go'),
    submenu: [
      action('go-library', L('library'), 'CmdOrCtrl+Shift+L'),
      action('go-notebook', L('notebook'), 'CmdOrCtrl+Shift+N'),
      sep,
      action('go-back', L('back'), mac ? 'Command+[' : 'Alt+Left'),
      action('go-forward', L('forward'), mac ? 'Command+]' : 'Alt+Right'),
      sep,
      action('go-to-paragraph', L('goToParagraph'), 'CmdOrCtrl+G'),
    ],
  };

  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: L('help'),
    submenu: [
      action('shortcuts', L('shortcuts'), 'CmdOrCtrl+/'),
      // On macOS "About" lives in the app menu.
      ...(mac ? [] : [sep, action('about', L('about'))]),
    ],
  };

  return [...(mac ? [appMenu] : []), file, edit, view, go, help];
}

/** Actions main carries out itself, without the page. */
const MAIN_ACTIONS = ['go-back', 'go-forward', 'about'] as const;
export type RendererAction = Exclude<MenuAction, (typeof MAIN_ACTIONS)[number]>;

/** Navigation is a hash route; nothing else needs its own script. */
const ROUTES: Partial<Record<RendererAction, string>> = {
  'go-library': 'location.hash = "#/"',
  'go-notebook': 'location.hash = "#/notebook"',
};

/**
 * What main does for each renderer-bound action: a constant script only.
 * Every action that is neither a route nor one of MAIN_ACTIONS is a DOM event
 * the renderer listens for (`window.addEventListener('plenary:menu', e =>
 * e.detail)`), so the preload needs no extra channel. This is the hook for a
 * new menu command handled by the page (e.g. File > "Add documents…"): add its
 * name to MENU_ACTIONS and an `action(...)` line to its submenu; its script
 * follows from here.
 */
export const ACTION_SCRIPTS = Object.fromEntries(
  MENU_ACTIONS.filter((a): a is RendererAction => !(MAIN_ACTIONS as readonly string[]).includes(a)).map((a) => [
    a,
    ROUTES[a] ?? `window.dispatchEvent(new CustomEvent("plenary:menu", { detail: ${JSON.stringify(a)} }))`,
  ]),
) as Readonly<Record<RendererAction, string>>;

/** Tells the page that the system asked Plenary to open a file; the page takes it with `takeOpenedFile`. */
export const OPENED_FILE_SCRIPT = 'window.dispatchEvent(new CustomEvent("plenary:opened-file"))';
