/** The Notebook's "Document missing" groups: one per document outside the library, with the quotes, labelled for screen readers. */
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../common/model';
import { MissingDocuments, missingGroups } from '../../renderer/annotations/MissingDocuments';
import { AppStateProvider } from '../../renderer/app/state';
import { initI18n } from '../../renderer/i18n';
import { annotation } from './annotation-fixture';

await initI18n('fr');

describe('missingGroups', () => {
  it('groups annotations of unknown documents by document, leaving the library\'s out', () => {
    const a = annotation('ann-aaaa-1', { docId: 'rapport-b' });
    const b = annotation('ann-bbbb-2', { docId: 'a-68-370' });
    const c = annotation('ann-cccc-3', { docId: 'rapport-a' });
    const d = annotation('ann-dddd-4', { docId: 'rapport-b' });
    expect(missingGroups([a, b, c, d], new Set(['a-68-370'])).map(([id, list]) => [id, list.map((x) => x.id)])).toEqual([
      ['rapport-a', ['ann-cccc-3']],
      ['rapport-b', ['ann-aaaa-1', 'ann-dddd-4']],
    ]);
    expect(missingGroups([b], new Set(['a-68-370']))).toEqual([]);
  });
});

describe('MissingDocuments', () => {
  it('renders a labelled region per missing document with its quotes', () => {
    const a = annotation('ann-aaaa-1', { docId: 'rapport-retire', quote: { type: 'TextQuoteSelector', exact: 'le retour volontaire', prefix: '', suffix: '' } });
    render(
      <AppStateProvider catalog={[]} settings={DEFAULT_SETTINGS}>
        <MissingDocuments groups={[['rapport-retire', [a]]]} />
      </AppStateProvider>,
    );
    const region = screen.getByRole('region', { name: 'Document manquant : rapport-retire' });
    expect(within(region).getByText(/n’est plus dans la bibliothèque/).textContent).toMatch(/Son annotation est conservée/);
    expect(within(region).getByText('le retour volontaire')).toBeTruthy();
  });
});
