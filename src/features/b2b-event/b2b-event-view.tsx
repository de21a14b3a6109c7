import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { B2bResult, B2bWorkspace } from '@/domain/b2b/participants';
import { formatNumber } from '@/domain/format';
import { EventEditor } from '@/features/b2b-event/event-editor';
import { ParticipantForm } from '@/features/b2b-event/participant-form';
import { ParticipantRow } from '@/features/b2b-event/participant-row';
import { RequestsEditor } from '@/features/b2b-event/requests-editor';
import { SchedulePanel } from '@/features/b2b-event/schedule-panel';
import { ShortlistSeed } from '@/features/b2b-event/shortlist-seed';
import { useB2bActions, useB2bRun, useB2bWorkspace } from '@/stores/b2b-selectors';

export interface B2bEventViewProps {
  /** The spreadsheet import (src/app wires it in): gets the workspace, hands back the next one. */
  renderImport?: (workspace: B2bWorkspace, onApply: (next: B2bWorkspace) => void) => ReactNode;
  /** The agendas, table plan and files of the current schedule (src/app wires them in). */
  renderOutputs?: (result: B2bResult) => ReactNode;
}

function Section({ title, open = false, children }: { title: string; open?: boolean; children: ReactNode }) {
  // Open at first when asked, then the organiser's to open and close: it never shuts by itself.
  const [initiallyOpen] = useState(open);
  return (
    <details open={initiallyOpen} className="rounded-xl border border-slate-200 bg-white p-3 shadow-sm">
      <summary className="cursor-pointer text-xl font-bold text-brand-900">{title}</summary>
      <div className="mt-2 flex flex-col gap-3">{children}</div>
    </details>
  );
}

/** The B2B event: the event, its participants and requests, the schedule and its grid. */
export function B2bEventView({ renderImport, renderOutputs }: B2bEventViewProps) {
  const { t } = useTranslation('b2bEvent');
  const workspace = useB2bWorkspace();
  const run = useB2bRun();
  const { editWorkspace } = useB2bActions();
  const n = (count: number) => formatNumber(count, 0);
  return (
    <div className="flex flex-col gap-3">
      <h2 className="text-2xl font-bold text-brand-900">{t('b2bEvent:title')}</h2>
      <Section title={t('b2bEvent:section.event')}>
        <EventEditor />
      </Section>
      <Section
        title={t('b2bEvent:section.participants', {
          count: workspace.participants.length,
          n: n(workspace.participants.length),
        })}
        open={workspace.participants.length === 0}
      >
        <ShortlistSeed />
        {renderImport?.(workspace, (next) => editWorkspace(() => next))}
        <ParticipantForm />
        <ul>
          {workspace.participants.map((p) => (
            <ParticipantRow key={p.name} participant={p} />
          ))}
        </ul>
      </Section>
      <Section
        title={t('b2bEvent:section.requests', { count: workspace.requests.length, n: n(workspace.requests.length) })}
      >
        <RequestsEditor />
      </Section>
      <section aria-labelledby="b2b-schedule" className="rounded-xl border border-slate-200 bg-white p-3 shadow-sm">
        <h2 id="b2b-schedule" className="mb-2 text-xl font-bold text-brand-900">
          {t('b2bEvent:section.schedule')}
        </h2>
        <SchedulePanel />
      </section>
      {run && renderOutputs?.({ input: run.input, participants: workspace.participants, schedule: run.schedule })}
    </div>
  );
}
