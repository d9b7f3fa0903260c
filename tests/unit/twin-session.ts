/** Opens a twin's one-time URL as a browser would, and returns the session cookie ("name=value") it set. */
import type { Twin } from '../../main/twin/server';

export async function sessionCookie(twin: Pick<Twin, 'accessUrl'>): Promise<string> {
  const res = await fetch(twin.accessUrl, { redirect: 'manual' });
  if (res.status !== 303) throw new Error(`the one-time URL answered ${res.status}`);
  const set = res.headers.getSetCookie()[0] ?? '';
  return set.split(';')[0]!;
}
