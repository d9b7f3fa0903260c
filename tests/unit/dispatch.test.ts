import { describe, expect, it } from 'vitest';
import type { Handlers } from '../../common/contract';
import { UserError } from '../../common/result';
import { dispatch } from '../../main/dispatch';

// Real dispatch over a partial set of handlers: only the methods called here.
const handlers = {
  getDocument: (id: string) => {
    if (id === 'missing') throw new UserError('There is no document "missing" in the library.');
    if (id === 'boom') throw new Error('disk on fire');
    return { id } as never;
  },
} as unknown as Handlers;

describe('dispatch', () => {
  it('returns the value wrapped in an ok result', async () => {
    expect(await dispatch(handlers, 'getDocument', ['a-68-370'])).toEqual({ ok: true, value: { id: 'a-68-370' } });
  });

  it('refuses unknown methods by name', async () => {
    expect(await dispatch(handlers, 'deleteEverything', [])).toEqual({ ok: false, error: 'Unknown method "deleteEverything".' });
  });

  it('validates before calling: a bad argument never reaches the handler', async () => {
    const r = await dispatch(handlers, 'getDocument', [{ toString: 'x' }]);
    expect(r.ok).toBe(false);
  });

  it('passes user errors through as they are', async () => {
    expect(await dispatch(handlers, 'getDocument', ['missing'])).toEqual({
      ok: false,
      error: 'There is no document "missing" in the library.',
    });
  });

  it('turns unexpected errors into a result, logging the details', async () => {
    const logged: string[] = [];
    const r = await dispatch(handlers, 'getDocument', ['boom'], (m) => logged.push(m));
    expect(r).toEqual({ ok: false, error: 'getDocument failed: disk on fire' });
    expect(logged[0]).toMatch(/disk on fire/);
  });
});
