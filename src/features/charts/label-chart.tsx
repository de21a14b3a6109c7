import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { DataTable, type Column } from '@/components/data-table';
import { ChartFrame } from '@/features/charts/chart-frame';
import { NearView } from '@/features/charts/near-view';
import { labelSummary, type LabelRow, type LabelSeries } from '@/features/charts/label-series';
import { AXIS_TICK, CHART_INITIAL_SIZE, GRID_STROKE, VALIDITY_COLORS } from '@/features/charts/chart-style';
import { ColorKey } from '@/features/charts/color-key';
import { useAppStore } from '@/stores/app-store';

const PARTS = ['valid', 'expired', 'undated'] as const;
type Part = (typeof PARTS)[number];

interface LabelChartProps {
  series: LabelSeries;
  asOf: string;
  /** '23 Nov 2026' */
  asOfText: string;
}

// Stable props: recharts 3 re-dispatches a prop that is a new object per render (see score-breakdown-chart).
const MARGIN = { top: 4, right: 4, bottom: 4, left: 0 };

/** Memoised on the parts drawn and the date, so a new ranking changes only the data: see score-breakdown-chart. */
// `language` is a memo key only: the part names follow a language switch.
const LabelBarSeries = memo(function LabelBarSeries(props: { parts: string; asOfText: string; language: string }) {
  const { parts, asOfText } = props;
  // Every part has its bar, hidden when empty, so the stack order never depends on which came first.
  const drawn = new Set(parts.split(','));
  const labels = usePartLabels(asOfText);
  return (
    <>
      <CartesianGrid vertical={false} stroke={GRID_STROKE} />
      <XAxis dataKey="name" tick={AXIS_TICK} />
      <YAxis allowDecimals={false} tick={AXIS_TICK} width={32} />
      <Tooltip />
      {PARTS.map((key) => (
        <Bar
          hide={!drawn.has(key)}
          key={key}
          dataKey={key}
          name={labels[key]}
          stackId="labels"
          fill={VALIDITY_COLORS[key]}
          isAnimationActive={false}
        />
      ))}
    </>
  );
});

function usePartLabels(asOfText: string): Record<Part, string> {
  const { t } = useTranslation('charts');
  return {
    valid: t('labels.validOn', { date: asOfText }),
    expired: t('labels.expiredOn', { date: asOfText }),
    undated: t('labels.undated'),
  };
}

export function LabelChart({ series, asOf, asOfText }: LabelChartProps) {
  const { t } = useTranslation('charts');
  const partLabels = usePartLabels(asOfText);
  const language = useAppStore((s) => s.language);
  // Undated labels are rare: show that part only when the data has one.
  const parts = PARTS.filter((key) => key !== 'undated' || series.rows.some((r) => r.undated > 0));
  const named = parts.map((key) => ({ key, label: partLabels[key] }));
  const columns: Column<LabelRow>[] = [
    { header: t('labels.level'), cell: (r) => r.name },
    ...named.map((p): Column<LabelRow> => ({ header: p.label, cell: (r) => r[p.key], numeric: true })),
    { header: t('labels.total'), cell: (r) => r.valid + r.expired + r.undated, numeric: true },
  ];
  return (
    <ChartFrame
      title={t('labels.title')}
      summary={labelSummary(series, asOf)}
      table={
        <DataTable
          caption={t('labels.caption', { date: asOfText })}
          columns={columns}
          rows={series.rows}
          rowKey={(r) => r.level}
        />
      }
    >
      {series.labelled > 0 && (
        <>
          <ColorKey items={named.map((p) => ({ label: p.label, color: VALIDITY_COLORS[p.key] }))} />
          <NearView>
            <ResponsiveContainer width="100%" height={200} initialDimension={CHART_INITIAL_SIZE}>
              <BarChart data={series.rows} margin={MARGIN}>
                <LabelBarSeries parts={parts.join()} asOfText={asOfText} language={language} />
              </BarChart>
            </ResponsiveContainer>
          </NearView>
        </>
      )}
    </ChartFrame>
  );
}
