// A picked file as an import source: a workbook when it is a ZIP (an .xlsx), else CSV text.
import { csvSource, type ImportSource } from '@/domain/b2b/import-tables';

// Every .xlsx is a ZIP, and every ZIP starts with "PK\x03\x04": the content decides, not the name.
const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4;

// Excel on Windows saves "CSV" in the ANSI code page unless told "CSV UTF-8": Windows-1252 across the
// EU and Mexico. Not valid UTF-8, then, means that code page (else "Clúster" would read "Cl�ster").
function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

// Far above any event's tables (310 meetings are a few KB), low enough to keep the tab responsive.
const MAX_MB = 10;

/** Never throws: a file that cannot be read becomes a source with one problem. */
export async function readImportFile(file: File): Promise<ImportSource> {
  const fail = (problem: Omit<ImportSource['problems'][number], 'file'>): ImportSource => ({
    file: file.name,
    sheets: [],
    problems: [{ file: file.name, ...problem }],
  });
  if (file.size > MAX_MB * 1024 * 1024)
    return fail({ message: `larger than ${MAX_MB} MB`, code: 'too-large', params: { limit: MAX_MB } });
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return fail({ message: 'the file cannot be read', code: 'unreadable-file' });
  }
  if (!isZip(bytes)) return csvSource(file.name, decodeText(bytes));
  try {
    // The reader is a lazy chunk: only a workbook pays for it.
    const { readXlsxSheets } = await import('@/domain/xlsx-read');
    return { file: file.name, sheets: await readXlsxSheets(bytes), problems: [] };
  } catch {
    return fail({ message: 'not a readable .xlsx workbook', code: 'not-a-workbook' });
  }
}
