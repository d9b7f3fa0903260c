/**
 * Word's automatic numbering: paragraphs numbered by numbering.xml (not typed)
 * get the numbers Word shows, so "23." is para-23 and "a)" under 3. is
 * para-3-a, with numbering that runs on across headings, restarts letters
 * under each number, and restarts where Word restarts it (a new list instance
 * with w:startOverride), while instances of one definition without an
 * override continue each other.
 */
import JSZip from 'jszip';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { NumberingCounter, parseNumbering, typeNumbers } from '../../../main/library/readers/docx-numbering';
import { readDocumentFile } from '../../../main/library/readers/index';
import { toDocx, UN_NUMBERING } from '../../fixtures/formats/make-docx';
import { loadBundled } from '../../fixtures/formats/make-shared';

const outline = (blocks: { id: string; kind: string; level?: number; number?: string; label?: string; text: string }[]) =>
  blocks.map((b) => ({ id: b.id, kind: b.kind, level: b.level, number: b.number, label: b.label, text: b.text }));

describe('a Word document numbered by Word (golden)', () => {
  const bundled = loadBundled('a-68-370');

  it('carries no typed numbers: the numbers live in numbering.xml', async () => {
    const bytes = await Packer.toBuffer(toDocx(bundled, { wordNumbering: true }));
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    expect(xml.match(/<w:numPr>/g)?.length).toBeGreaterThan(60);
    expect(xml).not.toMatch(/<w:t[^>]*>(23\.|IV\.) /);
  });

  it('reads back the bundled structure: sections I.–X. with A., B. restarting under each, paragraphs 1.–n. across the headings', async () => {
    const r = await readDocumentFile(new Uint8Array(await Packer.toBuffer(toDocx(bundled, { wordNumbering: true }))), 'a-68-370.docx');
    expect(outline(r.blocks)).toEqual(outline(bundled.blocks));
    expect(r.blocks.find((b) => b.id === 'p-23')?.label).toBe('23.');
  });
});

describe('numbering rules', () => {
  const numbered = (reference: string, level: number, text: string, instance?: number) =>
    new Paragraph({ text, numbering: { reference, level, ...(instance === undefined ? {} : { instance }) } });

  it('letters restart under each number, numbers run on across a heading, a new instance restarts at 1', async () => {
    const doc = new Document({
      numbering: UN_NUMBERING,
      sections: [
        {
          children: [
            numbered('paras', 0, 'The group met twice during the session.'),
            numbered('paras', 0, 'The delegations raised the following points:'),
            numbered('paras', 1, 'the right to information in a language the person understands;'),
            numbered('paras', 1, 'access to counsel before any removal.'),
            new Paragraph({ text: 'Recommendations', heading: HeadingLevel.HEADING_2 }),
            numbered('paras', 0, 'The group recommends the following measures:'),
            numbered('paras', 1, 'a review of each individual case;'),
            numbered('paras', 0, 'The secretariat will report at the next session.'),
            new Paragraph({ text: 'Annex', heading: HeadingLevel.HEADING_2 }),
            numbered('paras', 0, 'The annex is numbered on its own.', 2),
            numbered('paras', 0, 'Its second paragraph.', 2),
          ],
        },
      ],
    });
    const r = await readDocumentFile(new Uint8Array(await Packer.toBuffer(doc)), 'group.docx');
    const ids = r.blocks.filter((b) => b.kind !== 'heading').map((b) => [b.id, b.label]);
    expect(ids).toEqual([
      ['p-1', '1.'],
      ['p-2', '2.'],
      ['p-2-a', 'a)'],
      ['p-2-b', 'b)'],
      ['p-3', '3.'],
      ['p-3-a', 'a)'],
      ['p-4', '4.'],
      expect.arrayContaining(['1.']),
      expect.arrayContaining(['2.']),
    ]);
    expect(r.blocks.find((b) => b.id === 'p-3-a')?.text).toContain('a review of each individual case');
  });

  const NUMBERING = `<w:numbering>
    <w:abstractNum w:abstractNumId="7"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
      <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl></w:abstractNum>
    <w:abstractNum w:abstractNumId="8"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>
    <w:num w:numId="1"><w:abstractNumId w:val="7"/></w:num>
    <w:num w:numId="2"><w:abstractNumId w:val="7"/></w:num>
    <w:num w:numId="3"><w:abstractNumId w:val="7"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="20"/></w:lvlOverride></w:num>
    <w:num w:numId="4"><w:abstractNumId w:val="8"/></w:num>
  </w:numbering>`;

  it('instances of one definition share its count; a startOverride restarts it the first time the instance is used', () => {
    const c = new NumberingCounter(parseNumbering(NUMBERING));
    expect([c.next('1', 0), c.next('1', 0), c.next('2', 0), c.next('1', 1), c.next('3', 0), c.next('3', 0), c.next('1', 0)]).toEqual([
      '1.',
      '2.',
      '3.',
      'a)',
      '20.',
      '21.',
      '22.',
    ]);
    expect(c.next('4', 0)).toBeNull();
    expect(c.next('99', 0)).toBeNull();
  });

  it('types the numbers of a paragraph numbered directly or by its style, leaves bullets and numId 0 alone', () => {
    const styles = `<w:styles><w:style w:type="paragraph" w:styleId="SingleTxt"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="SingleTxtG"><w:basedOn w:val="SingleTxt"/></w:style></w:styles>`;
    const p = (pPr: string, text: string) => `<w:p><w:pPr>${pPr}</w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
    const xml = `<w:body>${[
      p('<w:pStyle w:val="SingleTxtG"/>', 'First.'),
      p('<w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr>', 'item'),
      p('<w:pStyle w:val="SingleTxt"/><w:numPr><w:numId w:val="0"/></w:numPr>', 'Unnumbered.'),
      p('<w:numPr><w:ilvl w:val="0"/><w:numId w:val="4"/></w:numPr>', 'bullet'),
      p('<w:pStyle w:val="SingleTxt"/>', 'Second &amp; last.'),
    ].join('')}</w:body>`;
    const out = typeNumbers(xml, parseNumbering(NUMBERING, styles));
    const texts = [...out.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((m) => [...m[1]!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
    expect(texts).toEqual(['1. First.', 'a) item', 'Unnumbered.', 'bullet', '2. Second &amp; last.']);
    expect(out).toContain('<w:numId w:val="4"/>');
  });
});
