import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { Tabs } from '@/components/tabs';
import { participantsOnSide, type PartnerFacts } from '@/domain/b2b/agenda-participants';
import { buildMeetingMatrix, buildTablePlan } from '@/domain/b2b/agenda-tables';
import { defaultB2bEventId } from '@/domain/b2b/export-ics';
import type { B2bResult } from '@/domain/b2b/participants';
import { eventDates } from '@/domain/b2b/slots';
import { AgendaTab } from '@/features/b2b-outputs/agenda-tab';
import { FileActions } from '@/features/b2b-outputs/file-actions';
import { MeetingMatrixTable } from '@/features/b2b-outputs/meeting-matrix';
import { PrintSheet, type PrintMap, type PrintMode } from '@/features/b2b-outputs/print-sheet';
import { TablePlanTable } from '@/features/b2b-outputs/table-plan';
import { useCsvDelimiter, useReminderMinutes } from '@/stores/export-settings';
import '@/features/b2b-outputs/b2b-outputs.css';

type TabId = 'agenda' | 'plan' | 'matrix';

interface B2bOutputsProps {
  result: B2bResult;
  /**
   * Facts from elsewhere by participant name (e.g. the dataset's website of a Mexican cluster with
   * a clusterId); they fill only what the organiser left empty.
   */
  partnerFacts?: PartnerFacts;
  /** A stable id of the event (the workspace's), for calendar UIDs; defaults to its first day. */
  eventId?: string;
  /** The map of an agenda's partners for the printout (from the app); without it, no map option. */
  printMap?: PrintMap;
}

/** What the event hands out: each participant's agenda, the table plan, who meets whom, and the files. */
export function B2bOutputs({ result, partnerFacts, eventId, printMap }: B2bOutputsProps) {
  const { t } = useTranslation('b2bOutputs');
  const eu = useMemo(() => participantsOnSide(result, 'eu'), [result]);
  const mx = useMemo(() => participantsOnSide(result, 'mx'), [result]);
  const [chosen, setChosen] = useState<string | null>(null);
  const [tab, setTab] = useState<TabId>('agenda');
  const [print, setPrint] = useState<PrintMode | null>(null);
  const delimiter = useCsvDelimiter();
  const reminderMinutes = useReminderMinutes();
  // A chosen name that a new result no longer has falls back to the first participant.
  const selected = [...eu, ...mx].some((p) => p.name === chosen) ? chosen : ((eu[0] ?? mx[0])?.name ?? null);
  const multiDay = eventDates(result.input.event).length > 1;
  const context = { result, eventId: eventId ?? defaultB2bEventId(result), partnerFacts, delimiter, reminderMinutes };

  const agendaTab = (
    <AgendaTab
      result={result}
      sides={{ eu, mx }}
      selected={selected}
      onChoose={setChosen}
      onPrint={setPrint}
      partnerFacts={partnerFacts}
    />
  );
  const wide = (kind: 'plan' | 'matrix', content: ReactNode) => (
    <div className="space-y-2 p-2">
      <Button size="md" onClick={() => setPrint({ kind })}>
        {kind === 'plan' ? t('print.plan') : t('print.matrix')}
      </Button>
      {/* Its own scroll box: the sticky headers stay in view inside it. */}
      <div
        className="max-h-[70vh] overflow-auto rounded-md border border-slate-300"
        tabIndex={0}
        role="region"
        aria-label={kind === 'plan' ? t('tabs.plan') : t('tabs.matrix')}
      >
        {content}
      </div>
    </div>
  );

  return (
    <section aria-label={t('title')} className="space-y-3">
      <Tabs
        label={t('tabs.label')}
        selected={tab}
        onSelect={setTab}
        tabs={[
          { id: 'agenda', label: t('tabs.agenda'), content: agendaTab },
          {
            id: 'plan',
            label: t('tabs.plan'),
            content: wide('plan', <TablePlanTable plan={buildTablePlan(result)} />),
          },
          {
            id: 'matrix',
            label: t('tabs.matrix'),
            content: wide('matrix', <MeetingMatrixTable matrix={buildMeetingMatrix(result)} multiDay={multiDay} />),
          },
        ]}
      />
      <FileActions context={context} participant={selected} />
      {print && (
        <PrintSheet
          result={result}
          mode={print}
          partnerFacts={partnerFacts}
          multiDay={multiDay}
          printMap={printMap}
          onClose={() => setPrint(null)}
        />
      )}
    </section>
  );
}
