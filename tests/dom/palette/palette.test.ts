/**
 * The command palette's reading of what is typed, and what it offers: paragraph
 * references in the forms people type them, documents by symbol or name,
 * commands by accent-insensitive words, "Search the library for …" always
 * last; and the next / previous highlight steps of meeting mode.
 */
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type CatalogEntry, type StructuredDocument } from '../../../common/model';
import { paletteResults, docsNeeded, type PaletteActions } from '../../../renderer/palette/commands';
import { docsByRef, matchScore, parseParagraphQuery } from '../../../renderer/palette/match';
import en from '../../../renderer/i18n/locales/en.json';
import { stepHighlight } from '../../../renderer/reader/highlight-steps';
import { findParagraph, paragraphNumber } from '../../../renderer/reader/paragraphs';
import { loadCorpus } from '../../unit/anchoring/fixtures';

const corpus = await loadCorpus();
const catalog: CatalogEntry[] = corpus.docs.map(({ blocks: _b, footnotes: _f, ...entry }) => entry);
const a68 = corpus.docs.find((d) => d.id === 'a-68-370')!;
const t = i18next.createInstance();
await t.init({ lng: 'en', resources: { en: { translation: en } }, interpolation: { escapeValue: false } });

function actions(): PaletteActions & { calls: string[] } {
  const calls: string[] = [];
  const rec = (name: string) => (...args: unknown[]) => void calls.push([name, ...args.map(String)].join(' '));
  return {
    calls,
    navigate: rec('navigate'),
    search: rec('search'),
    exportAnnotations: rec('export'),
    importAnnotations: rec('import'),
    updateSettings: (patch) => void calls.push(`settings ${JSON.stringify(patch)}`),
    showShortcuts: rec('shortcuts'),
    find: rec('find'),
  };
}

function results(query: string, openDocId: string | null = 'a-68-370', act = actions()) {
  const docs = new Map<string, StructuredDocument>(docsNeeded(query, catalog, openDocId).map((id) => [id, corpus.docs.find((d) => d.id === id)!]));
  return paletteResults(query, { t: t.t, catalog, openDocId, docs, settings: DEFAULT_SETTINGS, mod: 'Ctrl+', act });
}

describe('paragraph numbers', () => {
  it.each([
    ['23', '23'],
    [' 23 ', '23'],
    ['3a', '3-a'],
    ['3.a', '3-a'],
    ['3 (A)', '3-a'],
    ['3-a', '3-a'],
  ])('"%s" is paragraph %s', (typed, number) => expect(paragraphNumber(typed)).toBe(number));

  it.each(['', 'abc', '23 24', '12345', '3ab'])('"%s" is not a paragraph number', (typed) => expect(paragraphNumber(typed)).toBeNull());

  it('finds the block a number names, and nothing for a number the document lacks', () => {
    expect(findParagraph(a68, '23')?.number).toBe('23');
    expect(findParagraph(a68, '999')).toBeUndefined();
  });
});

describe('parseParagraphQuery', () => {
  it.each([
    ['23', { docRef: '', number: '23', explicit: false }],
    ['§ 23', { docRef: '', number: '23', explicit: true }],
    ['para. 3a', { docRef: '', number: '3-a', explicit: true }],
    ['§', { docRef: '', number: '', explicit: true }],
    ['A/68/370 23', { docRef: 'a/68/370', number: '23', explicit: false }],
    ['a-68-370, para 23', { docRef: 'a-68-370', number: '23', explicit: true }],
    ['A/68/370 §12', { docRef: 'a/68/370', number: '12', explicit: true }],
  ])('"%s"', (q, expected) => expect(parseParagraphQuery(q)).toEqual(expected));

  it.each(['migration', 'compare', ''])('"%s" is not a paragraph reference', (q) => expect(parseParagraphQuery(q)).toBeNull());
});

