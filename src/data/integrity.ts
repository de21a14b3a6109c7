import type { Dataset, DatasetAnnex } from '@/domain/types';
import { annexLongNames, longNames } from '@/data/name-lengths';
import type { DataProblem } from '@/data/validate';
import { tr } from '@/i18n/i18n';

type RecordKind = 'sector' | 'interest' | 'euCluster' | 'mexicanCluster';
type Unknown = (id: string) => string;

// One message per kind of record (data:integrity.unknown.*), so each language can agree its words
// ('sector desconocido'); kept by the extractor's preservePatterns.
const unknown =
  (kind: RecordKind): Unknown =>
  (id) =>
    tr(`data:integrity.unknown.${kind}`, { id });
const UNKNOWN = {
  sector: unknown('sector'),
  interest: unknown('interest'),
  euCluster: unknown('euCluster'),
  mexicanCluster: unknown('mexicanCluster'),
};

function duplicates(ids: string[]): string[] {
  const seen = new Set<string>();
  const dupes = new Set<string>();
  for (const id of ids) (seen.has(id) ? dupes : seen).add(id);
  return [...dupes];
}

type Add = (file: string, path: string, message: string, recordId: string | null) => void;

function checkUnique(checks: Array<[string, string[]]>, add: Add): void {
  for (const [file, ids] of checks) {
    for (const id of duplicates(ids)) add(file, 'id', tr('data:integrity.duplicateId', { id }), id);
  }
}

function referenceChecker(add: Add) {
  return (file: string, recordId: string, path: string, id: string, known: Set<string>, unknown: Unknown) => {
    if (!known.has(id)) add(file, path, unknown(id), recordId);
  };
}

/** Cross-file checks of the first screen's files: unique ids, every referenced id exists, and no name is absurdly long. */
export function checkIntegrity(data: Dataset): DataProblem[] {
  const problems: DataProblem[] = [];
  const add: Add = (file, path, message, recordId) => problems.push({ file, path, message, recordId });

  const sectorIds = new Set(data.sectors.map((s) => s.id));
  const interestIds = new Set(data.interests.map((i) => i.id));
  const clusterIds = new Set(data.clusters.map((c) => c.id));
  const euIds = new Set(data.eu.euClusters.map((c) => c.id));
  const stateCodes = new Set<string>(data.states.map((s) => s.code));

  checkUnique(
    [
      ['sectors.json', data.sectors.map((s) => s.id)],
      ['interests.json', data.interests.map((i) => i.id)],
      ['states.json', data.states.map((s) => s.code)],
      ['clusters.json', data.clusters.map((c) => c.id)],
      ['eu.json', data.eu.euClusters.map((c) => c.id)],
      ['eu.json', data.eu.escp4i.map((c) => c.id)],
      ['eu.json', data.eu.events.map((c) => c.id)],
      ['eu.json', data.eu.successStories.map((c) => c.id)],
    ],
    add,
  );
  const ref = referenceChecker(add);

  data.sectors.forEach((s, i) =>
    s.related.forEach((r, j) => ref('sectors.json', s.id, `[${i}].related[${j}]`, r, sectorIds, UNKNOWN.sector)),
  );
  data.states.forEach((s, i) =>
    s.indicators.forEach((ind, j) => {
      if (ind.sector)
        ref('states.json', s.code, `[${i}].indicators[${j}].sector`, ind.sector, sectorIds, UNKNOWN.sector);
    }),
  );
  data.clusters.forEach((c, i) => {
    if (c.state && !stateCodes.has(c.state)) {
      add('clusters.json', `[${i}].state`, tr('data:integrity.unknownState', { code: c.state }), c.id);
    }
    c.sectors.forEach((s, j) => ref('clusters.json', c.id, `[${i}].sectors[${j}].id`, s.id, sectorIds, UNKNOWN.sector));
    c.focusAreas.forEach((f, j) =>
      ref('clusters.json', c.id, `[${i}].focusAreas[${j}]`, f, interestIds, UNKNOWN.interest),
    );
    c.euPartners.forEach((p, j) => {
      if (p.euClusterId)
        ref('clusters.json', c.id, `[${i}].euPartners[${j}].euClusterId`, p.euClusterId, euIds, UNKNOWN.euCluster);
    });
  });
  data.eu.euClusters.forEach((c, i) => {
    c.sectors.forEach((s, j) => ref('eu.json', c.id, `euClusters[${i}].sectors[${j}]`, s, sectorIds, UNKNOWN.sector));
    c.mexicanPartners.forEach((m, j) =>
      ref('eu.json', c.id, `euClusters[${i}].mexicanPartners[${j}]`, m, clusterIds, UNKNOWN.mexicanCluster),
    );
  });
  data.eu.escp4i.forEach((e, i) => {
    e.sectors.forEach((s, j) => ref('eu.json', e.id, `escp4i[${i}].sectors[${j}]`, s, sectorIds, UNKNOWN.sector));
    e.members.forEach((m, j) => ref('eu.json', e.id, `escp4i[${i}].members[${j}]`, m, euIds, UNKNOWN.euCluster));
  });
  data.eu.pairs.forEach((p, i) => {
    const id = `${p.euClusterId}+${p.mexicanClusterId}`;
    ref('eu.json', id, `pairs[${i}].euClusterId`, p.euClusterId, euIds, UNKNOWN.euCluster);
    ref('eu.json', id, `pairs[${i}].mexicanClusterId`, p.mexicanClusterId, clusterIds, UNKNOWN.mexicanCluster);
  });
  data.eu.events.forEach((e, i) =>
    e.sectors.forEach((s, j) => ref('eu.json', e.id, `events[${i}].sectors[${j}]`, s, sectorIds, UNKNOWN.sector)),
  );
  data.eu.successStories.forEach((s, i) => {
    s.sectors.forEach((x, j) =>
      ref('eu.json', s.id, `successStories[${i}].sectors[${j}]`, x, sectorIds, UNKNOWN.sector),
    );
    s.mexicanClusterIds.forEach((x, j) =>
      ref('eu.json', s.id, `successStories[${i}].mexicanClusterIds[${j}]`, x, clusterIds, UNKNOWN.mexicanCluster),
    );
    s.euClusterIds.forEach((x, j) =>
      ref('eu.json', s.id, `successStories[${i}].euClusterIds[${j}]`, x, euIds, UNKNOWN.euCluster),
    );
  });
  problems.push(...longNames(data));
  return problems;
}

/** The same checks for policies and context figures, whose references point into the first screen's files. */
export function checkAnnexIntegrity(annex: DatasetAnnex, core: Dataset): DataProblem[] {
  const problems: DataProblem[] = [];
  const add: Add = (file, path, message, recordId) => problems.push({ file, path, message, recordId });
  const sectorIds = new Set(core.sectors.map((s) => s.id));
  checkUnique(
    [
      ['policies.json', annex.policies.map((p) => p.id)],
      ['context.json', annex.context.map((c) => c.id)],
    ],
    add,
  );
  const ref = referenceChecker(add);
  annex.policies.forEach((p, i) =>
    p.sectors.forEach((s, j) => ref('policies.json', p.id, `[${i}].sectors[${j}]`, s, sectorIds, UNKNOWN.sector)),
  );
  annex.context.forEach((c, i) => {
    if (c.sector) ref('context.json', c.id, `[${i}].sector`, c.sector, sectorIds, UNKNOWN.sector);
  });
  problems.push(...annexLongNames(annex));
  return problems;
}
