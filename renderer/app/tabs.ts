/**
 * Open documents as tabs: which are open, in what order, which is shown,
 * which was shown before it (the compare view opens on the last two), and
 * where each was scrolled to. A plain store outside React so that the tab
 * strip, the App's keys and the command palette share it.
 */
import { useSyncExternalStore } from 'react';

export interface Tab {
  docId: string;
  /** Window scroll offset when the tab was last shown. */
  scrollY: number;
}

class TabStore {
  tabs: Tab[] = [];
  /** Tabs by most recent use, the shown (or last shown) one first. */
  recent: string[] = [];
  version = 0;
  private listeners = new Set<() => void>();

  subscribe = (fn: () => void) => {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  };

  private emit() {
    this.version += 1;
    this.listeners.forEach((l) => l());
  }

  get active(): string | null {
    return this.recent[0] ?? null;
  }

  /** A document was shown: its tab is added after the current one if new, and becomes the current one. */
  show(docId: string): void {
    if (this.active === docId && this.tabs.some((t) => t.docId === docId)) return;
    if (!this.tabs.some((t) => t.docId === docId)) {
      const at = this.tabs.findIndex((t) => t.docId === this.active);
      this.tabs.splice(at < 0 ? this.tabs.length : at + 1, 0, { docId, scrollY: 0 });
    }
    this.recent = [docId, ...this.recent.filter((id) => id !== docId)];
    this.emit();
  }

  setScroll(docId: string, y: number): void {
    const tab = this.tabs.find((t) => t.docId === docId);
    if (tab) tab.scrollY = y; // no emit: nothing on screen shows it
  }

  scrollOf(docId: string): number {
    return this.tabs.find((t) => t.docId === docId)?.scrollY ?? 0;
  }

  /** The tab `delta` places from `from` (wrapping), or null when there are none. */
  neighbour(from: string | null, delta: number): string | null {
    const n = this.tabs.length;
    if (n === 0) return null;
    const at = this.tabs.findIndex((t) => t.docId === from);
    if (at < 0) return this.tabs[delta >= 0 ? 0 : n - 1]!.docId;
    return this.tabs[(((at + delta) % n) + n) % n]!.docId;
  }

  /** Closes a tab; returns the tab to show instead (the one after it, else before it), or null. */
  close(docId: string): string | null {
    const at = this.tabs.findIndex((t) => t.docId === docId);
    if (at < 0) return this.active;
    this.tabs.splice(at, 1);
    this.recent = this.recent.filter((id) => id !== docId);
    this.emit();
    return this.tabs[at]?.docId ?? this.tabs[at - 1]?.docId ?? null;
  }

  /** The two most recently shown tabs, for the compare view: [current, previous]. */
  lastTwo(): [string, string] | null {
    return this.recent.length >= 2 ? [this.recent[0]!, this.recent[1]!] : null;
  }
}

export const tabStore = new TabStore();

export function useTabs(): TabStore {
  useSyncExternalStore(tabStore.subscribe, () => tabStore.version);
  return tabStore;
}
