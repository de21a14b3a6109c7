// @vitest-environment node
// Provenance and time honesty on the real dataset: which values are ours, and what a policy's
// status is at an as-of date given its own years and the edition that described it.
import { describe, expect, it } from 'vitest';
import { parseDataset } from '@/data/parse-dataset';
import { policyStatusAt } from '@/domain/policy-status';
import { clusterFactProvenance, clusterProvenanceNotes } from '@/domain/provenance';
import { buildIndex } from '@/domain/ranking/build-index';
import { relevantPolicies } from '@/features/policies/policy-model';
import { readPublicDataset } from '../fixtures/public-data';

const { dataset } = parseDataset(readPublicDataset());
const policy = (id: string) => dataset.policies.find((p) => p.id === id)!;
const cluster = (id: string) => dataset.clusters.find((c) => c.id === id)!;

describe('policy status at the as-of date', () => {
  it.each([
    ['pro-aereo-2012-2020', '2019-03-01', 'in-force', 'described as in force in the 2019 briefing'],
    ['pro-aereo-2012-2020', '2026-01-10', 'ended', 'Period ended 2020; described as in force in the 2019 briefing'],
    [
      'nuevo-leon-state-development-plan-2016-2021',
      '2026-01-10',
      'ended',
      'Period ended 2021; described as in force in the 2020 factsheet',
    ],
    [
      'nuevo-leon-cluster-policy',
      '2026-01-10',
      'reported',
      'Period runs to 2030; described as in force in the 2020 factsheet',
    ],
    ['nafta', '2026-01-10', 'reported', 'described as in force in the 2019 briefing'],
    [
      'national-development-plan-2019-2024',
      '2016-12-01',
      'not-started',
      'Starts in 2019, after your as-of date; described as in force in the 2020 factsheet',
    ],
    ['lspee', '2026-01-10', 'unknown', 'the 2016 briefing does not say whether it is in force'],
    ['promexico', '2026-01-10', 'discontinued', 'described as discontinued in the 2019 briefing'],
  ] as const)('%s as of %s: %s', (id, asOf, status, note) => {
    expect(policyStatusAt(policy(id), asOf)).toMatchObject({ status, note });
  });

  it('says when "in force" is our reading, not a source’s', () => {
    const judged = policyStatusAt(policy('telecommunications-reform-2013'), '2026-01-10');
    expect(judged.note).toBe('described as in force in the 2019 briefing');
    expect(judged.inferred).toMatch(/enacted \(2013\); that it is in force is our reading/);
  });

  it('never shows "in force" past the edition year for a status a source gave earlier', () => {
    for (const p of dataset.policies) expect(policyStatusAt(p, '2026-01-10').status, p.id).not.toBe('in-force');
  });
});

describe('cluster provenance (what the CSV notes column reads)', () => {
  it('marks CTYL’s state as inferred and our taxonomy and map position as ours', () => {
    const notes = clusterProvenanceNotes(dataset.meta, cluster('ctyl'));
    expect(notes[0]).toMatch(/^State: inferred by us: .*acronym/);
    expect(notes).toContain('Related sectors: related sector, our taxonomy');
    expect(notes).toContain('Map position: map position, our approximate placement (not from the sources)');
  });

  it('cites the edition and table of a sourced fact', () => {
    expect(clusterFactProvenance(dataset.meta, cluster('claut'), 'state')).toBe(
      'stated in the 2019 briefing, Table 6 – Formally organised clusters by state',
    );
  });

  it('marks every value the data notes call a doubt: CTYL’s state and the cities read from names', () => {
    const inferred = dataset.clusters.filter((c) => c.inferred).map((c) => c.id);
    expect(inferred).toContain('ctyl');
    expect(dataset.clusters.filter((c) => c.city && c.id !== 'cleantech-cluster-mexico').every((c) => c.inferred)).toBe(
      true,
    );
    expect(dataset.eu.events.find((e) => e.id === 'cegistam-bilbao-presentation-2017')?.inferred?.[0]?.field).toBe(
      'organiser',
    );
  });
});

describe('policies tied to the chosen sectors', () => {
  it('keeps the Cosmetics4Wellbeing trip out of an aerospace list, counted with the others', () => {
    const groups = relevantPolicies(buildIndex(dataset), dataset, {
      sectorIds: ['aerospace'],
      topStates: ['QUE'],
      asOf: '2026-01-10',
    });
    const events = groups.find((g) => g.id === 'events')!;
    expect(events.items.map((i) => i.key)).not.toContain('event:cosmetics4wellbeing-benchmarking-trip-2019');
    expect(events.others.map((i) => i.key)).toContain('event:cosmetics4wellbeing-benchmarking-trip-2019');
    expect(events.items.map((i) => i.key)).toContain('event:eacp-abroad-mission-2017');
  });
});
