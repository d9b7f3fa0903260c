/**
 * The comparison report on two real documents (built by the unit global
 * setup): the report model, its HTML (CSP by hash, <ins>/<del>), Word with
 * real tracked changes, and a tagged PDF read back with poppler.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { alignDocuments } from '../../../common/align';
import { compareToHtml } from '../../../common/export/compare-html';
import { buildCompareReport } from '../../../common/export/compare-report';
import type { StructuredDocument } from '../../../common/model';
import { compareToDocx } from '../../../main/export/compare-docx';
import { compareToPdf } from '../../../main/export/compare-pdf';
import { parseHtml } from './dom';

const DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../corpus/out/docs');
const load = (id: string): StructuredDocument => JSON.parse(readFileSync(path.join(DIR, `${id}.json`), 'utf8')) as StructuredDocument;

const left = load('ic-2009-1');
/**
 * A revision of IC/2009/1, as a delegation compares a draft with its
 * amended version: words changed in two paragraphs, one paragraph dropped,
 * one added.
 */
function revise(doc: StructuredDocument): StructuredDocument {
  const paras = doc.blocks.filter((b) => b.kind === 'paragraph' && b.text.length > 200);
  const [a, b, dropped] = paras;
  const blocks = doc.blocks
    .filter((x) => x.id !== dropped?.id)
    .map((x) =>
      x.id === a?.id
        ? { ...x, text: x.text.replace(/migrants/, 'travailleurs migrants').replace(/\. /, ', en particulier. ').replace(/ des (\S+)/, ' ces $1') }
        : x.id === b?.id
          ? { ...x, text: `${x.text} Les États renforceront leur coopération.` }
          : x,
    );
  blocks.push({ id: 'p-new', kind: 'paragraph', text: 'Un paragraphe ajouté sur le financement des retours volontaires et durables.', md: '', headingPath: [] });
  return { ...doc, id: 'ic-2009-1-rev', symbol: 'IC/2009/1/Rev.1', blocks };
}
const right = revise(left);
const alignment = alignDocuments(left, right);
const report = buildCompareReport(left, right, alignment, 'fr', '2024-03-15');

describe('buildCompareReport', () => {
  it('reports two unrelated real documents without a redline', () => {
    const other = load('idm-2008-retour-document-de-travail');
    const r = buildCompareReport(left, other, alignDocuments(left, other), 'en', '2024-03-15');
    expect(r.pairs.length).toBeGreaterThan(0);
    expect(r.words.aligned).toBe('Aligned passages');
    expect(r.pairs[0]?.left.citation).toMatch(/^IC\/2009\/1, para\. /);
  });

  it('lists aligned pairs with a redline for close ones, and unmatched passages of both sides', () => {
    expect(report.title).toBe('Comparaison : IC/2009/1 et IC/2009/1/Rev.1');
    expect(report.pairs.length).toBeGreaterThan(0);
    const withDiff = report.pairs.filter((p) => p.diff);
    expect(withDiff.length).toBeGreaterThan(0);
    for (const p of withDiff) {
      // The redline rebuilds both passages: equal + deleted words give the left, equal + inserted the right.
      const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
      expect(norm(p.diff!.filter((s) => s.type !== 'insert').map((s) => s.text).join(''))).toBe(norm(p.left.text));
      expect(norm(p.diff!.filter((s) => s.type !== 'delete').map((s) => s.text).join(''))).toBe(norm(p.right.text));
    }
    const paired = new Set(report.pairs.map((p) => p.left.blockId));
    expect(report.onlyLeft.every((p) => !paired.has(p.blockId))).toBe(true);
    expect(report.onlyRight.map((p) => p.blockId)).toContain('p-new');
    expect(report.onlyLeft.length).toBeGreaterThan(0);
    expect(report.pairs[0]?.left.citation).toMatch(/^IC\/2009\/1, par\. /);
  });
});

describe('compareToHtml', () => {
  const html = compareToHtml(report);
  const doc = parseHtml(html);
  it('is styled under its own CSP by hash, in the report language', () => {
    const style = doc.querySelector('style')?.textContent ?? '';
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toBe(
      `default-src 'none'; style-src 'sha256-${createHash('sha256').update(style, 'utf8').digest('base64')}'`,
    );
    expect(doc.documentElement.getAttribute('lang')).toBe('fr');
    expect(doc.querySelectorAll('script, img, link').length).toBe(0);
  });
  it('marks insertions and deletions', () => {
    expect(doc.querySelectorAll('ins').length).toBeGreaterThan(0);
    expect(doc.querySelectorAll('del').length).toBeGreaterThan(0);
    expect(doc.querySelector('h2')?.textContent).toBe('Passages alignés');
  });
});

describe('compareToDocx', () => {
  it('writes the redline as tracked changes with the author', async () => {
    const zip = await JSZip.loadAsync(await compareToDocx(report, 'Amina Diallo'));
    const body = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(body).toMatch(/<w:ins w:id="\d+" w:author="Amina Diallo" w:date="2024-03-15T00:00:00Z">/);
    expect(body).toMatch(/<w:del w:id="\d+" w:author="Amina Diallo"/);
    expect(body).toContain('<w:delText');
    expect(await zip.file('docProps/core.xml')?.async('string')).toContain('<dc:creator>Amina Diallo</dc:creator>');
  });
});

describe.skipIf(spawnSync('pdftotext', ['-v']).status !== 0)('compareToPdf (poppler; skipped where poppler-utils is not installed)', () => {
  it('is a tagged PDF in French with the passages and sections', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'plenary-cmp-')), 'report.pdf');
    const bytes = await compareToPdf(report, 'Amina Diallo');
    writeFileSync(file, bytes);
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/^Tagged:\s+yes$/m);
    expect(bytes.toString('latin1')).toContain('/Lang (fr)');
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Passages alignés');
    expect(text).toContain('Passages propres à IC/2009/1');
    expect(text).toContain(report.pairs[0]!.left.citation);
  }, 30_000);
});
