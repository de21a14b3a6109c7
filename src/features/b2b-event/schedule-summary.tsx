import { useTranslation } from 'react-i18next';
import type { B2bSchedule } from '@/domain/b2b/types';
import { formatNumber } from '@/domain/format';

/** "Scheduled N of M · at most B can be placed with this availability (proven)". */
export function ScheduleSummary({ schedule }: { schedule: B2bSchedule }) {
  const { t } = useTranslation('b2bEvent');
  const n = schedule.scheduled.length;
  return (
    <p role="status" className="text-lg font-semibold text-slate-900">
      {t('b2bEvent:summary.scheduled', {
        count: schedule.requested,
        n: formatNumber(n, 0),
        m: formatNumber(schedule.requested, 0),
      })}
      {' · '}
      {t('b2bEvent:summary.bound', { bound: formatNumber(schedule.bound, 0) })}
      {n >= schedule.bound && <span className="font-normal"> {t('b2bEvent:summary.atBound')}</span>}
    </p>
  );
}
