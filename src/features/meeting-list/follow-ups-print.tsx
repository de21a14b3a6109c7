import { useTranslation } from 'react-i18next';
import { PrintPage } from '@/components/print-page';
import type { MeetingEvent } from '@/domain/event';
import { formatIsoDate } from '@/domain/format';
import type { MeetingRow } from '@/domain/meeting-rows';
import { FollowUpItems } from '@/features/meeting-list/follow-up-items';

interface FollowUpsPrintProps {
  event: MeetingEvent;
  rows: readonly MeetingRow[];
  onClose: () => void;
}

/** The follow-ups on an A4 page; everything else on the page is hidden while printing. */
export function FollowUpsPrint({ event, rows, onClose }: FollowUpsPrintProps) {
  const { t } = useTranslation('contacts');
  return (
    <PrintPage
      label={t('contacts:followUps.printDialog')}
      printLabel={t('contacts:followUps.printNow')}
      closeLabel={t('contacts:followUps.close')}
      onClose={onClose}
    >
      <header className="mb-3 border-b-2 border-slate-900 pb-2 wrap-anywhere">
        <h1 className="text-2xl font-bold">{t('contacts:followUps.printTitle', { event: event.name })}</h1>
        <p className="text-base">{[formatIsoDate(event.date), event.place].filter(Boolean).join(' · ')}</p>
      </header>
      <FollowUpItems rows={rows} />
    </PrintPage>
  );
}
