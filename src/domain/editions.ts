// The source editions in words, for reasons, records and policy statuses: '2019 briefing'.
import type { SourceDocId, SourceRef } from '@/domain/types';
import { tr } from '@/i18n/i18n';

/** '2019 briefing', '2017 discussion paper', '2020 factsheet'. */
export function editionName(doc: SourceDocId): string {
  return tr(`provenance:edition.${doc}`);
}

/** 'the 2019 briefing', for a sentence ('described as in force in the 2019 briefing'). */
export function editionInSentence(doc: SourceDocId): string {
  return tr(`provenance:editionThe.${doc}`);
}

/** 'stated in the 2019 briefing, Table 6 – Formally organised clusters by state'. */
export function statedIn(ref: SourceRef): string {
  return tr('provenance:stated', { edition: editionName(ref.doc), section: ref.section });
}
