/**
 * A view whose code has arrived renders at once (renderer/app/lazy-views.ts):
 * no Suspense fallback, so React never holds it back behind its 300 ms
 * reveal throttle; before that, it suspends and then shows.
 */
import { cleanup, fireEvent, render } from '@testing-library/react';
import { Suspense, useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { lazyView, Shortcuts } from '../../../renderer/app/lazy-views';
import { initI18n } from '../../../renderer/i18n';

await initI18n('en');
afterEach(cleanup);

describe('lazy views', () => {
  it('show their fallback on first use, then the view once its code arrives', async () => {
    const { container, findByRole } = render(
      <Suspense fallback={<p data-testid="fallback">loading</p>}>
        <Shortcuts onClose={() => undefined} />
      </Suspense>,
    );
    expect(container.textContent).toContain('loading');
    expect(await findByRole('dialog')).toBeTruthy();
  });

  it('render a preloaded view in the very first render, with no fallback', async () => {
    await Shortcuts.preload();
    const { container } = render(
      <Suspense fallback={<p>loading</p>}>
        <Shortcuts onClose={() => undefined} />
      </Suspense>,
    );
    // Right after the render, with nothing awaited: the sheet is there, never the fallback.
    expect(container.textContent).not.toContain('loading');
    expect(document.querySelector('[role="dialog"]')).not.toBeNull();
  });
});

describe('a lazy view opened before its code arrived', () => {
  it('keeps its state when it renders again once the code is in (it is not remounted)', async () => {
    function Counter({ label }: { label: string }) {
      const [n, setN] = useState(0);
      return (
        <button type="button" onClick={() => setN(n + 1)}>
          {label} {n}
        </button>
      );
    }
    const View = lazyView(async () => ({ Counter }), (m) => m.Counter);
    const page = (label: string) => (
      <Suspense fallback={<p>loading</p>}>
        <View label={label} />
      </Suspense>
    );
    const { findByRole, rerender, getByRole } = render(page('first'));
    fireEvent.click(await findByRole('button'));
    expect(getByRole('button').textContent).toBe('first 1');
    rerender(page('second'));
    expect(getByRole('button').textContent).toBe('second 1');
  });
});
