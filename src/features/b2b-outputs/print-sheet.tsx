import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PrintPage } from '@/components/print-page';
import { agendaStops, buildParticipantAgenda } from '@/domain/b2b/agenda';
import { participantsOnSide, type PartnerFacts } from '@/domain/b2b/agenda-participants';
import { buildMeetingMatrix, buildTablePlan } from '@/domain/b2b/agenda-tables';
import type { B2bResult } from '@/domain/b2b/participants';
import { AgendaHeading } from '@/features/b2b-outputs/agenda-heading';
import { AgendaTable } from '@/features/b2b-outputs/agenda-table';
import { MeetingMatrixTable } from '@/features/b2b-outputs/meeting-matrix';
import { TablePlanTable } from '@/features/b2b-outputs/table-plan';

const LANDSCAPE = '@page { size: A4 landscape; margin: 10mm; }';

/** 'agenda': the chosen participant; 'all': every agenda of both sides, one per page. */
export type PrintMode = { kind: 'agenda'; name: string } | { kind: 'all' } | { kind: 'plan' } | { kind: 'matrix' };

interface PrintSheetProps {
  result: B2bResult;
  mode: PrintMode;
  partnerFacts?: PartnerFacts;
  multiDay: boolean;
  onClose: () => void;
  /** The app's map of an agenda's partners (the maps are another feature); none: no map option. */
  printMap?: PrintMap;
}

export type PrintMap = (stops: ReadonlyArray<{ id: string; order: number }>) => ReactNode;

/** A4 printout of the outputs; everything else on the page is hidden while printing. */
export function PrintSheet({ result, mode, partnerFacts, multiDay, onClose, printMap }: PrintSheetProps) {
  const { t } = useTranslation('b2bOutputs');
  const [withMap, setWithMap] = useState(false);
  const names =
    mode.kind === 'agenda'
      ? [mode.name]
      : mode.kind === 'all'
        ? [...participantsOnSide(result, 'eu'), ...participantsOnSide(result, 'mx')].map((p) => p.name)
        : [];
  const wide = mode.kind === 'plan' || mode.kind === 'matrix';

  return (
    <PrintPage
      label={t('print.dialog')}
      printLabel={t('print.print')}
      closeLabel={t('print.close')}
      onClose={onClose}
      className="b2b-print"
    >
      {/* Named pages need normal flow, and this dialog is positioned: while a wide printout is
          open, its page rule (later than the app's portrait A4) turns the sheet. */}
      {wide && <style>{LANDSCAPE}</style>}
      {printMap && names.length > 0 && (
        <label className="mb-3 flex items-center gap-2 text-base print:hidden">
          <input type="checkbox" checked={withMap} onChange={(e) => setWithMap(e.target.checked)} />
          {t('print.withMap')}
        </label>
      )}
      {names.map((name) => {
        const agenda = buildParticipantAgenda(result, name, partnerFacts);
        const stops = withMap && printMap ? agendaStops(result, agenda) : [];
        return (
          <section key={name} className="b2b-agenda-page mb-8 print:mb-0" aria-label={name}>
            <AgendaHeading agenda={agenda} level={2} />
            {stops.length > 0 && <div className="mb-3 break-inside-avoid">{printMap!(stops)}</div>}
            <AgendaTable agenda={agenda} />
          </section>
        );
      })}
      {mode.kind === 'plan' && (
        <section aria-label={t('tabs.plan')}>
          <h2 className="mb-2 text-lg font-bold">{t('tabs.plan')}</h2>
          <TablePlanTable plan={buildTablePlan(result)} />
        </section>
      )}
      {mode.kind === 'matrix' && (
        <section aria-label={t('tabs.matrix')}>
          <h2 className="mb-2 text-lg font-bold">{t('tabs.matrix')}</h2>
          <MeetingMatrixTable matrix={buildMeetingMatrix(result)} multiDay={multiDay} />
        </section>
      )}
    </PrintPage>
  );
}
