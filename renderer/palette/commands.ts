/**
 * Everything the command palette can offer, and which of it answers what
 * was typed: paragraph references first, then documents and commands ranked
 * by `matchScore` (ties keep the order below), then "Search the library for
 * …" whenever something was typed.
 */
import type { TFunction } from 'i18next';
import { THEMES } from '../../common/model-values';
import type { CatalogEntry, Settings, StructuredDocument } from '../../common/model';
import { chooseFiles } from '../library/intake';
import { goToParagraph } from '../reader/paragraphs';
import { closeTab, compareTabs, cycleTab } from '../app/tab-actions';
import { tabStore } from '../app/tabs';
import { defaultPartner, hrefCompare, hrefDoc } from '../router';
import { docsByRef, matchScore, parseParagraphQuery, type ParagraphQuery } from './match';

export type CommandKind = 'paragraph' | 'document' | 'command' | 'search';

interface CommandBase {
  /** Unique among the results: the option's key and element id. */
  id: string;
  kind: CommandKind;
  label: string;
  /** Shown after the label, muted: a document's title, a paragraph's first words. */
  detail?: string;
  /** Language of a document's own words in the label and detail. */
  lang?: string;
  /** The shortcut that does the same, shown beside the command. */
  keys?: string;
  /** Further words the command answers to. */
  keywords?: string;
}

/** A command either runs (and the palette closes first) or fills the input with new text. */
export type Command = CommandBase & ({ run(): void; fill?: never } | { fill: string; run?: never });

/** What commands do that needs the rest of the interface. */
export interface PaletteActions {
  navigate(hash: string): void;
  search(query: string): void;
  exportAnnotations(docId?: string): void;
  importAnnotations(): void;
  updateSettings(patch: Partial<Settings>): void;
  showShortcuts(): void;
  find(): void;
  /** Shows or hides the reader's contents sidebar. */
  toggleContents?(): void;
}

export interface PaletteContext {
  t: TFunction;
  catalog: readonly CatalogEntry[];
  /** The document open in the reader, if any. */
  openDocId: string | null;
  /** Loaded documents: the open one and those a paragraph reference names (see `docsNeeded`). */
  docs: ReadonlyMap<string, StructuredDocument>;
  settings: Settings;
  /** Shortcut keys as this platform writes them: "⌘" or "Ctrl+". */
  mod: string;
  act: PaletteActions;
}

/** How many paragraphs "§" with a partial number lists at most. */
const MAX_PARAGRAPHS = 100;

/** The documents whose paragraphs `query` may refer to, to be loaded before `paletteResults`. */
export function docsNeeded(query: string, catalog: readonly CatalogEntry[], openDocId: string | null): string[] {
  const pq = parseParagraphQuery(query);
  const ids = pq?.docRef ? docsByRef(catalog, pq.docRef).map((e) => e.id) : [];
  return [...new Set([...(openDocId ? [openDocId] : []), ...ids])];
}

const preview = (text: string) => (text.length > 90 ? `${text.slice(0, 89).trimEnd()}…` : text);

function paragraphCommands(pq: ParagraphQuery, ctx: PaletteContext): Command[] {
  const { t } = ctx;
  const ids = pq.docRef ? docsByRef(ctx.catalog, pq.docRef).map((e) => e.id) : ctx.openDocId ? [ctx.openDocId] : [];
  const out: Command[] = [];
  for (const id of ids) {
    const doc = ctx.docs.get(id);
    if (!doc) continue;
    const numbered = doc.blocks.filter((b) => b.number);
    const exact = numbered.filter((b) => b.number === pq.number);
    const more = pq.explicit ? numbered.filter((b) => b.number !== pq.number && b.number!.startsWith(pq.number)) : [];
    for (const b of [...exact, ...more]) {
      const n = b.number!;
      out.push({
        id: `para-${doc.id}-${b.id}`,
        kind: 'paragraph',
        label: doc.id === ctx.openDocId ? t('palette.goToPara', { n }) : t('palette.goToParaIn', { n, doc: doc.shortName }),
        detail: preview(b.text),
        lang: doc.language,
        run: () => goToParagraph(doc.id, b),
      });
    }
  }
  return out.slice(0, MAX_PARAGRAPHS);
}

