import type { z } from 'zod/mini';
import { ownCorrectionSchema, ownOrganisationSchema, ownRemovalSchema } from '@/data/schemas/own-facts';
import { formatPath } from '@/data/validate';
import type { OwnReplica } from '@/domain/own-facts/replica';
import { tr } from '@/i18n/i18n';

/** The user's own facts as saved (a stored copy, a workspace file): what can be used, and what cannot. */
export interface OwnRead {
  replica: OwnReplica;
  /** One line per organisation, correction or removal left out, naming the field and what is wrong. */
  problems: string[];
}

function readList<T>(raw: unknown, schema: z.ZodMiniType<T>, what: string, problems: string[]): T[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    problems.push(tr('ownFacts:read.notList', { what }));
    return [];
  }
  return raw.flatMap((item: unknown, index) => {
    const result = schema.safeParse(item);
    if (result.success) return [result.data];
    const issue = result.error.issues[0];
    problems.push(
      tr('ownFacts:read.item', { what, n: index + 1, path: formatPath(issue.path), message: issue.message }),
    );
    return [];
  });
}

/** Reads saved own facts item by item; null when it is not an object at all. */
export function readOwnState(state: unknown): OwnRead | null {
  if (typeof state !== 'object' || state === null || Array.isArray(state)) return null;
  const s = state as Record<string, unknown>;
  const problems: string[] = [];
  const organisations = readList(s.organisations, ownOrganisationSchema, tr('ownFacts:read.organisation'), problems);
  const corrections = readList(s.corrections, ownCorrectionSchema, tr('ownFacts:read.correction'), problems);
  const removed = readList(s.removed, ownRemovalSchema, tr('ownFacts:read.removal'), problems);
  // Each id once: a second copy of an organisation or correction would be merged into the first by the store.
  const unique = <T>(items: T[], key: (t: T) => string) => {
    const seen = new Set<string>();
    return items.filter((i) => !seen.has(key(i)) && seen.add(key(i)));
  };
  return {
    replica: {
      organisations: unique(organisations, (o) => o.id),
      corrections: unique(corrections, (c) => c.clusterId),
      removed,
    },
    problems,
  };
}
