import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { CRITERION_COLORS } from '@/components/criterion-colors';
import { CriterionLegend } from '@/components/criterion-legend';
import { formatPoints } from '@/domain/format';
import { criterionLabel } from '@/domain/profile';
import type { Match } from '@/domain/ranking/types';
import { DataTable, type Column } from '@/components/data-table';
import { ChartFrame } from '@/features/charts/chart-frame';
import { breakdownRows, breakdownSummary, usedCriteria, type BreakdownRow } from '@/features/charts/chart-model';
import { AXIS_TICK, CHART_INITIAL_SIZE, GRID_STROKE } from '@/features/charts/chart-style';
import { useAppStore } from '@/stores/app-store';

interface TickProps {
  x?: number;
  y?: number;
  payload?: { value?: string | number };
}

// recharts wraps category ticks onto two cramped lines; names are already truncated, so draw one line.
function NameTick({ x, y, payload }: TickProps) {
  return (
    <text x={x} y={y} dy={4} textAnchor="end" fill={AXIS_TICK.fill} fontSize={AXIS_TICK.fontSize}>
      {payload?.value}
    </text>
  );
}

export function ScoreBreakdownChart({ matches }: { matches: readonly Match[] }) {
  const { t } = useTranslation('charts');
  // Cluster names are written as the (mostly Spanish) sources write them.
  const nameLang = useAppStore((s) => (s.language === 'es' ? undefined : 'es'));
  const rows = useMemo(() => breakdownRows(matches), [matches]);
  const used = useMemo(() => usedCriteria(rows), [rows]);
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
          rowKey={(r) => r.id}
          empty={t('breakdown.empty')}
        />
      }
    >
      {rows.length > 0 && (
        <>
          <CriterionLegend criteria={used} />
          <ResponsiveContainer
            width="100%"
            height={Math.max(120, 24 * rows.length + 40)}
            initialDimension={CHART_INITIAL_SIZE}
          >
            {/* Keyed by the criteria drawn: recharts stacks bars in the order they registered, so a
                criterion that appears later would be stacked last until a remount. */}
            <BarChart
              key={used.join()}
              data={rows}
              layout="vertical"
              margin={{ top: 4, right: 36, bottom: 4, left: 4 }}
              barCategoryGap={3}
            >
              <CartesianGrid horizontal={false} stroke={GRID_STROKE} />
              <XAxis type="number" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tick={AXIS_TICK} />
              <YAxis type="category" dataKey="shortName" width={140} tick={<NameTick />} interval={0} />
              <Tooltip
                formatter={(value) => formatPoints(Number(value))}
                labelFormatter={(_, p) => p[0]?.payload?.name ?? ''}
              />
              {used.map((id) => (
                <Bar
                  key={id}
                  dataKey={id}
                  name={criterionLabel(id)}
                  stackId="score"
                  fill={CRITERION_COLORS[id]}
                  isAnimationActive={false}
                >
                  <LabelList
                    dataKey={(r: BreakdownRow) => (r.end === id ? formatPoints(r.total) : '')}
                    position="right"
                    fill={AXIS_TICK.fill}
                    fontSize={AXIS_TICK.fontSize}
                  />
                </Bar>
              ))}
            </BarChart>
          </ResponsiveContainer>
        </>
      )}
    </ChartFrame>
  );
}
