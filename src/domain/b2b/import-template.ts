// The import template: one sheet per table, each with its documented header row.
import { TABLE_COLUMNS, TABLE_KINDS, type TableKind } from '@/domain/b2b/import-tables';
import type { XlsxSheet } from '@/domain/xlsx';

/** The sheets, named as given (the import recognises the English and the Spanish names). */
export function importTemplateSheets(names: Record<TableKind, string>): XlsxSheet[] {
  return TABLE_KINDS.map((kind) => {
    const header = [...TABLE_COLUMNS[kind].required, ...TABLE_COLUMNS[kind].optional];
    return { name: names[kind], header, rows: [], widths: header.map((h) => Math.max(14, h.length + 4)) };
  });
}
