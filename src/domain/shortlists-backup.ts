import { sessionsText } from '@/domain/event';
import { buildCsv, guardFormula } from '@/domain/export-csv';
import type { Shortlist } from '@/domain/shortlist';
import { tr } from '@/i18n/i18n';

// A plain backup of every saved shortlist that needs no dataset: what the browser keeps, one line per
// entry. The shortlist JSON file (src/data/parse-shortlist-file.ts) is the one the app reads back.
/** The English header, fixed for tests and readers of English files; `shortlistsBackupHeader()` is what a file gets. */
export const SHORTLISTS_BACKUP_HEADER = [
  'List',
  'Event',
  'Event date',
  'Place',
  'Time zone',
  'Sessions',
  'Order',
  'Cluster id',
  'Note',
] as const;

/** The header in the active language, as the meeting CSV's. */
export function shortlistsBackupHeader(): string[] {
  return [
    tr('exports:backup.list'),
    tr('exports:backup.event'),
    tr('exports:backup.eventDate'),
    tr('exports:backup.place'),
    tr('exports:backup.timeZone'),
    tr('exports:backup.sessions'),
    tr('exports:backup.order'),
    tr('exports:backup.clusterId'),
    tr('exports:backup.note'),
  ];
}

/** Every list, its event and its entries in meeting order; a list without entries still gets a line. */
export function buildShortlistsBackupCsv(lists: readonly Shortlist[]): string {
  const rows = lists.flatMap((list) => {
    const { event } = list;
    const head = [list.name, event.name, event.date, event.place, event.timeZone, sessionsText(event)].map(
      guardFormula,
    );
    if (list.entries.length === 0) return [[...head, '', '', '']];
    return list.entries.map((e, i) => [...head, i + 1, guardFormula(e.clusterId), guardFormula(e.note)]);
  });
  return buildCsv(shortlistsBackupHeader(), rows);
}
