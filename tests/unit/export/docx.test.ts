import { XMLParser, XMLValidator } from 'fast-xml-parser';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { toDocx } from '../../../main/export/docx';
import { briefOf } from './shared';

async function unzip(buffer: Buffer) {
  const zip = await JSZip.loadAsync(buffer);
  const parts: Record<string, string> = {};
  for (const name of Object.keys(zip.files)) {
    const file = zip.file(name);
    if (file && /\.(xml|rels)$/.test(name)) parts[name] = await file.async('string');
  }
  return parts;
}

/** The paragraphs of word/document.xml as [style, text]. */
function paragraphs(documentXml: string): [string, string][] {
  const parser = new XMLParser({ ignoreAttributes: false, preserveOrder: true, trimValues: false });
  const tree = parser.parse(documentXml) as unknown[];
  const out: [string, string][] = [];
  const text = (nodes: unknown): string => {
    let s = '';
    for (const n of (nodes as Record<string, unknown>[]) ?? []) {
      if ('#text' in n) s += String(n['#text']);
      for (const [k, v] of Object.entries(n)) if (k !== ':@' && k !== '#text' && k !== 'w:pPr' && k !== 'w:instrText') s += text(v);
      if ('w:br' in n) s += '\n';
    }
    return s;
  };
  const walk = (nodes: unknown): void => {
    for (const n of (nodes as Record<string, unknown>[]) ?? []) {
      for (const [k, v] of Object.entries(n)) {
        if (k === 'w:p') {
          const ppr = (v as Record<string, unknown>[]).find((c) => 'w:pPr' in c)?.['w:pPr'] as Record<string, unknown>[] | undefined;
          const pStyle = ppr?.find((c) => 'w:pStyle' in c)?.[':@'] as Record<string, string> | undefined;
          out.push([pStyle?.['@_w:val'] ?? '', text(v)]);
        } else if (k !== ':@' && Array.isArray(v)) walk(v);
      }
    }
  };
  walk(tree);
  return out;
}

describe('toDocx', () => {
  it('is a well-formed Word package', async () => {
    const parts = await unzip(await toDocx(briefOf('document')));
    expect(Object.keys(parts)).toEqual(expect.arrayContaining(['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/styles.xml']));
    for (const [name, xml] of Object.entries(parts)) expect(XMLValidator.validate(xml), name).toBe(true);
    const types = parts['[Content_Types].xml']!;
    expect(types).toContain('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml');
    expect(types).toContain('PartName="/word/document.xml"');
  });

  it('uses real heading styles for title, documents and sections', async () => {
    const parts = await unzip(await toDocx(briefOf('document')));
    const headings = paragraphs(parts['word/document.xml']!).filter(([style]) => style.startsWith('Heading'));
    expect(headings.map(([style, text]) => `${style} ${text}`)).toEqual([
      'Heading1 Pacte mondial : notes de séance',
      'Heading2 Colour legend',
      expect.stringMatching(/^Heading2 A\/68\/370 – Résumé des auditions/),
      'Heading3 I. Introduction',
      'Heading3 II. Débats › A. Migrations et développement',
      expect.stringMatching(/^Heading2 IDM 2017 – Note conceptuelle – Renforcer/),
      'Heading3 Résultats',
    ]);
    expect(parts['word/styles.xml']).toMatch(/w:styleId="Heading1"/);
    expect(parts['word/styles.xml']).toMatch(/w:styleId="Quote"/);
  });

  it('sets quotes in the Quote style, line breaks and paragraphs kept', async () => {
    const parts = await unzip(await toDocx(briefOf('document')));
    const quotes = paragraphs(parts['word/document.xml']!)
      .filter(([style]) => style === 'Quote')
      .map(([, text]) => text);
    expect(quotes).toContain('« les migrants ne sont pas une marchandise »');
    expect(quotes).toContain('qu’il fallait garantir leurs droits.\nIls ont rappelé l’importance du travail décent.');
    expect(quotes).toContain('réduire les coûts de transfert des fonds des migrants 🌍');
    expect(quotes).toContain('recommandations_concrètes # pour le pacte & <les États>');
    expect(quotes).toHaveLength(10);
  });

  it('lists the details, shows notes as text and drops characters XML forbids', async () => {
    const parts = await unzip(await toDocx(briefOf('document')));
    const all = paragraphs(parts['word/document.xml']!);
    const texts = all.map(([, t]) => t);
    expect(texts).toContain('Citation: IDM 2017 – Note conceptuelle, «\u00a0Résultats\u00a0», passage 3');
    expect(texts).toContain('Tags: droits · citation, à vérifier');
    expect(all.filter(([style]) => style === 'ListParagraph').length).toBeGreaterThan(15);
    expect(texts).toContain("À citer en séance — voir <script>alert('x')</script> puis --> fin.");
    expect(texts).toContain('Ligne un Ligne deux avec "guillemets droits", l\'apostrophe droite et l’apostrophe courbe 👍🏽');
    expect(texts).toContain('bloc de code jamais fermé');
    expect(texts).toContain('Note avec </script> et --> et un caractère de contrôle  ici.');
    expect(parts['word/document.xml']).not.toMatch(/javascript:/);
    // The safe link stays a link, through a relationship.
    expect(parts['word/_rels/document.xml.rels']).toContain('https://www.un.org/fr');
  });

  it('puts the legend in a table', async () => {
    const parts = await unzip(await toDocx(briefOf('document')));
    const xml = parts['word/document.xml']!;
    expect(xml).toContain('<w:tbl>');
    expect(xml).toMatch(/w:fill="E5484D"/);
  });

  it('shifts headings down one level under colour groups', async () => {
    const parts = await unzip(await toDocx(briefOf('color')));
    const styles = paragraphs(parts['word/document.xml']!).filter(([s]) => s.startsWith('Heading')).map(([s, t]) => `${s} ${t}`);
    expect(styles.slice(0, 5)).toEqual([
      'Heading1 Pacte mondial : notes de séance',
      'Heading2 Colour legend',
      'Heading2 Point clé (Yellow)',
      expect.stringMatching(/^Heading3 A\/68\/370/),
      'Heading4 I. Introduction',
    ]);
  });
});
