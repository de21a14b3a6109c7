// @vitest-environment node
// "What would move it up" claims a rank and a total for each change; here every claim is checked
// by making the change for real (in the raw data files or the profile) and ranking again.
import { describe, expect, it } from 'vitest';
import { parseDataset, type RawDataset } from '@/data/parse-dataset';
import { WEIGHT_PRESETS, defaultProfile, type Profile } from '@/domain/profile';
import { buildIndex } from '@/domain/ranking/build-index';
import { isProfileChange, rankChanges, type RankChange } from '@/domain/ranking/counterfactual';
import { moveUpLines } from '@/domain/ranking/move-up-text';
import { rankAll } from '@/domain/ranking/rank';
import { readPublicDataset } from '../fixtures/public-data';

const raw = readPublicDataset();
const index = buildIndex(parseDataset(raw).dataset);
const options = (preset: number) => ({ weights: WEIGHT_PRESETS[preset]!.weights, expiredLabelFactor: 0.5 });

/** The raw files with one cluster record edited, as if the sources said so. */
function rawWith(clusterId: string, edit: (record: Record<string, unknown>) => void): RawDataset {
  const copy = structuredClone(raw);
  const records = copy['clusters.json'] as Record<string, unknown>[];
  const record = records.find((r) => r.id === clusterId);
  if (!record) throw new Error(clusterId);
  edit(record);
  return copy;
}

function reRank(change: RankChange, clusterId: string, profile: Profile, preset: number) {
  let idx = index;
  let p = profile;
  if (change.kind === 'label')
    idx = buildIndex(
      parseDataset(
        rawWith(clusterId, (r) =>
          (r.labels as unknown[]).push({
            level: change.level,
            validUntil: '2099-12-31',
            edition: 'briefing-2019',
            source: { doc: 'briefing-2019', section: 'test' },
          }),
        ),
      ).dataset,
    );
  if (change.kind === 'eccp') idx = buildIndex(parseDataset(rawWith(clusterId, (r) => (r.eccpMember = true))).dataset);
  if (change.kind === 'preferred-state')
    p = { ...profile, preferredStates: [...profile.preferredStates, change.state] };
  if (change.kind === 'sector') p = { ...profile, sectors: [...profile.sectors, change.sectorId] };
  return rankAll(p, idx, options(preset)).byId(clusterId);
}

const PROFILES: [string, Profile, number][] = [
  ['aerospace, Balanced', { ...defaultProfile('2026-01-01'), sectors: ['aerospace'] }, 0],
  [
    'renewable energy, 3 interests, Quality first',
    {
      ...defaultProfile('2026-01-01'),
      sectors: ['renewable-energy'],
      interests: ['rd-innovation', 'supply-chain', 'market-access'],
    },
    1,
  ],
  [
    'ICT, preferred Jalisco, Sector specialists',
    { ...defaultProfile('2019-03-01'), sectors: ['ict'], preferredStates: ['JAL'] },
    2,
  ],
];

describe('what would move it up', () => {
  it.each(PROFILES)('%s: every claimed change gives the rank and total it claims', (_, profile, preset) => {
    const ranking = rankAll(profile, index, options(preset));
    let checked = 0;
    for (const match of ranking.all.slice(1, 25)) {
      const changes = rankChanges(ranking, match.cluster.id);
      for (const change of changes) {
        const moved = reRank(change, match.cluster.id, profile, preset);
        expect([change.kind, moved?.rank, moved?.total]).toEqual([change.kind, change.rank, change.total]);
        expect(change.rank).toBeLessThan(match.rank);
        expect(change.points).toBeCloseTo(change.total - match.total, 5);
        checked++;
      }
      const own = changes.filter((c) => !isProfileChange(c)).map((c) => c.points);
      expect(own).toEqual([...own].sort((a, b) => a - b));
      const firstProfile = changes.findIndex(isProfileChange);
      if (firstProfile >= 0) expect(changes.slice(firstProfile).every(isProfileChange)).toBe(true);
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('offers the lowest label level that moves it up', () => {
    const profile = { ...defaultProfile('2026-01-01'), sectors: ['aerospace'] };
    const ranking = rankAll(profile, index, options(0));
    for (const match of ranking.all.slice(1, 8)) {
      const label = rankChanges(ranking, match.cluster.id).find((c) => c.kind === 'label');
      if (label?.kind !== 'label') continue;
      const lower = { bronze: null, silver: 'bronze', gold: 'silver' }[label.level];
      if (!lower) continue;
      const current = match.criteria.find((c) => c.id === 'label')?.score ?? 0;
      const lowerScore = { bronze: 0.5, silver: 0.75 }[lower as 'bronze' | 'silver'];
      if (lowerScore <= current) continue;
      const moved = reRank({ ...label, level: lower as 'bronze' | 'silver' }, match.cluster.id, profile, 0);
      expect(moved!.rank).toBeGreaterThanOrEqual(match.rank);
    }
  });

  it('says so at rank 1 and words the changes for a user', () => {
    const profile = { ...defaultProfile('2026-01-01'), sectors: ['aerospace'] };
    const ranking = rankAll(profile, index, options(0));
    expect(moveUpLines(ranking, ranking.all[0]!.cluster.id)).toEqual(['Already ranked first.']);
    const lines = ranking.all.slice(1, 6).flatMap((m) => moveUpLines(ranking, m.cluster.id));
    expect(
      lines.some((l) => /^A valid (Bronze|Silver|Gold) ESCA label would add [\d.]+ points: rank \d+$/.test(l)),
    ).toBe(true);
    // A cluster outside the sector moves only when its sector is chosen too.
    const outside = ranking.byId('claut')!;
    expect(outside.sectorFit).toBe(0);
    expect(rankChanges(ranking, 'claut').map((c) => c.kind)).toEqual(['sector']);
    expect(moveUpLines(ranking, 'claut')[0]).toMatch(
      /^With automotive among your sectors it would rank \d+ \(score [\d.]+\)$/,
    );
  });
});
