/**
 * The view gate: showing or hiding a kept view turns its window listeners on
 * and off and re-renders only the components that subscribe, never the view
 * itself (a kept reader with 10,000 highlights must not re-render when its
 * tab is shown again).
 */
import { act, cleanup, render } from '@testing-library/react';
import { memo } from 'react';
import { afterEach, describe as suite, expect, it } from 'vitest';
import { useKeydown } from '../../../renderer/app/useWindowEvent';
import { createGate, useViewActive, ViewActive } from '../../../renderer/app/view-active';

suite('view gate', () => {
  afterEach(cleanup);
  it('turns listeners on and off without re-rendering the view; subscribers follow', () => {
    const renders = { view: 0, badge: 0 };
    const keys: string[] = [];
    function Badge() {
      renders.badge++;
      return <span data-testid="badge">{useViewActive() ? 'shown' : 'hidden'}</span>;
    }
    const View = memo(function View() {
      renders.view++;
      useKeydown((e) => keys.push(e.key));
      return <Badge />;
    });
    const gate = createGate(false);
    const { getByTestId } = render(
      <ViewActive.Provider value={gate}>
        <View />
      </ViewActive.Provider>,
    );
    const press = (key: string) => window.dispatchEvent(new KeyboardEvent('keydown', { key }));
    press('a');
    expect(keys).toEqual([]);
    expect(getByTestId('badge').textContent).toBe('hidden');

    act(() => gate.set(true));
    press('b');
    expect(keys).toEqual(['b']);
    expect(getByTestId('badge').textContent).toBe('shown');

    act(() => gate.set(false));
    press('c');
    expect(keys).toEqual(['b']);
    expect(getByTestId('badge').textContent).toBe('hidden');
    // The view rendered once; only the badge followed the gate.
    expect(renders.view).toBe(1);
    expect(renders.badge).toBe(3);
  });

  it('outside a deck every view is shown', () => {
    const keys: string[] = [];
    function View() {
      useKeydown((e) => keys.push(e.key));
      return <span data-testid="badge">{useViewActive() ? 'shown' : 'hidden'}</span>;
    }
    const { getByTestId } = render(<View />);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'x' }));
    expect(keys).toEqual(['x']);
    expect(getByTestId('badge').textContent).toBe('shown');
  });
});
