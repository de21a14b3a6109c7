import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { CRITERION_COLORS } from '@/components/criterion-colors';
import { CriterionLegend } from '@/components/criterion-legend';
import { formatPoints } from '@/domain/format';
import { CRITERIA, criterionLabel, type CriterionId } from '@/domain/profile';
import type { Match } from '@/domain/ranking/types';
import { DataTable, type Column } from '@/components/data-table';
import { ChartFrame } from '@/features/charts/chart-frame';
import { NearView } from '@/features/charts/near-view';
import { breakdownRows, breakdownSummary, usedCriteria, type BreakdownRow } from '@/features/charts/chart-model';
import { AXIS_TICK, CHART_INITIAL_SIZE, GRID_STROKE } from '@/features/charts/chart-style';
import { NAME_WIDTH, RowLabels } from '@/features/charts/row-labels';
import { useAppStore } from '@/stores/app-store';

// Module constants, not literals in the JSX: recharts 3 copies every prop into its store in an
// effect, and a new object or function per render re-dispatches it and redraws the chart again.
// The names are drawn by RowLabels in the left margin, where a category axis would sit.
const MARGIN = { top: 4, right: 36, bottom: 4, left: 4 + NAME_WIDTH };
const DOMAIN = [0, 100];
const TICKS = [0, 25, 50, 75, 100];
const formatValue = (value: unknown) => formatPoints(Number(value));
const rowName = (_: unknown, p: ReadonlyArray<{ payload?: BreakdownRow }>) => p[0]?.payload?.name ?? '';

/**
 * Grid, axes, tooltip and one stacked bar per criterion, memoised on the criteria drawn and the
 * language: a new ranking then changes only the chart's data, and recharts draws the new bars in
 * one pass. New child elements would re-register every bar and axis in its store after a first
 * render with the old data (a frame of stale bars, and two more renders per change).
 * Every criterion has its bar, hidden while it adds no points: recharts stacks bars in the order
 * they registered, so one that appeared later would be stacked last (the chart used to be
 * remounted for that, the costliest redraw there is).
 */
// `language` is a memo key only: the criterion names follow a language switch.
const BreakdownSeries = memo(function BreakdownSeries({ criteria }: { criteria: string; language: string }) {
  const drawn = new Set(criteria.split(','));
  return (
    <>
      <CartesianGrid horizontal={false} stroke={GRID_STROKE} />
      <XAxis type="number" domain={DOMAIN} ticks={TICKS} tick={AXIS_TICK} />
      <YAxis type="category" dataKey="shortName" hide />
      <Tooltip formatter={formatValue} labelFormatter={rowName} />
      {CRITERIA.map((id) => (
        <Bar
          key={id}
          hide={!drawn.has(id)}
          dataKey={id}
          name={criterionLabel(id)}
          stackId="score"
          fill={CRITERION_COLORS[id]}
          isAnimationActive={false}
        />
      ))}
    </>
  );
});

export function ScoreBreakdownChart({ matches }: { matches: readonly Match[] }) {
  const { t } = useTranslation('charts');
  // Cluster names are written as the (mostly Spanish) sources write them.
  const language = useAppStore((s) => s.language);
  const nameLang = language === 'es' ? undefined : 'es';
  const rows = useMemo(() => breakdownRows(matches), [matches]);
  const usedKey = usedCriteria(rows).join();
  // By value: a new ranking with the same criteria keeps the same columns and series.
  const used = useMemo(() => usedKey.split(',').filter(Boolean) as CriterionId[], [usedKey]);
  const columns = useMemo<Column<BreakdownRow>[]>(
    () => [
      { header: t('breakdown.rank'), cell: (r) => r.rank, numeric: true },
      { header: t('breakdown.cluster'), cell: (r) => <span lang={nameLang}>{r.name}</span> },
      { header: t('breakdown.score'), cell: (r) => formatPoints(r.total), numeric: true },
      ...used.map((id): Column<BreakdownRow> => ({
        header: criterionLabel(id),
        cell: (r) => formatPoints(r[id]),
        numeric: true,
      })),
    ],
    // `t` is new on a language switch, so the headers and formatted points follow it.
    [used, t, nameLang],
  );
  return (
    <ChartFrame
      title={t('breakdown.title')}
      summary={breakdownSummary(rows)}
      table={
        <DataTable
          caption={t('breakdown.caption')}
          columns={columns}
          rows={rows}
          rowKey={(r) => r.clusterId}
          empty={t('breakdown.empty')}
        />
      }
    >
      {rows.length > 0 && (
        <>
          <CriterionLegend criteria={used} />
          <NearView>
            <ResponsiveContainer
              width="100%"
              height={Math.max(120, 24 * rows.length + 40)}
              initialDimension={CHART_INITIAL_SIZE}
            >
              <BarChart data={rows} layout="vertical" margin={MARGIN} barCategoryGap={3}>
                <BreakdownSeries criteria={usedKey} language={language} />
                <RowLabels rows={rows} />
              </BarChart>
            </ResponsiveContainer>
          </NearView>
        </>
      )}
    </ChartFrame>
  );
}
