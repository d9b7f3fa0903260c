/**
 * Two-column PDFs (golden): A/68/370's first sections set in two CSS columns
 * and printed by Chromium (tests/fixtures/formats/a-68-370.columns.pdf, made
 * by make-columns.ts), and the same set by pdfkit with each page's text
 * written row by row across both columns (a-68-370.columns-rows.pdf), read
 * column by column: the same headings, paragraph
 * numbers and text as the bundled document, in its order, never a line of
 * the left column joined to the line beside it on the right.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocumentFile } from '../../../main/library/readers/index';
import { columnBlocks } from '../../fixtures/formats/make-columns';
import { FORMATS_DIR, loadBundled } from '../../fixtures/formats/make-shared';

const outline = (blocks: { id: string; kind: string; level?: number; number?: string; label?: string; text: string }[]) =>
  blocks.map((b) => ({ id: b.id, kind: b.kind, level: b.level, number: b.number, label: b.label, text: b.text }));

describe.each([
  ['written column by column (Chromium)', 'a-68-370.columns.pdf'],
  ['written row by row across the columns (pdfkit)', 'a-68-370.columns-rows.pdf'],
])('a two-column PDF %s', (_how, file) => {
  const bundled = loadBundled('a-68-370');
  const read = readDocumentFile(new Uint8Array(readFileSync(join(FORMATS_DIR, file))), file);

  it('reads column by column: the bundled blocks, ids, numbers and text, in order', async () => {
    const r = await read;
    expect(outline(r.blocks)).toEqual(outline(columnBlocks(bundled)));
  });

  it('detects the title and symbol printed across the top', async () => {
    const r = await read;
    expect(r.detected.title).toBe(bundled.title);
    expect(r.detected.symbol).toBe('A/68/370');
  });
});
