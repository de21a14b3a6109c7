import type { DatasetMeta, SourceDocId, SourceRef } from '@/domain/types';

// Short edition names for citations in cards, cells and exports; the full dates in meta
// ("December 2016 (updated March 2019)") crowd them.
export const EDITION_SHORT: Record<SourceDocId, string> = {
  'briefing-2016': '2016 edition',
  'briefing-2019': '2019 edition',
  'paper-2017': '2017 edition',
  'paper-2019': '2019 edition',
  'factsheet-2020': '2020',
};

/** 'Preparatory Briefing on Mexico (2019 edition)'. */
export function documentName(meta: DatasetMeta, doc: SourceDocId): string {
  const title = meta.sources.find((d) => d.id === doc)?.title ?? 'ECCP report';
  return `${title} (${EDITION_SHORT[doc]})`;
}

/** 'Preparatory Briefing on Mexico (2019 edition), 4.3 Aerospace policies and programmes'. */
export function sourceText(ref: SourceRef, meta: DatasetMeta, separator = ', '): string {
  return `${documentName(meta, ref.doc)}${separator}${ref.section}`;
}

/** The year an edition was published: 'briefing-2019' → 2019. */
export function editionYear(doc: SourceDocId): number {
  return Number(doc.slice(-4));
}

/** Distinct editions, newest first (at one year, briefing before paper before factsheet). */
export function newestEditions(docs: Iterable<SourceDocId>): SourceDocId[] {
  return [...new Set(docs)].sort((a, b) => editionYear(b) - editionYear(a) || a.localeCompare(b));
}

/** The years the editions in the dataset were published: '2016–2020' ('2019' for one). */
export function sourceYears(meta: DatasetMeta): string {
  const years = meta.sources.map((s) => editionYear(s.id));
  if (years.length === 0) return '';
  const [from, to] = [Math.min(...years), Math.max(...years)];
  return from === to ? String(from) : `${from}–${to}`;
}
