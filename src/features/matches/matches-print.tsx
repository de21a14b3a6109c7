import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPoints, notStated } from '@/domain/format';
import { toMatchRows } from '@/features/matches/matches-model';
import { useDatasetIndex } from '@/hooks/use-loaded-dataset';
import { useRanking } from '@/hooks/use-ranking';

/** How many matches the printed summary lists (and numbers on its map). */
export const PRINTED_MATCHES = 10;

/** The top matches as a table for paper: rank, name, state, score and the reasons, nothing overlapping. */
export function MatchesPrint() {
  const { t } = useTranslation('layout');
  const index = useDatasetIndex();
  const matches = useRanking();
  const rows = useMemo(() => toMatchRows(matches.slice(0, PRINTED_MATCHES), index), [matches, index]);
  if (rows.length === 0) return <p className="text-sm">{t('layout:print.noMatches')}</p>;
  return (
    <table className="w-full border-collapse text-left text-xs">
      <thead>
        <tr className="border-b-2 border-slate-700">
          <Th className="pr-2 text-right">{t('layout:print.matches.rank')}</Th>
          <Th className="pr-2">{t('layout:print.matches.cluster')}</Th>
          <Th className="pr-2 text-right">{t('layout:print.matches.score')}</Th>
          <Th>{t('layout:print.matches.reasons')}</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} className="break-inside-avoid border-b border-slate-300 align-top">
            <td className="py-0.5 pr-2 text-right font-bold tabular-nums">{row.rank}</td>
            <td className="w-2/5 py-0.5 pr-2 wrap-anywhere">
              <span className="font-semibold">{row.name}</span>
              <br />
              {row.stateName ?? notStated()}
            </td>
            <td className="py-0.5 pr-2 text-right font-bold whitespace-nowrap tabular-nums">
              {formatPoints(row.total)} / 100
            </td>
            <td className="py-0.5 wrap-anywhere">{row.reasons.join('; ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Th({ className = '', children }: { className?: string; children: ReactNode }) {
  return (
    <th scope="col" className={`py-0.5 ${className}`}>
      {children}
    </th>
  );
}
