// The file the user picks, as sheets of rows: a CSV is one sheet, an .xlsx has one per tab. The
// .xlsx reader is loaded only when such a file is picked.
import { tr } from '@/i18n/i18n';
import { formatBytes } from '@/domain/format';
import { readCsvRows } from '@/domain/own-facts/import-sheet';

export interface PickedSheet {
  name: string;
  rows: string[][];
}

export type PickedFile =
  { ok: true; fileName: string; sheets: PickedSheet[] } | { ok: false; fileName: string; message: string };

// A sheet of a few thousand organisations is well under this; more is not a list of partners.
export const MAX_SHEET_BYTES = 5_000_000;

export const ACCEPTED_FILES =
  '.csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function readImportFile(file: File): Promise<PickedFile> {
  const fileName = file.name;
  const fail = (message: string): PickedFile => ({ ok: false, fileName, message });
  if (file.size > MAX_SHEET_BYTES)
    return fail(tr('ownImport:file.tooLarge', { size: formatBytes(file.size), max: formatBytes(MAX_SHEET_BYTES) }));
  const lower = fileName.toLowerCase();
  try {
    if (lower.endsWith('.xlsx')) {
      const { readXlsxSheets } = await import('@/domain/xlsx-read');
      const sheets = await readXlsxSheets(new Uint8Array(await file.arrayBuffer()));
      return { ok: true, fileName, sheets };
    }
    if (lower.endsWith('.csv') || lower.endsWith('.txt'))
      return { ok: true, fileName, sheets: [{ name: fileName, rows: readCsvRows(await file.text()) }] };
  } catch {
    return fail(tr('ownImport:file.unreadable'));
  }
  return fail(tr('ownImport:file.unsupported'));
}
