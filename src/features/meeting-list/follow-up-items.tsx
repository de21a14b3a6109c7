import { useTranslation } from 'react-i18next';
import { contactLine } from '@/domain/contacts';
import { meetingPartnerName, type MeetingRow } from '@/domain/meeting-rows';

interface FollowUpItemsProps {
  rows: readonly MeetingRow[];
}

/** The follow-ups one by one: what to do, the meeting's note, who to write to and the website. Screen and paper. */
export function FollowUpItems({ rows }: FollowUpItemsProps) {
  const { t, i18n } = useTranslation('contacts');
  const nameLang = i18n.language === 'es' ? undefined : 'es';
  return (
    <ol className="space-y-2">
      {rows.map((row) => (
        <li key={row.clusterId} className="break-inside-avoid border-b border-slate-200 pb-1.5 text-sm">
          <p className="font-semibold wrap-anywhere">
            {row.order}. <span lang={row.known ? nameLang : undefined}>{meetingPartnerName(row)}</span>
          </p>
          <p className="whitespace-pre-line wrap-anywhere">
            {row.outcome?.note.trim()
              ? t('contacts:followUps.todo', { note: row.outcome.note.trim() })
              : t('contacts:followUps.noTodo')}
          </p>
          {row.notes && (
            <p className="whitespace-pre-line text-slate-700 wrap-anywhere">
              {t('contacts:followUps.note', { note: row.notes })}
            </p>
          )}
          <p className="wrap-anywhere">
            {row.contacts.length > 0
              ? t('contacts:followUps.contacts', { contacts: row.contacts.map(contactLine).join('; ') })
              : t('contacts:followUps.noContacts')}
          </p>
          {row.website && <p className="text-xs wrap-anywhere">{row.website}</p>}
        </li>
      ))}
    </ol>
  );
}
