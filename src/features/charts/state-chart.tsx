import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '@/domain/format';
import { DataTable, type Column } from '@/components/data-table';
import { ChartFrame } from '@/features/charts/chart-frame';
import { NearView } from '@/features/charts/near-view';
import { truncate } from '@/features/charts/chart-model';
import { stateSummary, type StateRow, type StateSeries } from '@/features/charts/state-series';
import { AXIS_TICK, CHART_INITIAL_SIZE, GRID_STROKE, STATE_COLORS } from '@/features/charts/chart-style';
import { ColorKey } from '@/features/charts/color-key';

/** Enough bars to read on a projector; the table lists every state. */
const MAX_BARS = 12;

interface StateChartProps {
  series: StateSeries;
  /** 'aerospace', or null with no sector chosen */
  sectorProse: string | null;
}

// Stable props: recharts 3 re-dispatches a prop that is a new object per render (see score-breakdown-chart).
const MARGIN = { top: 4, right: 4, bottom: 4, left: 28 };
const INDEX_DOMAIN = [0, 100];
const rowName = (_: unknown, p: ReadonlyArray<{ payload?: StateRow }>) => p[0]?.payload?.name ?? '';

/** One list feeds both the colour key and the bars, so they always agree. */
function stateKeys(matchesName: string, strengthName: string | null) {
  const keys: Array<{ label: string; color: string; axis: string; dataKey: keyof StateRow }> = [
    { label: matchesName, color: STATE_COLORS.matches, axis: 'count', dataKey: 'matches' },
  ];
  if (strengthName)
    keys.push({ label: strengthName, color: STATE_COLORS.strength, axis: 'index', dataKey: 'strength' });
  return keys;
}

/** Memoised on the names, so a new ranking changes only the data: see score-breakdown-chart. */
const StateBarSeries = memo(function StateBarSeries(props: { matchesName: string; strengthName: string | null }) {
  const { matchesName, strengthName } = props;
  return (
    <>
      <CartesianGrid vertical={false} stroke={GRID_STROKE} />
      <XAxis dataKey="shortName" tick={AXIS_TICK} interval={0} angle={-35} textAnchor="end" height={70} />
      <YAxis yAxisId="count" allowDecimals={false} tick={AXIS_TICK} width={32} />
      {strengthName && <YAxis yAxisId="index" orientation="right" domain={INDEX_DOMAIN} tick={AXIS_TICK} width={36} />}
      <Tooltip labelFormatter={rowName} />
      {stateKeys(matchesName, strengthName).map((k) => (
        <Bar
          key={k.dataKey}
          yAxisId={k.axis}
          dataKey={k.dataKey}
          name={k.label}
          fill={k.color}
          isAnimationActive={false}
        />
      ))}
    </>
  );
});

export function StateChart({ series, sectorProse }: StateChartProps) {
  const { t } = useTranslation('charts');
  const sector = sectorProse ?? t('states.yourSector');
  const matchesName = series.sectorOnly ? t('states.matchesInSector', { sector }) : t('states.matches');
  const strengthName = t('states.strength', { sector });
  const bars = useMemo(
    () => series.rows.slice(0, MAX_BARS).map((r) => ({ ...r, shortName: truncate(r.name, 12) })),
    [series],
  );
  const columns: Column<StateRow>[] = [
    { header: t('states.state'), cell: (r) => r.name },
    { header: matchesName, cell: (r) => r.matches, numeric: true },
  ];
  if (sectorProse) columns.push({ header: strengthName, cell: (r) => r.strength ?? 0, numeric: true });
  const strengthShown = sectorProse ? strengthName : null;
  const hidden = series.rows.length - bars.length;
  return (
    <ChartFrame
      title={t('states.title')}
      summary={stateSummary(series, sectorProse)}
      table={
        <DataTable
          caption={t('states.title')}
          columns={columns}
          rows={series.rows}
          rowKey={(r) => r.code}
          empty={t('states.empty')}
        />
      }
    >
      {bars.length > 0 && (
        <>
          <ColorKey items={stateKeys(matchesName, strengthShown)} />
          <NearView>
            <ResponsiveContainer width="100%" height={240} initialDimension={CHART_INITIAL_SIZE}>
              <BarChart data={bars} margin={MARGIN} barGap={1}>
                <StateBarSeries matchesName={matchesName} strengthName={strengthShown} />
              </BarChart>
            </ResponsiveContainer>
          </NearView>
          {hidden > 0 && (
            <p className="text-xs text-slate-700">
              {t('states.moreInTable', { count: hidden, n: formatNumber(hidden, 0) })}
            </p>
          )}
        </>
      )}
    </ChartFrame>
  );
}
