import type { OwnContact, OwnFacts } from '@/domain/own-facts/types';

const NONE: readonly OwnContact[] = [];

/** The contact persons the user entered, by cluster id (an added organisation or a correction). */
export function ownContactsLookup(facts: OwnFacts): (clusterId: string) => readonly OwnContact[] {
  const byId = new Map<string, readonly OwnContact[]>();
  for (const o of facts.organisations) if (o.values.contacts) byId.set(o.id, o.values.contacts.value);
  for (const c of facts.corrections) if (c.values.contacts) byId.set(c.clusterId, c.values.contacts.value);
  return (clusterId) => byId.get(clusterId) ?? NONE;
}
