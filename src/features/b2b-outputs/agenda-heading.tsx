import { useTranslation } from 'react-i18next';
import type { ParticipantAgenda } from '@/domain/b2b/agenda';
import { formatNumber } from '@/domain/format';

/** Who the agenda is for, its side, people and counts: the top of each printed page. */
export function AgendaHeading({ agenda, level = 3 }: { agenda: ParticipantAgenda; level?: 2 | 3 }) {
  const { t } = useTranslation('b2bOutputs');
  const { participant } = agenda;
  const H = level === 2 ? 'h2' : 'h3';
  return (
    <header className="mb-2 border-b-2 border-slate-900 pb-1 wrap-anywhere">
      <H className="text-lg font-bold">{participant.name}</H>
      <p className="text-sm">
        {[
          participant.side === 'eu' ? t('side.eu') : t('side.mx'),
          participant.people.length > 0 && participant.people.join(', '),
          t('agenda.count', { count: agenda.meetings, n: formatNumber(agenda.meetings, 0) }),
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
    </header>
  );
}
