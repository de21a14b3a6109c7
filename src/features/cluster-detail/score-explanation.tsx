import { formatPoints } from '@/domain/format';
import { ScoreBar } from '@/components/score-bar';
import type { Match } from '@/domain/ranking/types';
import { missedPoints, scoreRows } from '@/features/cluster-detail/cluster-detail-model';
import { DetailSection } from '@/features/cluster-detail/detail-parts';

/** The full score, criterion by criterion: score, weight, points and the reason in words. */
export function ScoreExplanation({ match, filteredOut }: { match: Match | null; filteredOut: boolean }) {
  if (!match) return null;
  const rows = scoreRows(match);
  const missed = missedPoints(match);
  return (
    <DetailSection title="Why this score">
      <p className="text-sm">
        <span className="text-lg font-bold">{formatPoints(match.total)}</span> of 100
        {filteredOut ? ' — hidden by the current filters, scored without them' : `, rank ${match.rank}`}
      </p>
      <ScoreBar criteria={match.criteria} total={match.total} className="my-1" />
      <table className="w-full text-left text-xs">
        <caption className="sr-only">Score explanation by criterion</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-0.5 pr-1">
              Criterion
            </th>
            <th scope="col" className="pr-1 text-right">
              Score
            </th>
            <th scope="col" className="pr-1 text-right">
              Weight
            </th>
            <th scope="col" className="pr-1 text-right">
              Points
            </th>
            <th scope="col">Reason</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className={`border-b border-slate-100 align-top ${r.used ? '' : 'text-slate-600'}`}>
              <th scope="row" className="py-0.5 pr-1 font-medium">
                {r.name}
              </th>
              <td className="pr-1 text-right tabular-nums">{r.score}</td>
              <td className="pr-1 text-right tabular-nums">{r.used ? r.weight : 'not used'}</td>
              <td className="pr-1 text-right tabular-nums">{r.points}</td>
              <td>{r.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {missed.length > 0 && (
        <p className="mt-1 text-xs text-slate-800">
          <span className="font-semibold">Points not earned: </span>
          {missed.map((m) => `${m.name} ${m.points}`).join(' · ')}
        </p>
      )}
    </DetailSection>
  );
}
