import { useTranslation } from 'react-i18next';
import type { StateArea } from '@/features/map/state-map-model';
import { levelName } from '@/features/map/state-map-text';

/** The map's text alternative: every state with its level and the facts behind it, strongest first. */
export function StateTable({ areas }: { areas: readonly StateArea[] }) {
  const { t } = useTranslation('stateMap');
  const rows = [...areas].sort((a, b) => b.index - a.index || a.name.localeCompare(b.name));
  return (
    <details>
      <summary className="cursor-pointer font-semibold text-brand-700">{t('table.summary')}</summary>
      <table className="mt-1 w-full border-collapse text-left">
        <caption className="sr-only">{t('table.caption')}</caption>
        <thead>
          <tr className="border-b border-slate-400">
            <th scope="col" className="pr-2">
              {t('table.state')}
            </th>
            <th scope="col" className="pr-2">
              {t('table.strength')}
            </th>
            <th scope="col">{t('table.facts')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((area) => (
            <tr key={area.code} className="border-b border-slate-200 align-top">
              <th scope="row" className="pr-2 font-medium">
                {area.name}
              </th>
              <td className="pr-2 whitespace-nowrap">{levelName(area.level)}</td>
              <td>{area.why}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
