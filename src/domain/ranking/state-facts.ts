import type { StateIndicator } from '@/domain/types';
import { formatNumber } from '@/domain/format';
import { activeLocale, tr } from '@/i18n/i18n';

/** '12 formally organised clusters' ('… aerospace clusters' with a sector); also a fact of state-strength.ts. */
export function organisedClustersFact(value: number, sector: string | null = null): string {
  const n = formatNumber(value);
  return sector
    ? tr('ranking:facts.organisedSector', { count: value, n, sector })
    : tr('ranking:facts.organised', { count: value, n });
}

/**
 * Short phrase for the indicators of one kind (and sector) in one state, for StateStrength.why.
 * Details are not quoted: in the data they are whole sentences.
 */
export function indicatorFact(kind: string, sector: string | null, items: readonly StateIndicator[]): string {
  const entries = items.length;
  const top = Math.max(...items.map((i) => i.value));
  const n = formatNumber(entries, 0);
  const topText = formatNumber(top, 1);
  switch (kind) {
    case 'aerospace-hub':
      return tr('ranking:facts.hub', { sector: sector ?? tr('ranking:facts.aerospace') });
    case 'automotive-light-vehicles':
      return tr('ranking:facts.lightVehicles');
    case 'automotive-heavy-vehicles':
      return tr('ranking:facts.heavyVehicles');
    case 'automotive-rd-centre':
      return tr('ranking:facts.automotiveRd');
    case 'aerospace-rd-centre':
      return tr('ranking:facts.aerospaceRd', { count: entries, n });
    case 'vehicle-plants':
      return top > 1 ? tr('ranking:facts.vehiclePlantsCount', { n: topText }) : tr('ranking:facts.vehiclePlants');
    case 'renewable-projects':
      return tr('ranking:facts.renewable', { count: entries, n });
    // The year is the edition's, named after the fact (strength-sentence.ts).
    case 'sector-predominance':
      return tr('ranking:facts.predominant', { sector: sector ?? tr('ranking:facts.aSector') });
    case 'singled-out':
      return sector ? tr('ranking:facts.singledOutFor', { sector }) : tr('ranking:facts.singledOut');
    case 'state-cluster-policy':
      return tr('ranking:facts.statePolicy');
    case 'state-cluster-directory':
      return tr('ranking:facts.stateDirectory');
    case 'state-strategic-sector':
      return tr('ranking:facts.strategic', { sector: sector ?? tr('ranking:facts.aSector') });
    case 'esca-certified-clusters':
      return tr('ranking:facts.escaCertified', { count: top, n: formatNumber(top) });
    case 'gdp-share':
      return tr('ranking:facts.gdpShare', { value: topText });
    case 'oem-presence':
      return tr('ranking:facts.oems', { value: topText });
    case 'organised-clusters':
      return organisedClustersFact(top, sector);
    // Kinds whose English reads from the id ('110 aerospace firms'), worded for every language.
    case 'aerospace-firms':
      return top > 1 ? tr('ranking:facts.aerospaceFirmsCount', { n: topText }) : tr('ranking:facts.aerospaceFirms');
    case 'aerospace-direct-jobs':
      return top > 1 ? tr('ranking:facts.aerospaceJobsCount', { n: topText }) : tr('ranking:facts.aerospaceJobs');
    case 'automotive-cluster-location':
      return tr('ranking:facts.automotiveClusterLocation');
    case 'ict-cluster-location':
      return tr('ranking:facts.ictClusterLocation');
    case 'aerospace-university':
      return tr('provenance:facts.aerospaceUniversity');
    case 'biotech-location':
      return tr('ranking:facts.biotechLocation');
    default:
      return otherKind(kind, sector, top);
  }
}

// A kind new to the code: kind ids are English words, so English reads the id as a phrase and other
// languages name it generically rather than show English words.
function otherKind(kind: string, sector: string | null, top: number): string {
  if (activeLocale() !== 'en') return sector ? tr('ranking:facts.otherSector', { sector }) : tr('ranking:facts.other');
  return humanKind(kind, sector, top);
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
