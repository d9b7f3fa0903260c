/**
 * The citation a hit shows, as the documents cite themselves: its paragraph
 * ("para. 23"), its footnote ("note *"), else its page ("p. 4") when the
 * source had pages, else its rank in its section ("passage 3"), which a
 * reader can find by counting under the section title shown beside it.
 */
import type { TFunction } from 'i18next';
import type { SearchHit } from '../../common/model';

export function hitCitation(hit: SearchHit, t: TFunction): string | null {
  if (hit.note !== undefined) return t('searchRefs.note', { mark: hit.note });
  if (hit.number !== undefined) return t('search.para', { n: hit.number });
  if (hit.page !== undefined) return t('searchRefs.page', { n: hit.page });
  if (hit.passage !== undefined) return t('searchRefs.passage', { n: hit.passage });
  return null;
}
