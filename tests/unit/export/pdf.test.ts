/**
 * The PDF writer, checked from the outside with poppler (pdfinfo, pdffonts,
 * pdftotext), as a reader's tools see the file.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBrief } from '../../../common/export/brief';
import { toPdf } from '../../../main/export/pdf';
import { markdownBlocks } from '../../../main/export/pdf-text';
import { ANNOTATIONS, BRIEF_DATE, DOCS, LEGEND } from '../../fixtures/export/fixture';

const POPPLER = spawnSync('pdfinfo', ['-v']).status === 0;
const run = (cmd: string, ...args: string[]): string => execFileSync(cmd, args, { encoding: 'utf8' });

const brief = (lang: 'fr' | 'en' | 'es') =>
  buildBrief({
    annotations: ANNOTATIONS,
    docs: DOCS,
    legend: LEGEND,
    grouping: 'document',
    title: 'Pacte mondial : notes de séance',
    date: BRIEF_DATE,
    lang,
    author: 'Amina Diallo',
    composition: {
      itemIds: ANNOTATIONS.map((a) => a.id),
      introduction: 'Points à soulever : œuvre, ça, où, Ñandú, ¿qué?, ¡sí!, «\u00a0guillemets\u00a0», l’apostrophe.',
    },
  });

describe.skipIf(!POPPLER)('toPdf (checked with poppler; skipped where poppler-utils is not installed)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'plenary-pdf-'));
  const file = path.join(dir, 'brief.pdf');
  const letter = path.join(dir, 'letter.pdf');
  let bytes: Buffer;

  beforeAll(async () => {
    bytes = await toPdf(brief('fr'), { now: new Date('2024-03-15T12:00:00Z') });
    writeFileSync(file, bytes);
    writeFileSync(letter, await toPdf(brief('en'), { paper: 'letter' }));
  }, 30_000);

  it('is a tagged PDF with its title and author, in A4 or Letter', () => {
    const info = run('pdfinfo', file);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^Title:\s+Pacte mondial : notes de séance$/m);
    expect(info).toMatch(/^Author:\s+Amina Diallo$/m);
    expect(info).toMatch(/^Page size:.*\(A4\)$/m);
    expect(run('pdfinfo', letter)).toMatch(/^Page size:.*\(letter\)$/m);
  });

  it('sets the document language, and each quote its own', () => {
    expect(bytes.toString('latin1')).toContain('/Lang (fr)');
    const struct = run('pdfinfo', '-struct', file);
    expect(struct).toMatch(/^Document/m);
    expect(struct).toMatch(/H1/);
    expect(struct).toMatch(/BlockQuote/);
  });

  it('embeds every font, as subsets', () => {
    const rows = run('pdffonts', file).split('\n').slice(2).filter((r) => r.trim());
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row, row).toMatch(/\+DejaVu\S*\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
  });

  it('has an outline with the documents and sections', async () => {
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise;
    const outline = await pdf.getOutline();
    const titles = outline.map((o) => o.title);
    expect(titles).toEqual([
      'Pacte mondial : notes de séance',
      'Introduction',
      'Légende des couleurs',
      expect.stringMatching(/^A\/68\/370 – Résumé des auditions/),
      expect.stringMatching(/^IDM 2017 – Note conceptuelle – Renforcer/),
    ]);
    expect(outline[3]?.items.map((o) => o.title)).toEqual(['I. Introduction', 'II. Débats › A. Migrations et développement']);
    await pdf.destroy();
  });

  it('gives back the French and Spanish text intact, with page numbers', () => {
    // pdftotext gives a no-break space back as a plain space.
    const text = run('pdftotext', '-enc', 'UTF-8', file, '-').replace(/\u00a0/g, ' ');
    expect(text).toContain('Points à soulever : œuvre, ça, où, Ñandú, ¿qué?, ¡sí!, « guillemets », l’apostrophe.');
    expect(text).toContain('Légende des couleurs');
    expect(text).toContain('A/68/370, par. 23');
    expect(text).toContain('« les migrants ne sont pas une marchandise »');
    expect(text).toContain('15 mars 2024');
    const pages = Number(/^Pages:\s+(\d+)$/m.exec(run('pdfinfo', file))?.[1]);
    expect(text).toContain(`Page 1 sur ${pages}`);
    expect(run('pdftotext', '-enc', 'UTF-8', letter, '-')).toContain('A/68/370, para. 23');
  });

  it('shows a hostile note as text', () => {
    const text = run('pdftotext', '-enc', 'UTF-8', file, '-');
    expect(text).toContain("<script>alert('x')</script>");
    expect(bytes.toString('latin1')).not.toMatch(/\/JavaScript|\/JS\b|\/URI \(javascript/);
  });
});

describe('markdownBlocks', () => {
  it('turns a note into plain paragraphs, items and code', () => {
    expect(markdownBlocks('# Titre\n\nUn **gras** et <b>x</b>.\n\n- un\n- deux\n\n```\ncode\n```')).toEqual([
      { kind: 'heading', level: 0, text: 'Titre' },
      { kind: 'para', level: 0, text: 'Un gras et <b>x</b>.' },
      { kind: 'item', level: 0, text: '• un' },
      { kind: 'item', level: 0, text: '• deux' },
      { kind: 'code', level: 0, text: 'code' },
    ]);
  });
});
