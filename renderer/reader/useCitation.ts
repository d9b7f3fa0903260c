/**
 * Citations in the interface language. The renderer cites passages with the
 * export's own labels (common/export: UN style "par." / "para." / "párr.",
 * "p." / "pág.", the language's quotation marks), so what a delegate copies
 * reads exactly like what an export in the same language prints.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { citationFor } from '../../common/export/citation';
import type { ExportLabels } from '../../common/export/labels';
import { exportLabels, isExportLang } from '../../common/export/locale';
import type { ExportLang } from '../../common/export/strings';
import type { StructuredDocument } from '../../common/model';

/** The export language matching an interface language tag ("fr-CA" → "fr"); English when it speaks none of them. */
export function citationLang(language: string | undefined): ExportLang {
  const base = (language ?? '').toLowerCase().split('-')[0];
  return isExportLang(base) ? base : 'en';
}

const cache = new Map<ExportLang, ExportLabels>();
/** The labels of one language, built once (an i18next lookup per label). */
export function labelsFor(lang: ExportLang): ExportLabels {
  let l = cache.get(lang);
  if (!l) cache.set(lang, (l = exportLabels(lang)));
  return l;
}

export interface Citer {
  labels: ExportLabels;
  cite(doc: StructuredDocument, blockId: string, endBlockId?: string): string;
}

/** `cite` and the labels for the current interface language; a new one when the language changes. */
export function useCitation(): Citer {
  const { i18n } = useTranslation();
  const lang = citationLang(i18n.language);
  return useMemo(() => {
    const labels = labelsFor(lang);
    return { labels, cite: (doc, blockId, endBlockId) => citationFor(doc, blockId, { labels, endBlockId }) };
  }, [lang]);
}
