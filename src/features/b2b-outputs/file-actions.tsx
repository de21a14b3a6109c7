import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/alert';
import { Button } from '@/components/button';
import {
  downloadCsv,
  downloadIcs,
  downloadXlsx,
  type B2bFileContext,
  type FileScope,
} from '@/features/b2b-outputs/b2b-files';

interface FileActionsProps {
  context: B2bFileContext;
  /** The participant shown; null when there is none to choose. */
  participant: string | null;
}

/** The files of the chosen participant and of the whole event: CSV, Excel and calendars. */
export function FileActions({ context, participant }: FileActionsProps) {
  const { t } = useTranslation(['b2bOutputs', 'mend']);
  const [error, setError] = useState<string | null>(null);
  const run = (task: () => void | Promise<void>) => async () => {
    setError(null);
    try {
      await task();
    } catch (e) {
      setError(t('files.failed', { reason: e instanceof Error ? e.message : String(e) }));
    }
  };
  const group = (scope: FileScope, title: string, ics: string) => (
    <div role="group" aria-label={title} className="flex flex-wrap items-center gap-1.5">
      <span className="text-sm font-semibold">{title}</span>
      <Button onClick={run(() => downloadCsv(context, scope))}>{t('files.csv')}</Button>
      <Button onClick={run(() => downloadXlsx(context, scope))}>{t('files.xlsx')}</Button>
      <Button onClick={run(() => downloadIcs(context, scope))}>{ics}</Button>
    </div>
  );
  return (
    <div className="space-y-1.5">
      {participant !== null && group(participant, t('files.participant', { name: participant }), t('files.ics'))}
      {group(null, t('files.event'), t('files.icsAll'))}
      <p className="text-xs text-slate-700">{t('files.note')}</p>
      <p className="text-xs text-slate-700">{t('mend:calendar.removed')}</p>
      {error && <Alert tone="error">{error}</Alert>}
    </div>
  );
}
