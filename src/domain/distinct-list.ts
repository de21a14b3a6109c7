import { SAVED_STATE_LIMITS } from '@/domain/saved-state-limits';
import type { Shortlist } from '@/domain/shortlist';

const { id: MAX_ID, name: MAX_NAME } = SAVED_STATE_LIMITS.shortlist;
// A time stamp in base 36 is 8 characters today; the cap keeps any caller's stamp within the id limit.
const MAX_STAMP = 12;

/** Two shortlist names are the same when they differ only in case or surrounding spaces. */
export function listNameKey(name: string): string {
  return name.trim().toLocaleLowerCase();
}

/**
 * `wanted` when no list has it, else a fresh id from `stamp`. Never longer than the saved-state
 * limit: an id that grew on every collision was refused by the schema, and the list lost at load.
 */
export function distinctListId(wanted: string, taken: ReadonlySet<string>, stamp: string): string {
  const base = wanted.slice(0, MAX_ID);
  if (base !== '' && !taken.has(base)) return base;
  const tag = stamp.slice(0, MAX_STAMP) || '0';
  for (let n = 1; ; n += 1) {
    const suffix = n === 1 ? `-${tag}` : `-${tag}-${n.toString(36)}`;
    const candidate = `${base.slice(0, MAX_ID - suffix.length)}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** 'Colleague list', then 'Colleague list (2)', '(3)'…: never the name of another list, never over the limit. */
export function distinctListName(wanted: string, takenNames: readonly string[]): string {
  const taken = new Set(takenNames.map(listNameKey));
  if (!taken.has(listNameKey(wanted))) return wanted;
  // A list already numbered ('Colleague list (2)') counts on from its base name, not '(2) (2)'.
  const base = /^(.*\S) \(\d+\)$/.exec(wanted.trim())?.[1] ?? wanted.trim();
  for (let n = 2; ; n += 1) {
    const suffix = ` (${n})`;
    const candidate = `${base.slice(0, MAX_NAME - suffix.length).trimEnd()}${suffix}`;
    if (!taken.has(listNameKey(candidate))) return candidate;
  }
}

/** The list with an id and a name no other list has, so adding it (import, undo) never hides or drops one. */
export function placeShortlist(list: Shortlist, others: readonly Shortlist[], stamp: string): Shortlist {
  const id = distinctListId(list.id, new Set(others.map((l) => l.id)), stamp);
  const name = distinctListName(
    list.name,
    others.map((l) => l.name),
  );
  return id === list.id && name === list.name ? list : { ...list, id, name };
}
