// The meeting pipeline's one typed row: built once from the shortlist, the schedule and the full
// ranking; the on-screen table, print, CSV, ICS and JSON are thin adapters that only format it.
import type { EntryOutcome, Schedule, ScheduledMeeting, ShortlistEntry } from '@/domain/event';
import type { OwnContact } from '@/domain/own-facts/types';
import type { JudgedLabel } from '@/domain/labels';
import type { Ranking } from '@/domain/ranking/rank';
import { documentName } from '@/domain/sources';
import { clusterProvenanceNotes } from '@/domain/provenance';
import { notStated } from '@/domain/format';
import { tr } from '@/i18n/i18n';
import { sectorName } from '@/domain/vocabulary';

export interface MeetingRow {
  /** 1-based position in the shortlist. */
  order: number;
  clusterId: string;
  /** False when the id is not in the current dataset (e.g. an old saved list). */
  known: boolean;
  /** Null for an unknown id. */
  name: string | null;
  stateName: string | null;
  /** As the sources (or the user's own facts) name it; null when not stated. */
  city: string | null;
  sectors: string[];
  label: JudgedLabel | null;
  /** Null for an unknown id. */
  eccpMember: boolean | null;
  /** 0..100 from the full ranking: filters and searches never change it. Null for an unknown id. */
  score: number | null;
  reasons: string[];
  website: string | null;
  notes: string;
  /** The user's own contact persons for this partner (the sources name none); empty by default. */
  contacts: OwnContact[];
  /** Met / not met / follow-up, once the user has marked it. */
  outcome: EntryOutcome | null;
  /** 'Preparatory Briefing on Mexico (2019 edition) — Table 2', one per distinct source. */
  sources: string[];
  /** Null when the meeting did not fit the sessions. */
  meeting: ScheduledMeeting | null;
}

/** '<id> (not in the current dataset)' for a saved entry the dataset no longer has. */
export function meetingPartnerName(row: Pick<MeetingRow, 'name' | 'clusterId'>): string {
  return row.name ?? tr('exports:cell.unknownPartner', { id: row.clusterId });
}

/** 'not scheduled' / 'sin horario': a meeting that did not fit the sessions. */
export function notScheduledText(): string {
  return tr('exports:cell.notScheduled');
}

/** Time cell: 'HH:MM–HH:MM' (en dash) for a scheduled meeting, 'not scheduled' otherwise. */
export function meetingTimeCell(meeting: Pick<ScheduledMeeting, 'start' | 'end'> | null | undefined): string {
  return meeting ? `${meeting.start}–${meeting.end}` : notScheduledText();
}

/** 'yes' / 'no' ('sí' / 'no'), or 'not stated in the sources' for a cluster the dataset does not have. */
export function eccpCell(member: boolean | null): string {
  if (member === null) return notStated();
  return member ? tr('exports:cell.yes') : tr('exports:cell.no');
}

const unique = (items: string[]) => [...new Set(items)];

const UNKNOWN = {
  known: false,
  name: null,
  stateName: null,
  city: null,
  sectors: [],
  label: null,
  eccpMember: null,
  score: null,
  reasons: [],
  website: null,
  sources: [],
} as const satisfies Partial<MeetingRow>;

const NO_CONTACTS = (): OwnContact[] => [];

/**
 * Every shortlist entry in shortlist order, scheduled or not: meetings that do not fit keep
 * their row with no meeting, so nothing is cut silently. `contactsOf` gives the user's own contact
 * persons of a partner (the own-facts layer); none without it.
 */
export function buildMeetingRows(
  entries: readonly ShortlistEntry[],
  schedule: Schedule,
  ranking: Ranking,
  contactsOf: (clusterId: string) => readonly OwnContact[] = NO_CONTACTS,
): MeetingRow[] {
  const { index } = ranking;
  const meta = index.dataset.meta;
  const byCluster = new Map(schedule.meetings.map((m) => [m.clusterId, m]));
  return entries.map((entry, i): MeetingRow => {
    const match = ranking.byId(entry.clusterId);
    const base = {
      order: i + 1,
      clusterId: entry.clusterId,
      notes: entry.note.trim(),
      contacts: [...contactsOf(entry.clusterId)],
      outcome: entry.outcome ?? null,
    };
    const meeting = byCluster.get(entry.clusterId) ?? null;
    if (!match) return { ...base, ...UNKNOWN, meeting };
    const c = match.cluster;
    return {
      ...base,
      known: true,
      name: c.name,
      stateName: match.stateName,
      city: c.city,
      sectors: unique(c.sectors.map((s) => sectorName(index, s.id) ?? s.wording)),
      label: match.label,
      eccpMember: c.eccpMember,
      score: match.total,
      reasons: match.reasons,
      website: c.website,
      // The editions, then what is our own layer or inferred ('Related sectors: related sector, our taxonomy').
      sources: [
        ...unique(c.sources.map((s) => `${documentName(meta, s.doc)} — ${s.section}`)),
        ...clusterProvenanceNotes(meta, c),
      ],
      meeting,
    };
  });
}
