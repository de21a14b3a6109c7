import { termProse } from '@/domain/vocabulary';
// Matches and state strength by state, for the state chart, its table and its summary.
import { formatNumber } from '@/domain/format';
import type { Match, StateStrength } from '@/domain/ranking/types';
import type { MexicanState, Sector } from '@/domain/types';
import { tr } from '@/i18n/i18n';

export interface StateRow {
  code: string;
  name: string;
  matches: number;
  /** 0..100, null when no sector is chosen */
  strength: number | null;
}

export interface StateSeries {
  rows: StateRow[];
  /** Counted matches whose state the sources do not name */
  unstated: number;
  /** Whether `matches` counts only clusters in the chosen (or a related) sector */
  sectorOnly: boolean;
}

/**
 * With a sector chosen, a "match" here is a cluster in that sector or a related one (sector fit > 0):
 * counting every cluster would just redraw where clusters exist, whatever their sector.
 */
export function stateSeries(
  matches: readonly Match[],
  strengths: readonly StateStrength[],
  states: ReadonlyArray<Pick<MexicanState, 'code' | 'name'>>,
  sectorChosen: boolean,
): StateSeries {
  const counts = new Map<string, number>();
  let unstated = 0;
  for (const m of matches) {
    if (sectorChosen && m.sectorFit === 0) continue;
    if (m.cluster.state === null) unstated++;
    else counts.set(m.cluster.state, (counts.get(m.cluster.state) ?? 0) + 1);
  }
  const strengthOf = new Map(strengths.map((s) => [s.code, Math.round(s.index * 100)]));
  const rows: StateRow[] = [];
  for (const st of states) {
    const count = counts.get(st.code) ?? 0;
    const strength = sectorChosen ? (strengthOf.get(st.code) ?? 0) : null;
    if (count > 0 || (strength ?? 0) > 0) rows.push({ code: st.code, name: st.name, matches: count, strength });
  }
  rows.sort(
    (a, b) => b.matches - a.matches || (b.strength ?? 0) - (a.strength ?? 0) || a.name.localeCompare(b.name, 'es'),
  );
  return { rows, unstated, sectorOnly: sectorChosen };
}

export function stateSummary(series: StateSeries, sectorProse: string | null): string {
  const first = series.rows[0];
  if (!first || (first.matches === 0 && first.strength === null)) return tr('charts:states.empty');
  const parts: string[] = [];
  if (first.matches > 0)
    parts.push(tr('charts:states.summary.most', { name: first.name, n: formatNumber(first.matches, 0) }));
  let strongest: StateRow | null = null;
  for (const r of series.rows)
    if (r.strength !== null && (strongest === null || r.strength > (strongest.strength ?? 0))) strongest = r;
  if (sectorProse && strongest && (strongest.strength ?? 0) > 0)
    parts.push(
      tr('charts:states.summary.strongest', {
        sector: sectorProse,
        name: strongest.name,
        strength: formatNumber(strongest.strength ?? 0, 0),
      }),
    );
  const sentences = [parts.join('; ')];
  if (!sectorProse) sentences.push(tr('charts:states.summary.pickSector'));
  if (series.unstated > 0)
    sentences.push(tr('charts:states.summary.unstated', { n: formatNumber(series.unstated, 0) }));
  return `${sentences.join('. ')}.`;
}

export function sectorProseName(sectors: readonly Sector[], id: string | null): string | null {
  if (!id) return null;
  const s = sectors.find((x) => x.id === id);
  return s ? termProse(s) : id;
}
