/**
 * Golden files per format and per language: the same brief, exported in
 * French, English and Spanish, and a composed brief (introduction, a
 * paragraph between items, an order by hand, one highlight left out,
 * bookmarks) in each.
 */
import { describe, it } from 'vitest';
import { buildBrief } from '../../../common/export/brief';
import { toCsv } from '../../../common/export/csv';
import { toHtml } from '../../../common/export/html';
import { toMarkdown } from '../../../common/export/markdown';
import type { ExportLang } from '../../../common/export/strings';
import { ANNOTATIONS, BRIEF_DATE, DOCS, LEGEND } from '../../fixtures/export/fixture';
import { expectGolden } from './golden';

const LANGS: ExportLang[] = ['fr', 'en', 'es'];

const plain = (lang: ExportLang) =>
  buildBrief({ annotations: ANNOTATIONS, docs: DOCS, legend: LEGEND, grouping: 'document', title: 'Pacte mondial : notes de séance', date: BRIEF_DATE, lang });

/** Hand order: the note's passages first, then A/68/370 backwards; the first highlight left out. */
const HAND = ANNOTATIONS.filter((a) => !a.deleted)
  .slice(1)
  .sort((x, y) => (x.docId === y.docId ? y.position.start - x.position.start : x.docId < y.docId ? 1 : -1))
  .map((a) => a.id);

const composed = (lang: ExportLang) =>
  buildBrief({
    annotations: ANNOTATIONS,
    docs: DOCS,
    legend: LEGEND,
    grouping: 'document',
    title: 'Note au chef de délégation',
    date: BRIEF_DATE,
    lang,
    author: 'Amina Diallo',
    composition: {
      itemIds: HAND,
      manual: true,
      introduction: 'Trois points pour la séance de **jeudi**.\n\nÀ lire avant <b>10 h</b>.',
      paragraphs: { [HAND[2] ?? '']: 'Ensuite, la question des _transferts_.' },
      closing: 'Fin de la note.',
      bookmarks: [{ docId: 'a-68-370', citation: 'A/68/370, par. 24', text: '+33 : c’est l’indicatif ; « = » n’est pas une formule.' }],
    },
  });

describe.each(LANGS)('exports in %s', (lang) => {
  it('Markdown, HTML and CSV match their golden files', () => {
    expectGolden(`lang/brief.${lang}.md`, toMarkdown(plain(lang)));
    expectGolden(`lang/brief.${lang}.html`, toHtml(plain(lang)));
    expectGolden(`lang/brief.${lang}.csv`, toCsv(plain(lang), lang === 'en' ? ',' : ';'));
  });

  it('a composed brief matches its golden files', () => {
    expectGolden(`lang/composed.${lang}.md`, toMarkdown(composed(lang)));
    expectGolden(`lang/composed.${lang}.html`, toHtml(composed(lang)));
  });
});
