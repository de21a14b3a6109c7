import type { Profile, Weights } from '@/domain/profile';
import { normalizeText } from '@/domain/text';
import { dayNumber, isoDay } from '@/domain/dates';
import { sanitiseExpiredFactor } from '@/domain/labels';
import { ownSectorTables } from '@/domain/ranking/own-sector';
import { strengthTable } from '@/domain/ranking/state-strength';
import type { DatasetIndex, StrengthTable } from '@/domain/ranking/types';
import { sectorProseAt } from '@/domain/vocabulary';

/** Everything a ranking call derives from the profile once, before touching any cluster. */
export interface RankContext {
  index: DatasetIndex;
  asOf: string;
  asOfDay: string;
  /** asOf as yyyymmdd, for the typed-array label check */
  asOfNumber: number;
  expiredFactor: number;
  /** Effective weights: sliders sanitised; sector/interests set to 0 when the profile leaves them empty. */
  weights: Weights;
  totalWeight: number;
  sectorKeys: string[];
  sectorProse: string[];
  /** By sector slot: position in sectorKeys of the chosen sector it equals / is related to, else -1. */
  exactPos: Int32Array;
  relatedPos: Int32Array;
  tables: StrengthTable[];
  /** No sector chosen: by cluster position, the slot in `tables` of the cluster's own sector (own-sector.ts). */
  ownPos: Int32Array | null;
  preferred: Uint8Array;
  hasPreferred: boolean;
  wanted: Uint8Array;
  /** Chosen interests some cluster states; one nobody states would only lower every score. */
  wantedCount: number;
  /** Chosen interests, stated or not, so a reason can tell "none chosen" from "none stated". */
  chosenInterestCount: number;
  country: string | null;
  euClusterId: string | null;
  /** Reason strings shared by many clusters, filled lazily. */
  relatedReason: (string | undefined)[];
  stateReason: (string | undefined)[];
  interestReason: Map<number, string>;
}

function sanitise(weight: number): number {
  return Number.isFinite(weight) && weight > 0 ? weight : 0;
}

export function createContext(
  profile: Profile,
  index: DatasetIndex,
  weightsIn: Weights,
  expiredFactor: number,
): RankContext {
  const sectorKeys = [...new Set(profile.sectors)];
  const exactPos = new Int32Array(index.sectors.length).fill(-1);
  const relatedPos = new Int32Array(index.sectors.length).fill(-1);
  const sectorProse = sectorKeys.map((key, pos) => {
    const sid = index.sectorIndex.get(key);
    if (sid === undefined) return key;
    exactPos[sid] = pos;
    return sectorProseAt(index, sid);
  });
  sectorKeys.forEach((key, pos) => {
    const sid = index.sectorIndex.get(key);
    if (sid === undefined) return;
    for (const r of index.sectors[sid]?.related ?? []) if (relatedPos[r] === -1) relatedPos[r] = pos;
  });
  const own = sectorKeys.length > 0 ? null : ownSectorTables(index);
  const tables = own ? own.tables : sectorKeys.map((key) => strengthTable(index, key));
  const preferred = new Uint8Array(index.states.length);
  for (const code of profile.preferredStates) {
    const s = index.stateIndex.get(code);
    if (s !== undefined) preferred[s] = 1;
  }
  const wanted = new Uint8Array(index.interestTerms.length);
  const interestKeys = new Set(profile.interests);
  let wantedCount = 0;
  for (const key of interestKeys) {
    const i = index.interestIndex.get(key);
    if (i !== undefined && (index.interestClusters[i] as number) > 0) {
      wanted[i] = 1;
      wantedCount++;
    }
  }
  const weights: Weights = {
    sector: sectorKeys.length > 0 ? sanitise(weightsIn.sector) : 0,
    label: sanitise(weightsIn.label),
    eccp: sanitise(weightsIn.eccp),
    state: sanitise(weightsIn.state),
    interests: wantedCount > 0 ? sanitise(weightsIn.interests) : 0,
    links: sanitise(weightsIn.links),
  };
  const totalWeight = weights.sector + weights.label + weights.eccp + weights.state + weights.interests + weights.links;
  return {
    index,
    asOf: profile.asOf,
    asOfDay: isoDay(profile.asOf),
    asOfNumber: dayNumber(profile.asOf),
    expiredFactor: sanitiseExpiredFactor(expiredFactor),
    weights,
    totalWeight,
    sectorKeys,
    sectorProse,
    exactPos,
    relatedPos,
    tables,
    ownPos: own ? own.pos : null,
    preferred,
    hasPreferred: profile.preferredStates.length > 0,
    wanted,
    wantedCount,
    chosenInterestCount: interestKeys.size,
    country: profile.country ? normalizeText(profile.country) : null,
    euClusterId: profile.euClusterId,
    relatedReason: [],
    stateReason: [],
    interestReason: new Map(),
  };
}
