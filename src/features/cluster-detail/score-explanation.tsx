import { useTranslation } from 'react-i18next';
import { formatPoints } from '@/domain/format';
import { ScoreBar } from '@/components/score-bar';
import type { Match } from '@/domain/ranking/types';
import { missedPoints, scoreRows } from '@/features/cluster-detail/cluster-detail-model';
import { DetailSection, ProvenanceMark } from '@/features/cluster-detail/detail-parts';
import type { DatasetMeta } from '@/domain/types';

/** The full score, criterion by criterion: score, weight, points and the reason in words. */
export function ScoreExplanation({
  match,
  filteredOut,
  meta,
}: {
  match: Match | null;
  filteredOut: boolean;
  meta: DatasetMeta;
}) {
  const { t } = useTranslation('detail');
  useTranslation('provenance');
  if (!match) return null;
  const rows = scoreRows(match, meta);
  const missed = missedPoints(match);
  return (
    <DetailSection title={t('score.title')}>
      <p className="text-sm">
        <span className="text-lg font-bold">{formatPoints(match.total)}</span>{' '}
        {filteredOut ? t('score.filteredOut') : t('score.ofRank', { rank: match.rank })}
      </p>
      <ScoreBar criteria={match.criteria} total={match.total} className="my-1" />
      <table className="w-full text-left text-xs">
        <caption className="sr-only">{t('score.caption')}</caption>
        <thead>
          <tr className="border-b border-slate-300">
            {[t('score.criterion'), t('score.score'), t('score.weight'), t('score.points')].map((label, i) => (
              <th key={label} scope="col" className={i === 0 ? 'py-0.5 pr-1' : 'pr-1 text-right whitespace-nowrap'}>
                {label}
              </th>
            ))}
            <th scope="col">{t('score.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className={`border-b border-slate-100 align-top ${r.used ? '' : 'text-slate-600'}`}>
              <th scope="row" className="min-w-[5.5rem] py-0.5 pr-1 font-medium">
                {r.name}
              </th>
              <td className="pr-1 text-right whitespace-nowrap tabular-nums">{r.score}</td>
              <td className="pr-1 text-right whitespace-nowrap tabular-nums">
                {r.used ? r.weight : t('score.notUsed')}
              </td>
              <td className="pr-1 text-right whitespace-nowrap tabular-nums">{r.points}</td>
              <td>
                {r.reason}
                {r.provenance && (
                  <>
                    <br />
                    <ProvenanceMark source={r.provenance} />
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {missed.length > 0 && (
        <p className="mt-1 text-xs text-slate-800">
          <span className="font-semibold">{t('score.missed')} </span>
          {missed.map((m) => `${m.name} ${m.points}`).join(' · ')}
        </p>
      )}
    </DetailSection>
  );
}
