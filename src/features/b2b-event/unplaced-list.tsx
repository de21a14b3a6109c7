import { useTranslation } from 'react-i18next';
import { samePair, type MeetingRef } from '@/domain/b2b/edit-board';
import type { UnplacedMeeting } from '@/domain/b2b/types';
import { describeReason } from '@/domain/b2b/wording';
import { Button } from '@/components/button';
import { pairText } from '@/features/b2b-event/cell-text';

interface UnplacedListProps {
  meetings: readonly UnplacedMeeting[];
  selected: MeetingRef | null;
  onPick: (meeting: UnplacedMeeting) => void;
}

/** The requested meetings the schedule leaves out, each with why; "Place" picks one up for the grid. */
export function UnplacedList({ meetings, selected, onPick }: UnplacedListProps) {
  const { t } = useTranslation('b2bEvent');
  if (meetings.length === 0) return <p className="text-base text-slate-700">{t('b2bEvent:unplaced.none')}</p>;
  return (
    <ul className="flex flex-col gap-1.5" aria-label={t('b2bEvent:unplaced.title', { count: meetings.length })}>
      {meetings.map((m) => {
        const picked = selected !== null && samePair(selected, m);
        return (
          <li
            key={`${m.requester}\u0000${m.partner}`}
            draggable
            onDragStart={(e) => {
              e.dataTransfer.setData('text/plain', pairText(m));
              onPick(m);
            }}
            className={`flex flex-wrap items-baseline gap-x-3 gap-y-1 rounded-md border px-2 py-1.5 ${
              picked ? 'border-brand-700 bg-brand-50' : 'border-amber-300 bg-amber-50'
            }`}
          >
            <span className="font-semibold">{pairText(m)}</span>
            <span className="text-sm text-slate-700">{t(`b2bEvent:priority.${m.priority}`)}</span>
            <span className="min-w-0 flex-1 basis-64 text-base">{describeReason(m, m.reason)}</span>
            <Button size="sm" aria-pressed={picked} onClick={() => onPick(m)}>
              {t('b2bEvent:unplaced.place')}
            </Button>
          </li>
        );
      })}
    </ul>
  );
}
