// Which separator a spreadsheet expects when it opens a CSV by double-click. Excel takes its list
// separator from the regional settings, and wherever the decimal mark is a comma (es-ES, de, fr,
// it, pt, nl, ...) that separator is ';'; where the mark is a point (en, es-MX) it is ','.

export type CsvDelimiter = ',' | ';';
export const CSV_DELIMITERS: readonly CsvDelimiter[] = [',', ';'];

export function isCsvDelimiter(value: unknown): value is CsvDelimiter {
  return value === ',' || value === ';';
}

/** ';' for a locale that writes decimals with a comma, ',' otherwise (and for a tag Intl does not know). */
export function defaultCsvDelimiter(locale: string): CsvDelimiter {
  try {
    const mark = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value;
    return mark === ',' ? ';' : ',';
  } catch {
    return ',';
  }
}

/** The decimal mark that goes with a separator: a ';' file is read by a decimal-comma spreadsheet. */
export function csvDecimalMark(delimiter: CsvDelimiter): '.' | ',' {
  return delimiter === ';' ? ',' : '.';
}

/**
 * A number as a spreadsheet reads it back as a number: no thousands separators, the decimal mark
 * that goes with the separator. '' for a gap or a value that is not finite.
 */
export function csvNumber(value: number | null, delimiter: CsvDelimiter): string {
  if (value === null || !Number.isFinite(value)) return '';
  const text = String(value);
  return csvDecimalMark(delimiter) === ',' ? text.replace('.', ',') : text;
}
