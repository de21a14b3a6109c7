import { formatYear, notStated } from '@/domain/format';
import { tr } from '@/i18n/i18n';

/** '2012–2020', 'from 2016 (end not stated in the sources)': a policy's period in words. */
export function yearsText(start: number | null, end: number | null): string {
  if (start !== null && end !== null)
    return start === end ? formatYear(start) : `${formatYear(start)}–${formatYear(end)}`;
  if (start !== null) return tr('policies:years.from', { start: formatYear(start), notStated: notStated() });
  if (end !== null) return tr('policies:years.until', { end: formatYear(end), notStated: notStated() });
  return tr('policies:years.none', { notStated: notStated() });
}
