/**
 * A file the system asked Plenary to open (a double-clicked `.plenary`
 * export): taken from main once the page has loaded, and whenever main says
 * another has arrived, and shown in the import preview. In the browser twin
 * nothing is ever waiting.
 */
import { useCallback, useEffect, useState } from 'react';
import type { OpenedFile } from '../../common/contract';
import { call } from '../api';
import { ImportDialog } from './ImportDialog';

export function OpenedFileImport() {
  const [opened, setOpened] = useState<OpenedFile | null>(null);
  const take = useCallback(() => {
    void call('takeOpenedFile').then((f) => f && setOpened(f), () => {});
  }, []);
  useEffect(() => {
    take();
    window.addEventListener('plenary:opened-file', take);
    return () => window.removeEventListener('plenary:opened-file', take);
  }, [take]);
  if (!opened) return null;
  // A new key per file: a second file opens a fresh preview.
  return <ImportDialog key={`${opened.name}:${opened.text.length}`} opened={opened} onClose={() => setOpened(null)} />;
}
