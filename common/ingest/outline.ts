/**
 * Heading paths: for each block, the ids of the headings that enclose it,
 * outermost first. A heading closes every open heading of the same or a
 * deeper level, so "A." under "V." is closed by "B." and by "VI.".
 */
export interface OutlineInput {
  id: string;
  kind: string;
  level?: number;
}

export function headingPaths(blocks: readonly OutlineInput[]): string[][] {
  const open: { level: number; id: string }[] = [];
  return blocks.map((b) => {
    if (b.kind !== 'heading') return open.map((h) => h.id);
    const level = b.level ?? 1;
    while (open.length > 0 && open[open.length - 1]!.level >= level) open.pop();
    const path = open.map((h) => h.id);
    open.push({ level, id: b.id });
    return path;
  });
}