describe('matching', () => {
  it('finds documents by symbol, id or short name, exactly before by prefix', () => {
    expect(docsByRef(catalog, 'A/68/370').map((e) => e.id)).toEqual(['a-68-370']);
    expect(docsByRef(catalog, 'a-68-370').map((e) => e.id)).toEqual(['a-68-370']);
    expect(docsByRef(catalog, 'IDM 2017').map((e) => e.id).sort()).toEqual(['idm-2017-note-conceptuelle', 'idm-2017-vulnerabilites-conclusions']);
    expect(docsByRef(catalog, 'zzz')).toEqual([]);
  });

  it('scores whole words over word starts over fragments, needs every word, ignores accents and case', () => {
    expect(matchScore('notebook', 'Open the notebook')).toBeGreaterThan(matchScore('note', 'Open the notebook'));
    expect(matchScore('note', 'Open the notebook')).toBeGreaterThan(matchScore('tebo', 'Open the notebook'));
    expect(matchScore('tebo', 'Open the notebook')).toBeGreaterThan(0);
    expect(matchScore('notebook trash', 'Open the notebook')).toBe(0);
    expect(matchScore('PARAMETRES', 'Paramètres')).toBeGreaterThan(0);
    expect(matchScore('', 'anything')).toBe(0);
  });
});

describe('paletteResults', () => {
  it('"23" in A/68/370 offers paragraph 23 first, which opens it, and a search last', () => {
    const act = actions();
    const list = results('23', 'a-68-370', act);
    expect(list[0]).toMatchObject({ kind: 'paragraph', label: 'Go to paragraph 23' });
    expect(list[0]!.detail).toMatch(/^Sur la lancée de la Conférence des Nations Unies/);
    expect(list.at(-1)).toMatchObject({ kind: 'search', label: 'Search the library for “23”' });
    list.at(-1)!.run!();
    expect(act.calls).toEqual(['search 23']);
  });

  it('"§ 1" lists every paragraph whose number starts with 1; a bare "§" offers no search', () => {
    const numbers = results('§ 1').filter((c) => c.kind === 'paragraph').map((c) => c.label.replace('Go to paragraph ', ''));
    expect(numbers[0]).toBe('1');
    expect(numbers.length).toBeGreaterThan(5);
    expect(numbers.every((n) => n.startsWith('1'))).toBe(true);
    expect(results('§').some((c) => c.kind === 'search')).toBe(false);
  });

  it('a paragraph of another document, named by its symbol, from anywhere', () => {
    const list = results('A/68/370 23', null);
    expect(list[0]).toMatchObject({ kind: 'paragraph', label: 'Go to paragraph 23 of A/68/370' });
  });

  it('"A/68" ranks A/68/370 first, and running it opens the document', () => {
    const act = actions();
    const [first] = results('A/68', null, act);
    expect(first).toMatchObject({ kind: 'document', label: 'A/68/370' });
    first!.run!();
    expect(act.calls).toEqual(['navigate #/doc/a-68-370']);
  });

  it('commands answer to their words: export, the notebook, meeting mode, a theme', () => {
    const act = actions();
    const pick = (q: string) => results(q, 'a-68-370', act).find((c) => c.kind === 'command')!;
    pick('export').run!();
    pick('notebook').run!();
    pick('meeting').run!();
    pick('dark').run!();
    expect(act.calls).toEqual(['export a-68-370', 'navigate #/notebook', 'settings {"meetingMode":true}', 'settings {"theme":"dark"}']);
  });

  it('"Go to paragraph…" fills "§ " in the input instead of running', () => {
    const go = results('', 'a-68-370').find((c) => c.id === 'go-to-paragraph')!;
    expect(go.fill).toBe('§ ');
    expect(go.run).toBeUndefined();
    // Without an open document there is no paragraph to go to.
    expect(results('', null).some((c) => c.id === 'go-to-paragraph')).toBe(false);
  });

  it('ids are unique, so every option has its own element id', () => {
    for (const q of ['', '2', '§ 1', 'a', 'migration']) {
      const ids = results(q).map((c) => c.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
});

describe('stepHighlight', () => {
  const tops = [-500, -100, 200, 450, 900, 1500];
  it('from nowhere: "]" goes to the first highlight from the middle of the screen down, "[" to the last above it', () => {
    expect(stepHighlight(tops, 800, -1, 1)).toBe(3);
    expect(stepHighlight(tops, 800, -1, -1)).toBe(2);
  });
  it('from the last one gone to: its neighbour, wrapping around', () => {
    expect(stepHighlight(tops, 800, 3, 1)).toBe(4);
    expect(stepHighlight(tops, 800, 5, 1)).toBe(0);
    expect(stepHighlight(tops, 800, 0, -1)).toBe(5);
  });
  it('all above or all below the middle: wraps to the first or the last', () => {
    expect(stepHighlight([-300, -200], 800, -1, 1)).toBe(0);
    expect(stepHighlight([900, 1000], 800, -1, -1)).toBe(1);
  });
});

