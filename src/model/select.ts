/** The result of {@link selectById}. */
export interface Selection<T> {
  /** The chosen items in the order asked for; all items when the list is empty or names none. */
  selected: T[];
  /** Names in the list that match no item. */
  unknown: string[];
}

/**
 * Picks items by a comma-separated list of ids, in that order (an attribute such as
 * `categories="neurological, muscle"`). Repeated ids count once.
 */
export function selectById<T extends { id: string }>(items: readonly T[], list: string | null | undefined): Selection<T> {
  const names = [
    ...new Set(
      (list ?? '')
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean),
    ),
  ];
  const selected: T[] = [];
  const unknown: string[] = [];
  for (const name of names) {
    const item = items.find((candidate) => candidate.id === name);
    if (item) selected.push(item);
    else unknown.push(name);
  }
  return { selected: selected.length ? selected : [...items], unknown };
}
