// Which of a cluster's stated committees a focus area (an interest tag) rests on, so a matched
// interest can name it: "supply chain (its Purchasing committee)". The tags themselves are our
// reading of the sources; the committee names are the sources' own words.
import type { Cluster, Interest } from '@/domain/types';
import { normalizeText } from '@/domain/text';

const WORD_EDGE = /[^a-z0-9&]/;

/** True when `keyword` occurs in `text` as whole words (both normalised). */
function containsWords(text: string, keyword: string): boolean {
  let from = 0;
  for (;;) {
    const at = text.indexOf(keyword, from);
    if (at < 0) return false;
    const before = at === 0 || WORD_EDGE.test(text[at - 1] as string);
    const end = at + keyword.length;
    const after = end === text.length || WORD_EDGE.test(text[end] as string);
    if (before && after) return true;
    from = at + 1;
  }
}

/** Interest id → normalised keywords, built once per dataset. */
export function keywordTable(interests: readonly Interest[]): Map<string, string[]> {
  return new Map(interests.map((i) => [i.id, [i.name, ...i.keywords].map(normalizeText).filter(Boolean)]));
}

/** The first committee of the cluster whose name holds one of the interest's keywords, else null. */
export function statedCommittee(cluster: Cluster, keywords: readonly string[] | undefined): string | null {
  if (!keywords) return null;
  for (const committee of cluster.committees) {
    const text = normalizeText(committee);
    if (keywords.some((k) => containsWords(text, k))) return committee;
  }
  return null;
}
