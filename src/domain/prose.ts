/** 'Aerospace' → 'aerospace' for use mid-sentence; acronyms ('ICT', 'R&D and innovation') stay as they are. */
export function proseCase(name: string): string {
  const firstWord = name.split(' ', 1)[0] ?? '';
  if (/\p{Lu}/u.test(firstWord.slice(1))) return name;
  return name.charAt(0).toLowerCase() + name.slice(1);
}

/** ['a', 'b', 'c'] → 'a, b and c'; more than `max` items end with 'and N more'. */
export function joinList(items: readonly string[], max = 3): string {
  if (items.length === 0) return '';
  if (items.length > max) return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
  if (items.length === 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
