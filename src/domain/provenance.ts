// Where a fact comes from, in words: stated in an edition of the sources, our own editorial layer
// (taxonomy, tags, map positions), or inferred by us for a stated reason. The cluster detail, the
// score explanations and the exports all word provenance through these functions.
import type { SourceDocId } from '@/domain/types';
import { tr } from '@/i18n/i18n';

/** '2019 briefing', '2017 discussion paper', '2020 factsheet'. */
export function editionName(doc: SourceDocId): string {
  return tr(`provenance:edition.${doc}`);
}
