/** Groups items by a key and hands each group of two or more to `report`, once per member with the others. */
export function forEachDuplicate<T>(
  items: Iterable<T>,
  key: (item: T) => string | null | undefined,
  report: (item: T, others: T[], key: string) => void,
): void {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k) groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  for (const [k, group] of groups) {
    if (group.length < 2) continue;
    for (const item of group)
      report(
        item,
        group.filter((other) => other !== item),
        k,
      );
  }
}
