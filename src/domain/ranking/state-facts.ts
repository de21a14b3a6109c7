import type { StateIndicator } from '@/domain/types';
import { formatNumber } from '@/domain/format';
import { plural } from '@/domain/prose';

/**
 * Short phrase for the indicators of one kind (and sector) in one state, for StateStrength.why.
 * Details are not quoted: in the data they are whole sentences.
 */
export function indicatorFact(kind: string, sector: string | null, items: readonly StateIndicator[]): string {
  const n = items.length;
  const top = Math.max(...items.map((i) => i.value));
  const years = [...new Set(items.map((i) => i.year).filter((y): y is number => y !== null))].sort();
  const year = years.length > 0 ? ` (${years.join(', ')})` : '';
  const topText = formatNumber(top, 1);
  switch (kind) {
    case 'aerospace-hub':
      return `${sector ?? 'aerospace'} hub`;
    case 'automotive-light-vehicles':
      return 'light-vehicle production';
    case 'automotive-heavy-vehicles':
      return 'heavy-vehicle production';
    case 'automotive-rd-centre':
      return 'top location for automotive R&D centres';
    case 'aerospace-rd-centre':
      return n > 1 ? `${n} aerospace R&D centres` : 'an aerospace R&D centre';
    case 'vehicle-plants':
      return top > 1 ? `${topText} vehicle plants` : 'vehicle plants';
    case 'renewable-projects':
      return n > 1
        ? `top location for ${n} kinds of renewable-energy project`
        : 'top location for renewable-energy projects';
    case 'sector-predominance':
      return `${sector ?? 'a sector'} among its predominant sectors${year}`;
    case 'singled-out':
      return sector ? `singled out for ${sector}` : 'singled out in the sources';
    case 'state-cluster-policy':
      return 'a state cluster policy';
    case 'state-cluster-directory':
      return 'a state cluster directory';
    case 'state-strategic-sector':
      return `${sector ?? 'a sector'} named a strategic sector by the state`;
    case 'esca-certified-clusters':
      return plural(top, 'ESCA-certified cluster');
    case 'gdp-share':
      return `${topText}% of Mexico's GDP`;
    case 'oem-presence':
      return `${topText} vehicle makers (OEMs)`;
    case 'organised-clusters':
      return plural(top, `formally organised ${sector ? `${sector} ` : ''}cluster`);
    default:
      return humanKind(kind, sector, top);
  }
}

/** 'aerospace-firms' → '110 aerospace firms'; 'ict-cluster-location' → 'ICT cluster location'. */
function humanKind(kind: string, sector: string | null, top: number): string {
  const words = kind.split('-');
  const sectorWord = sector?.split(' ')[0] ?? '';
  const leadsWithSector = sectorWord !== '' && words[0] === sectorWord.toLowerCase();
  if (leadsWithSector) words[0] = sectorWord;
  const text = words.join(' ');
  if (/(firms|jobs|companies|projects)$/.test(kind)) return top > 1 ? `${formatNumber(top, 1)} ${text}` : text;
  return sector && !leadsWithSector ? `${text} (${sector})` : text;
}
