import { usePlotArea, useXAxisScale } from 'recharts';
import { COLOR } from '@/components/theme';
import { formatPoints } from '@/domain/format';
import { CRITERIA } from '@/domain/profile';
import type { BreakdownRow } from '@/features/charts/chart-model';
import { AXIS_TICK } from '@/features/charts/chart-style';

// The geometry of recharts' own category axis and bar labels, so the picture is unchanged: its
// axis stroke, 6 px tick marks, 2 px tick margin, 5 px label gap and <Text>'s vertical centring.
const AXIS_STROKE = COLOR['chart-axis'];
const TICK = 6;
const TICK_MARGIN = 2;
const NAME_DY = 4;
const GAP = 5;
const MIDDLE = '0.355em';

/** The room the names take left of the bars (the width a category axis would reserve). */
export const NAME_WIDTH = 140;

/**
 * The breakdown chart's row names (left of the bars, one line each: names are already truncated)
 * and each row's total, written just after its stack. Drawn here instead of by a recharts YAxis
 * and six LabelLists: those built ~40 Label/Text trees and remounted every tick per change, and
 * the axis then reported its new ticks to the store, which redrew every bar a second time. Rows
 * are evenly spaced bands of the plot area (a category axis without padding), as the bars are.
 */
export function RowLabels({ rows }: { rows: readonly BreakdownRow[] }) {
  const area = usePlotArea();
  const x = useXAxisScale();
  if (!area || !x || rows.length === 0) return null;
  const band = area.height / rows.length;
  const axisX = area.x;
  return (
    <g className="row-labels" fontSize={AXIS_TICK.fontSize}>
      <line x1={axisX} y1={area.y} x2={axisX} y2={area.y + area.height} stroke={AXIS_STROKE} />
      {rows.map((r, i) => {
        const y = area.y + band * (i + 0.5);
        // The stack ends at the sum of the drawn (rounded) segments, not at the unrounded total.
        const end = Number(x(CRITERIA.reduce((sum, id) => sum + r[id], 0)));
        return (
          <g key={r.rank}>
            <line x1={axisX - TICK} y1={y} x2={axisX} y2={y} stroke={AXIS_STROKE} />
            <text x={axisX - TICK - TICK_MARGIN} y={y} dy={NAME_DY} textAnchor="end" fill={AXIS_TICK.fill}>
              {r.shortName}
            </text>
            {r.end !== null && Number.isFinite(end) && (
              <text x={end + GAP} y={y} dy={MIDDLE} fill={AXIS_TICK.fill}>
                {formatPoints(r.total)}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
}
