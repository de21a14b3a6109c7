import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { policySchema } from '@/data/schemas/policies';
import { euSideSchema } from '@/data/schemas/eu';
import { metaSchema } from '@/data/schemas/meta';

const dataDir = join(process.cwd(), 'public', 'data');
const read = (file: string): unknown => JSON.parse(readFileSync(join(dataDir, file), 'utf8'));

const policies = z.array(policySchema).parse(read('policies.json'));
const eu = euSideSchema.parse(read('eu.json'));
const meta = metaSchema.parse(read('meta.json'));

const byId = <T extends { id: string }>(list: T[], id: string): T => {
  const found = list.find((x) => x.id === id);
  if (!found) throw new Error(`missing record ${id}`);
  return found;
};
const figure = (figures: Array<{ label: string; value: number | string }>, label: RegExp) =>
  figures.find((f) => label.test(f.label))?.value;

describe('policies.json, eu.json and meta.json', () => {
  it('validate against the committed schemas', () => {
    expect(policies.length).toBeGreaterThanOrEqual(40);
    expect(eu.euClusters.length).toBeGreaterThan(0);
    expect(meta.sources.map((s) => s.id).sort()).toEqual(
      ['briefing-2016', 'briefing-2019', 'factsheet-2020', 'paper-2017', 'paper-2019'].sort(),
    );
    expect(meta.version).toBe('1.0.0');
    expect(meta.compiledOn).toBe('2026-11-23');
  });

  it('keeps every row of the four per-sector EU cluster tables of the 2019 paper', () => {
    const citing = (table: string) =>
      eu.euClusters.filter((c) => c.sources.some((s) => s.doc === 'paper-2019' && s.section.startsWith(`${table} `)));
    expect(citing('Table 3')).toHaveLength(12); // automotive
    expect(citing('Table 4')).toHaveLength(9); // aerospace
    expect(citing('Table 5')).toHaveLength(12); // renewable energy
    expect(citing('Table 6')).toHaveLength(5); // ICT
    // ACstyria is in the automotive and aerospace tables and cooperates with Chihuahua: one record, relation both
    const acstyria = byId(eu.euClusters, 'acstyria');
    expect(acstyria.relation).toBe('both');
    expect(acstyria.sectors).toEqual(expect.arrayContaining(['automotive', 'aerospace']));
  });

  it('carries the ESCP-4i figures', () => {
    const geo = byId(eu.escp4i, 'geo-energy-europe');
    expect(geo.generation).toBe(2);
    expect(figure(geo.figures, /^EU clusters$/)).toBe(8);
    expect(figure(geo.figures, /^EU SMEs$/)).toBe(320);
    const sentinel = byId(eu.escp4i, 'sentinel');
    expect(figure(sentinel.figures, /^EU clusters$/)).toBe(4);
    expect(figure(sentinel.figures, /^EU SMEs$/)).toBe(582);
    expect(byId(eu.escp4i, 'reina-plus').members).toContain('basque-energy-cluster');
    const programme = byId(policies, 'escp-4i');
    expect(figure(programme.targets, /^ESCP-4i targeting Mexico/)).toBe(10);
    expect(figure(programme.targets, /^First-generation/)).toBe(8);
    expect(figure(programme.targets, /^Second-generation/)).toBe(2);
  });

  it('carries the October 2016 matchmaking event figures', () => {
    const seminar = byId(eu.events, 'eu-mexico-cluster-business-seminar-2016');
    expect(seminar.date).toBe('2016-10');
    expect(seminar.place).toBe('Mexico City');
    expect(figure(seminar.figures, /meetings/)).toBe(310);
    expect(figure(seminar.figures, /^Mexican/)).toBe(56);
    expect(figure(seminar.figures, /^European cluster organisations/)).toBe(14);
    expect(figure(seminar.figures, /^European SMEs/)).toBe(26);
    const lcba = byId(eu.events, 'lcba-business-meetings-2015-2017');
    expect(figure(lcba.figures, /^Mexican SMEs/)).toBe(344);
    expect(figure(lcba.figures, /^European SMEs/)).toBe(162);
  });

  it('marks ProMéxico as discontinued (briefing 2019)', () => {
    const promexico = byId(policies, 'promexico');
    expect(promexico.status).toBe('discontinued');
    expect(promexico.statusNote).toMatch(/2018/);
    expect(promexico.sources.some((s) => s.doc === 'briefing-2019')).toBe(true);
  });

  it('describes the Nuevo León state policy with its budget, period and maturity scores', () => {
    const nl = byId(policies, 'nuevo-leon-cluster-policy');
    expect(nl.level).toBe('state');
    expect(nl.states).toEqual(['NLE']);
    expect(nl.startYear).toBe(2015);
    expect(nl.endYear).toBe(2030);
    expect(nl.sources.every((s) => s.doc === 'factsheet-2020')).toBe(true);
    expect(figure(nl.targets, /^Overall budget$/)).toBe(1.42);
    expect(figure(nl.targets, /^Overall budget \(Mexican pesos\)$/)).toBe(30);
    expect(figure(nl.targets, /maturity: policy scope/)).toBe('2 of 2');
    expect(figure(nl.targets, /maturity: consistency/)).toBe('1 of 2');
    expect(figure(nl.targets, /maturity: evidence of performance/)).toBe('0 of 1');
    expect(figure(nl.targets, /maturity: instruments/)).toBe('2 of 2');
  });

  it('gives every record a source and keeps ids unique', () => {
    const groups: Array<[string, Array<{ id: string; sources: unknown[] }>]> = [
      ['policies', policies],
      ['euClusters', eu.euClusters],
      ['escp4i', eu.escp4i],
      ['events', eu.events],
      ['successStories', eu.successStories],
    ];
    for (const [name, list] of groups) {
      const ids = list.map((r) => r.id);
      expect(new Set(ids).size, `${name} ids unique`).toBe(ids.length);
      for (const r of list) expect(r.sources.length, `${name}/${r.id} has a source`).toBeGreaterThan(0);
    }
    for (const p of eu.pairs) expect(p.sources.length).toBeGreaterThan(0);
    const pairKeys = eu.pairs.map((p) => `${p.euClusterId}+${p.mexicanClusterId}`);
    expect(new Set(pairKeys).size).toBe(pairKeys.length);
  });

  it('references only EU clusters that exist in eu.json', () => {
    const euIds = new Set(eu.euClusters.map((c) => c.id));
    for (const e of eu.escp4i) for (const m of e.members) expect(euIds.has(m), `${e.id} -> ${m}`).toBe(true);
    for (const p of eu.pairs) expect(euIds.has(p.euClusterId), p.euClusterId).toBe(true);
    for (const s of eu.successStories)
      for (const m of s.euClusterIds) expect(euIds.has(m), `${s.id} -> ${m}`).toBe(true);
    // every pair is mirrored in the EU cluster's mexicanPartners
    for (const p of eu.pairs) expect(byId(eu.euClusters, p.euClusterId).mexicanPartners).toContain(p.mexicanClusterId);
  });
});
