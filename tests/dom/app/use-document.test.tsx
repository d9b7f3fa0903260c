/**
 * A document that has already arrived is shown in a view's first render: no
 * "loading" frame, no second render of the page (renderer/docs.ts). The
 * backend here is a plain object in place of `window.plenary`; what is tested
 * is the hook's rendering, not the transport.
 */
import { act, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { StructuredDocument } from '../../../common/model';
import { forgetDocument, loadDocument, useDocument } from '../../../renderer/docs';

const doc = { id: 'known', title: 'Known', blocks: [], footnotes: [] } as unknown as StructuredDocument;
let asked = 0;
window.plenary = {
  getDocument: async (id: string) => {
    asked++;
    return id === doc.id ? { ok: true, value: doc } : { ok: false, error: `no document ${id}` };
  },
} as unknown as typeof window.plenary;

function Probe({ id, seen }: { id: string; seen: Array<string | null> }) {
  const { doc: d, error } = useDocument(id);
  seen.push(d ? d.title : error ? `error: ${error}` : null);
  return null;
}

afterEach(() => forgetDocument(doc.id));

describe('useDocument', () => {
  it('shows an arrived document in the first render, and renders once', async () => {
    await loadDocument(doc.id);
    const seen: Array<string | null> = [];
    await act(async () => {
      render(<Probe id={doc.id} seen={seen} />);
    });
    expect(seen[0]).toBe('Known');
    expect(seen.every((s) => s === 'Known')).toBe(true);
    expect(seen.length).toBe(1);
  });

  it('shows nothing until a document not yet asked for arrives, then shows it', async () => {
    const seen: Array<string | null> = [];
    const before = asked;
    await act(async () => {
      render(<Probe id={doc.id} seen={seen} />);
    });
    expect(seen[0]).toBeNull();
    expect(seen.at(-1)).toBe('Known');
    expect(asked).toBe(before + 1);
  });

  it('says what is wrong with a document that cannot be had', async () => {
    const seen: Array<string | null> = [];
    await act(async () => {
      render(<Probe id="missing" seen={seen} />);
    });
    expect(seen.at(-1)).toBe('error: no document missing');
  });
});
