// The columns of the B2B files and what kind of cell each is: a date, a time or text (table
// names are names, not numbers: 'A1', 'Terraza').
import type { B2bSheetColumn } from '@/domain/b2b/export-sheet';
import type { CellKind } from '@/domain/export-xlsx';

export const PARTICIPANT_COLUMNS = [
  'date',
  'session',
  'start',
  'end',
  'table',
  'with',
  'people',
  'website',
  'contact',
  'priority',
  'status',
] as const satisfies readonly B2bSheetColumn[];

export const EVENT_COLUMNS = [
  'date',
  'session',
  'start',
  'end',
  'table',
  'requester',
  'partner',
  'priority',
  'status',
] as const satisfies readonly B2bSheetColumn[];

export const B2B_CELL_KIND: Record<B2bSheetColumn, CellKind> = {
  date: 'date',
  session: 'text',
  start: 'time',
  end: 'time',
  table: 'text',
  requester: 'text',
  partner: 'text',
  with: 'text',
  people: 'text',
  website: 'text',
  contact: 'text',
  priority: 'text',
  status: 'text',
};

export const B2B_COLUMN_WIDTH: Record<B2bSheetColumn, number> = {
  date: 11,
  session: 16,
  start: 7,
  end: 7,
  table: 8,
  requester: 32,
  partner: 36,
  with: 36,
  people: 28,
  website: 30,
  contact: 28,
  priority: 10,
  status: 48,
};
