/**
 * Page furniture seen through geometry. A PDF prints its running header,
 * running footer, printer's slug and page counter at the same place on most
 * pages; the text pipeline already removes lines that are furniture by their
 * form (furniture.ts: page numbers, job numbers, the running symbol). What
 * only a layout can tell is repetition: a line near the top or foot of a page
 * whose text, digits aside, recurs there on most pages ("A/68/370",
 * "14773_01_1-174_r9jm.qxd 2/10/04 3:51 PM Page 15", "4TH PASS PAGES").
 */
import type { LayoutLine } from './layout';
import { lineText } from './layout';

/** How many lines at each end of a page are candidates. */
const EDGE_LINES = 3;
/**
 * Pages a line must recur on, at a page's edge, to be furniture. Not a share
 * of the pages: a book's running head changes with each chapter and
 * alternates between left and right pages ("308 NOTES" only runs through
 * the notes), and three repeats of the same words at the same edge are
 * already no coincidence.
 */
const MIN_PAGES = 3;

/**
 * Digits vary from page to page (counters, dates); everything else, case and
 * punctuation included, must be equal, so that a note "* A/68/150." is never
 * taken for the running symbol "A/68/370".
 */
export function furnitureKey(text: string): string {
  const key = text
    .normalize('NFC')
    .trim()
    .replace(/^[ivxlc]+(?=\s)|(?<=\s)[ivxlc]+$/, '#') // a lower-case Roman page number ("xvi PREFACE")
    .toLowerCase()
    .replace(/\d+/g, '#')
    .replace(/\s+/g, ' ');
  // A running head carries its page number outside on left and right pages ("xvi PREFACE", "PREFACE xv"): one key.
  const m = /^# (.+)$|^(.+) #$/.exec(key);
  return m ? `# ${m[1] ?? m[2]}` : key;
}

function edgeIndexes(lines: readonly LayoutLine[]): Map<number, number[]> {
  const byPage = new Map<number, number[]>();
  lines.forEach((l, i) => {
    if (l.page === undefined) return;
    const list = byPage.get(l.page) ?? [];
    list.push(i);
    byPage.set(l.page, list);
  });
  for (const [page, list] of byPage) {
    list.sort((a, b) => (lines[a]!.y ?? 0) - (lines[b]!.y ?? 0));
    const edges = list.length <= EDGE_LINES * 2 ? list : [...list.slice(0, EDGE_LINES), ...list.slice(-EDGE_LINES)];
    byPage.set(page, edges);
  }
  return byPage;
}

/**
 * Indexes of the lines that are repeated page furniture. Needs at least
 * three pages: on one or two pages a repeated line proves nothing.
 */
export function repeatedFurniture(lines: readonly LayoutLine[]): Set<number> {
  const edges = edgeIndexes(lines);
  const pages = edges.size;
  const out = new Set<number>();
  if (pages < 3) return out;
  const seenOn = new Map<string, Set<number>>();
  for (const [page, list] of edges) {
    for (const i of list) {
      // A note opens with a raised mark; its text may well repeat ("* A/68/150." in each part of a report).
      if (lines[i]!.runs.find((r) => r.text.trim() !== '')?.raised) continue;
      const key = furnitureKey(lineText(lines[i]!));
      if (key === '' || key === '#') continue; // page counters are furniture.ts's job
      const set = seenOn.get(key) ?? new Set<number>();
      set.add(page);
      seenOn.set(key, set);
    }
  }
  const needed = MIN_PAGES;
  for (const list of edges.values()) {
    for (const i of list) {
      const set = seenOn.get(furnitureKey(lineText(lines[i]!)));
      if (set && set.size >= needed) out.add(i);
    }
  }
  return out;
}
