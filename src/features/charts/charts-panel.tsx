import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { isoDay } from '@/domain/dates';
import { formatIsoDate } from '@/domain/format';
import { labelSeries } from '@/features/charts/label-series';
import { sectorProseName, stateSeries } from '@/features/charts/state-series';
import { contextModel, contextSummary } from '@/features/charts/context-model';
import { LabelChart } from '@/features/charts/label-chart';
import { ScoreBreakdownChart } from '@/features/charts/score-breakdown-chart';
import { SectorContext } from '@/features/charts/sector-context';
import { StateChart } from '@/features/charts/state-chart';
import { Loading } from '@/components/loading';
import { useDatasetAnnex, useDatasetIndex, useDatasetValue } from '@/hooks/use-loaded-dataset';
import { useSameFrame } from '@/hooks/use-same-frame';
import { useIdleSteps } from '@/hooks/use-idle-steps';
import { usePrimarySector, useRanking, useStateStrength } from '@/hooks/use-ranking';
import { useAppStore } from '@/stores/app-store';

/**
 * The four charts of the dashboard; lazy-loaded by the app because recharts is large. A change of
 * profile reaches them as one value once the list and the map have committed it; the charts then
 * redraw in one synchronous pass before that frame is painted, every chart from the same inputs,
 * so no frame mixes the old ranking with the new sectors, or a new legend with the old bars.
 */
export function ChartsPanel() {
  const matches = useRanking();
  const strengths = useStateStrength();
  const primary = usePrimarySector();
  const { sectors, asOf } = useAppStore(useShallow((s) => ({ sectors: s.profile.sectors, asOf: s.profile.asOf })));
  const live = useMemo(
    () => ({ matches, strengths, primary, sectors, asOf }),
    [matches, strengths, primary, sectors, asOf],
  );
  return <Charts inputs={useSameFrame(live)} />;
}

interface ChartInputs {
  matches: ReturnType<typeof useRanking>;
  strengths: ReturnType<typeof useStateStrength>;
  primary: string | null;
  sectors: readonly string[];
  asOf: string;
}

const Charts = memo(function Charts({ inputs }: { inputs: ChartInputs }) {
  const { matches, strengths, primary, sectors, asOf } = inputs;
  const { t } = useTranslation('charts');
  const dataset = useDatasetValue();
  // The index's states: those of states.json and any a cluster names that it lacks (marked as unknown).
  const knownAndUnknownStates = useDatasetIndex().states;

  // Read at render (no memo): the name follows the language.
  const sectorProse = sectorProseName(dataset.sectors, primary);
  const states = useMemo(
    () => stateSeries(matches, strengths, knownAndUnknownStates, primary !== null),
    [matches, strengths, knownAndUnknownStates, primary],
  );
  // Level names are worded in the active language; a switch re-ranks, so `matches` is new then.
  const labels = useMemo(() => labelSeries(matches), [matches]);
  // One chart per idle task (the score breakdown, in view, first): mounting all four at once was
  // one task of ~300 ms. Those still to come sit below the first, out of view, so nothing shifts.
  const shown = useIdleSteps(4);

  return (
    <div className="@container flex flex-col gap-3">
      <h2 className="text-base font-bold">{t('heading')}</h2>
      {/* Wide regions (projector) put the state and label charts side by side. */}
      <div className="grid grid-cols-1 gap-4 @[48rem]:grid-cols-[3fr_2fr]">
        <div className="min-w-0 @[48rem]:col-span-2">
          <ScoreBreakdownChart matches={matches} />
        </div>
        <div className="min-w-0">{shown > 1 && <StateChart series={states} sectorProse={sectorProse} />}</div>
        <div className="min-w-0">
          {shown > 2 && <LabelChart series={labels} asOf={asOf} asOfText={formatIsoDate(isoDay(asOf))} />}
        </div>
        <div className="min-w-0 @[48rem]:col-span-2">{shown > 3 && <ContextChart sectors={sectors} />}</div>
      </div>
    </div>
  );
});

/** The context figures (context.json, loaded after the first render) for the chosen sectors. */
function ContextChart({ sectors }: { sectors: readonly string[] }) {
  const { t } = useTranslation('charts');
  const dataset = useDatasetValue();
  const annex = useDatasetAnnex();
  if (annex.isError) return <p className="text-sm text-slate-800">{t('context.unavailable')}</p>;
  if (!annex.data) return <Loading what={t('context.loading')} />;
  // Built at render, not memoised: its wording follows the language, and it is a few dozen figures.
  const context = contextModel(annex.data.annex.context, sectors, dataset.sectors, dataset.meta);
  return <SectorContext model={context} summary={contextSummary(context, sectors, dataset.sectors)} />;
}
