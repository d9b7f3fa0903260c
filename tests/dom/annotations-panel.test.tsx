/**
 * The annotations panel with thousands of notes renders a window of cards:
 * a page at first, the next page on "more", and opening an annotation far
 * down moves the window to it instead of rendering every card before it.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Annotation, type CatalogEntry } from '../../common/model';
import { PANEL_PAGE, AnnotationsPanel } from '../../renderer/annotations/AnnotationsPanel';
import { AppStateProvider } from '../../renderer/app/state';
import { initI18n } from '../../renderer/i18n';
import { loadCorpus } from '../unit/anchoring/fixtures';
import { annotation } from './annotation-fixture';

await initI18n('en');
const corpus = await loadCorpus();
const doc = corpus.docs.find((d) => d.id === 'a-68-370')!;
const catalog: CatalogEntry[] = corpus.docs.map(({ blocks: _b, footnotes: _f, ...e }) => e);

const annotations: Annotation[] = Array.from({ length: 3000 }, (_, i) =>
  annotation(`ann-${String(i).padStart(5, '0')}`, {
    docId: doc.id,
    blockId: doc.blocks[i % doc.blocks.length]!.id,
    quote: { type: 'TextQuoteSelector', exact: `passage ${i}`, prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: i, end: i + 5 },
    note: `note ${i}`,
  }),
);

function panel(activeId: string | null) {
  return (
    <AppStateProvider catalog={catalog} settings={DEFAULT_SETTINGS}>
      <AnnotationsPanel
        doc={doc}
        placed={annotations}
        unplaced={[]}
        bookmarks={[]}
        activeId={activeId}
        editingId={null}
        onEditing={() => undefined}
        onOpen={() => undefined}
        onOpenBlock={() => undefined}
      />
    </AppStateProvider>
  );
}

const cardIds = () => [...document.querySelectorAll<HTMLElement>('.ann-card')].map((c) => c.dataset.annotationId);

afterEach(cleanup);
// jsdom lays nothing out and has no scrollIntoView; the panel calls it on the active card.
Element.prototype.scrollIntoView ??= function scrollIntoView() {};

describe('AnnotationsPanel with 3,000 annotations', () => {
  it('renders one page, then the next on "more"', () => {
    render(panel(null));
    expect(cardIds()).toEqual(annotations.slice(0, PANEL_PAGE).map((a) => a.id));
    fireEvent.click(screen.getByRole('button', { name: `Show more (${(3000 - PANEL_PAGE).toLocaleString('en')} left)` }));
    expect(cardIds()).toHaveLength(2 * PANEL_PAGE);
  });

  it('opening the 2,500th moves the window to it; "Show earlier" extends it upward', () => {
    const view = render(panel(null));
    view.rerender(panel('ann-02500'));
    const ids = cardIds();
    expect(ids).toContain('ann-02500');
    expect(ids.length).toBeLessThanOrEqual(PANEL_PAGE + 3);
    expect(ids[0]).toBe('ann-02497');
    expect(document.querySelector('.ann-card.active')?.getAttribute('data-annotation-id')).toBe('ann-02500');
    fireEvent.click(screen.getByRole('button', { name: 'Show earlier (2,497 before)' }));
    expect(cardIds()[0]).toBe(`ann-0${2497 - PANEL_PAGE}`);
    expect(cardIds()).toContain('ann-02500');
  });
});
