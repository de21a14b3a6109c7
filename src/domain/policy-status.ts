// A policy's status at the as-of date, judged from its own years and the edition that described it:
// nothing is asserted beyond what a source states ("period ended 2020; described as in force in the
// 2019 briefing"). The stored `status` is as the newest source that mentions the item describes it.
import type { Policy, PolicyStatus, SourceDocId } from '@/domain/types';
import { formatYear } from '@/domain/format';
import { editionInSentence } from '@/domain/editions';
import { inferredReason } from '@/domain/provenance';
import { editionYear, newestEditions } from '@/domain/sources';
import { tr } from '@/i18n/i18n';

/** 'reported' : described as in force by an edition older than the as-of year, with no end year reached. */
export type JudgedPolicyStatus = PolicyStatus | 'reported' | 'not-started';

export interface PolicyStatusAt {
  status: JudgedPolicyStatus;
  /** Which edition said what, and what the years say at the as-of date. */
  note: string;
  /** The edition the stored status comes from. */
  edition: SourceDocId | null;
  /** Why the stored status is our reading, in the dataset's English; null when a source states it. */
  inferred: string | null;
}

export function policyStatusAt(policy: Policy, asOf: string): PolicyStatusAt {
  const year = Number(asOf.slice(0, 4));
  const edition = newestEditions(policy.sources.map((s) => s.doc))[0] ?? null;
  const by = edition ? editionInSentence(edition) : '';
  const described = describedText(policy.status, by);
  const inferred = inferredReason(policy, 'status');
  const { startYear: start, endYear: end } = policy;
  if (policy.status === 'in-force' || policy.status === 'unknown') {
    if (start !== null && year < start)
      return {
        status: 'not-started',
        note: tr('provenance:policy.startsLater', { start: formatYear(start), described }),
        edition,
        inferred: null,
      };
    if (end !== null && year > end)
      return {
        status: 'ended',
        note: tr('provenance:policy.periodEnded', { end: formatYear(end), described }),
        edition,
        inferred,
      };
  }
  if (policy.status === 'in-force' && edition && year > editionYear(edition)) {
    const note = end !== null ? tr('provenance:policy.periodRuns', { end: formatYear(end), described }) : described;
    return { status: 'reported', note, edition, inferred };
  }
  return { status: policy.status, note: described, edition, inferred };
}

function describedText(status: PolicyStatus, by: string): string {
  if (!by) return '';
  switch (status) {
    case 'in-force':
      return tr('provenance:policy.describedInForce', { edition: by });
    case 'ended':
      return tr('provenance:policy.describedEnded', { edition: by });
    case 'discontinued':
      return tr('provenance:policy.describedDiscontinued', { edition: by });
    case 'unknown':
      return tr('provenance:policy.describedUnknown', { edition: by });
  }
}
