import { useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import type { CsvDelimiter } from '@/domain/csv-delimiter';
import { exportFileName, type MeetingEvent } from '@/domain/event';
import { buildMeetingCsv } from '@/domain/export-csv';
import { formatNumber } from '@/domain/format';
import type { MeetingRow } from '@/domain/meeting-rows';
import { toSheetRow } from '@/domain/meeting-sheet';
import { followUpRows } from '@/domain/outcomes';
import { downloadText } from '@/components/download';
import { FollowUpItems } from '@/features/meeting-list/follow-up-items';
import { FollowUpsPrint } from '@/features/meeting-list/follow-ups-print';

export interface FollowUpsProps {
  event: MeetingEvent;
  /** Every row of the list: the ones marked follow-up are shown. */
  rows: readonly MeetingRow[];
  delimiter: CsvDelimiter;
}

/** The meetings marked follow-up, with their notes, contacts and website: on screen, on paper and as a CSV. */
export function FollowUps({ event, rows, delimiter }: FollowUpsProps) {
  const { t } = useTranslation('contacts');
  const [printing, setPrinting] = useState(false);
  const items = followUpRows(rows);
  const count = items.length;

  const print = () => {
    flushSync(() => setPrinting(true));
    window.print();
  };
  // The meeting sheet's columns, so the file opens like the meeting list's own CSV.
  const downloadCsv = () =>
    downloadText(
      exportFileName(event, 'follow-ups-csv'),
      buildMeetingCsv(
        items.map((r) => toSheetRow(r, event)),
        delimiter,
      ),
      'text/csv;charset=utf-8',
    );

  return (
    <section aria-labelledby="follow-ups-heading" className="space-y-1.5 border-t border-slate-200 pt-2">
      <h3 id="follow-ups-heading" className="text-sm font-bold">
        {t('contacts:followUps.heading', { count: items.length, n: formatNumber(count, 0) })}
      </h3>
      {count === 0 ? (
        <p className="text-xs text-slate-700">{t('contacts:followUps.empty')}</p>
      ) : (
        <>
          <FollowUpItems rows={items} />
          <div className="flex flex-wrap gap-1.5">
            <Button onClick={print}>{t('contacts:followUps.print')}</Button>
            <Button onClick={downloadCsv}>{t('contacts:followUps.csv')}</Button>
          </div>
        </>
      )}
      {printing && <FollowUpsPrint event={event} rows={items} onClose={() => setPrinting(false)} />}
    </section>
  );
}
