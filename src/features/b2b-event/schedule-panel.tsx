import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { findPlaced } from '@/domain/b2b/edit-board';
import { setLocked, unplaceMeeting } from '@/domain/b2b/edit';
import { isStale, runSchedule } from '@/domain/b2b/run';
import { ScheduleGrid } from '@/features/b2b-event/schedule-grid';
import { ScheduleSummary } from '@/features/b2b-event/schedule-summary';
import { UnplacedList } from '@/features/b2b-event/unplaced-list';
import { useGridMove } from '@/features/b2b-event/use-grid-move';
import { pairText } from '@/features/b2b-event/cell-text';
import { useB2bActions, useB2bCanUndo, useB2bRun, useB2bWorkspace } from '@/stores/b2b-selectors';
import type { B2bRun } from '@/domain/b2b/run';

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

/** Schedule, undo, the summary, the unplaced meetings and the grid. */
export function SchedulePanel() {
  const { t } = useTranslation('b2bEvent');
  const workspace = useB2bWorkspace();
  const run = useB2bRun();
  const canUndo = useB2bCanUndo();
  const { setRun, undo } = useB2bActions();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.shiftKey && e.key.toLowerCase() === 'z' && !typing(e.target)) {
        e.preventDefault();
        undo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo]);
  const ready =
    workspace.requests.length > 0 && workspace.event.sessions.length > 0 && workspace.event.tableNames.length > 0;
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-2">
        <Button variant="primary" size="md" disabled={!ready} onClick={() => setRun(runSchedule(workspace, run))}>
          {t('b2bEvent:schedule.run')}
        </Button>
        <Button variant="neutral" size="md" disabled={!canUndo} onClick={undo} aria-keyshortcuts="Control+Z">
          {t('b2bEvent:schedule.undo')}
        </Button>
        {!ready && <p className="text-base text-slate-700">{t('b2bEvent:schedule.notReady')}</p>}
      </div>
      {run && isStale(workspace, run) && (
        <p className="rounded-md border border-amber-400 bg-amber-50 px-2 py-1 text-base">
          {t('b2bEvent:schedule.stale')}
        </p>
      )}
      {run && <RunView run={run} />}
    </div>
  );
}

function RunView({ run }: { run: B2bRun }) {
  const { t } = useTranslation('b2bEvent');
  const { setSchedule } = useB2bActions();
  const move = useGridMove(run, setSchedule);
  const picked = move.selected ? findPlaced(move.board, move.selected) : null;
  return (
    <>
      <ScheduleSummary schedule={run.schedule} />
      <section aria-labelledby="b2b-unplaced" className="flex flex-col gap-1.5">
        <h3 id="b2b-unplaced" className="text-lg font-bold">
          {t('b2bEvent:unplaced.title', { count: run.schedule.unscheduled.length })}
        </h3>
        <UnplacedList meetings={run.schedule.unscheduled} selected={move.selected} onPick={(m) => move.select(m)} />
      </section>
      <div className="flex min-h-9 flex-wrap items-center gap-2" aria-live="polite">
        <span className="text-base">{move.message || t('b2bEvent:move.hint')}</span>
        {move.selected && (
          <>
            {picked && (
              <Button onClick={() => setSchedule(setLocked(run.schedule, picked.meeting, !picked.meeting.locked))}>
                {picked.meeting.locked ? t('b2bEvent:move.unlock') : t('b2bEvent:move.lock')}
              </Button>
            )}
            {picked && (
              <Button
                onClick={() => {
                  setSchedule(unplaceMeeting(run.input, run.schedule, picked.meeting));
                  move.select(null);
                }}
              >
                {t('b2bEvent:move.takeOut', { pair: pairText(picked.meeting) })}
              </Button>
            )}
            <Button variant="neutral" onClick={() => move.select(null)}>
              {t('b2bEvent:move.cancel')}
            </Button>
          </>
        )}
      </div>
      <div className="max-h-[75vh] overflow-auto rounded-md border border-slate-200">
        <ScheduleGrid move={move} />
      </div>
    </>
  );
}
