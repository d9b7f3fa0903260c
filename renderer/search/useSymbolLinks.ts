/**
 * How the reader links the document symbols a passage cites: to the library
 * document bearing the symbol, or (not in the library) to a search for it,
 * titled with what the symbol is from its shape ("Draft resolution A/71/L.58,
 * not in your library: search for it"). The document's own symbol is not a
 * link to itself.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { symbolDirectory } from '../../common/search/crosslinks';
import { useAppState } from '../app/state';
import type { SymbolLinks } from '../reader/inline';

export function useSymbolLinks(docId: string): SymbolLinks {
  const { t } = useTranslation();
  const { catalog } = useAppState();
  return useMemo(() => {
    return {
      directory: symbolDirectory(catalog),
      self: docId,
      describe: (ref) => {
        const kind = t(`searchRefs.kind.${ref.kind}`);
        return ref.docId
          ? t('searchRefs.symbolInLibrary', { kind, symbol: ref.text, title: catalog.find((e) => e.id === ref.docId)?.shortName ?? '' })
          : t('searchRefs.symbolNotInLibrary', { kind, symbol: ref.text });
      },
    };
  }, [catalog, docId, t]);
}