/** Every command, in the order they are listed when nothing is typed. */
export function allCommands(ctx: PaletteContext): Command[] {
  const { t, act, settings, catalog, openDocId, mod } = ctx;
  const out: Command[] = [];
  const cmd = (id: string, label: string, run: () => void, keys?: string): Command => ({ id, kind: 'command', label, run, keys });
  if (openDocId) {
    const partner = defaultPartner(openDocId, catalog.map((e) => e.id));
    const partnerName = catalog.find((e) => e.id === partner)?.shortName ?? partner;
    out.push(
      { id: 'go-to-paragraph', kind: 'command', label: t('palette.goToParagraph'), fill: '§ ', keys: 'G' },
      cmd('find', t('palette.find'), act.find, `${mod}F`),
      ...(act.toggleContents ? [cmd('contents', t('reading.toggleContents'), act.toggleContents, `${mod}B`)] : []),
      cmd('compare', t('palette.compare', { doc: partnerName }), () => act.navigate(hrefCompare(openDocId, partner))),
      cmd('export-doc', t('palette.exportDoc'), () => act.exportAnnotations(openDocId)),
    );
  }
  // Tabs (renderer/app/tabs.ts): switching, closing, comparing the last two.
  if (tabStore.tabs.length > 1) {
    out.push(
      cmd('tab-next', t('tabsCompare.nextTab'), () => cycleTab(1, openDocId), 'Ctrl+Tab'),
      cmd('tab-prev', t('tabsCompare.prevTab'), () => cycleTab(-1, openDocId), 'Ctrl+Shift+Tab'),
    );
    const two = tabStore.lastTwo();
    const name = (id: string) => catalog.find((e) => e.id === id)?.shortName ?? id;
    if (two) out.push(cmd('tab-compare', t('tabsCompare.compareTabs', { left: name(two[0]), right: name(two[1]) }), () => void compareTabs()));
  }
  if (openDocId) out.push(cmd('tab-close', t('tabsCompare.closeTab'), () => closeTab(openDocId, openDocId), 'Ctrl+W'));
  for (const e of catalog) {
    out.push({
      id: `doc-${e.id}`,
      kind: 'document',
      label: e.shortName,
      detail: e.title,
      lang: e.language,
      keywords: [e.symbol, e.title, e.subtitle, e.id].filter(Boolean).join(' '),
      run: () => act.navigate(hrefDoc(e.id)),
    });
  }
  out.push(
    cmd('library', t('palette.library'), () => act.navigate('#/')),
    cmd('notebook', t('palette.notebook'), () => act.navigate('#/notebook')),
    cmd('trash', t('palette.trash'), () => act.navigate('#/trash')),
    cmd('settings', t('palette.settings'), () => act.navigate('#/settings')),
    cmd('export', t('palette.exportAll'), () => act.exportAnnotations()),
    cmd('import', t('palette.import'), act.importAnnotations),
    cmd('add-documents', t('addedDocs.paletteAdd'), chooseFiles),
    cmd('meeting-mode', settings.meetingMode ? t('palette.meetingOff') : t('palette.meetingOn'), () =>
      act.updateSettings({ meetingMode: !settings.meetingMode }),
    ),
    ...THEMES.filter((th) => th !== settings.theme).map((th) =>
      cmd(`theme-${th}`, t('palette.theme', { name: t(`settings.themes.${th}`) }), () => act.updateSettings({ theme: th })),
    ),
    cmd('shortcuts', t('palette.shortcuts'), act.showShortcuts, '?'),
  );
  return out;
}

/** What the palette lists for `query`, best first. */
export function paletteResults(query: string, ctx: PaletteContext): Command[] {
  const q = query.trim();
  const all = allCommands(ctx);
  if (!q) return all;
  const pq = parseParagraphQuery(q);
  const ranked = all
    .map((c, i) => ({ c, i, score: matchScore(q, c.label, c.keywords) }))
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .map((r) => r.c);
  const out = [...(pq ? paragraphCommands(pq, ctx) : []), ...ranked];
  // A bare "§" asks for a paragraph, not for a search.
  if (!pq || pq.number) {
    out.push({ id: 'search', kind: 'search', label: ctx.t('palette.search', { query: q }), keys: '/', run: () => ctx.act.search(q) });
  }
  return out;
}
