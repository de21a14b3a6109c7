// A sheet of organisations read against what the app already has: each row becomes a new
// organisation, corrections to the record it duplicates, or a problem. Nothing is changed here;
// the caller applies the result once the user has seen the report.
import { tr } from '@/i18n/i18n';
import type { Cluster, Interest, MexicanState, Sector } from '@/domain/types';
import type { OwnCorrection, OwnFacts, OwnField, OwnOrganisation, OwnStamp } from '@/domain/own-facts/types';
import { changedValues, clusterValues, plainValues, type RowValues } from '@/domain/own-facts/import-diff';
import { mappingIssues, type ImportMapping, type MappingIssue } from '@/domain/own-facts/import-mapping';
import { buildNameIndex, findByName, nameKey, type MatchedOn, type NameIndex } from '@/domain/own-facts/import-names';
import { readRow, type ImportLookups, type ImportProblem } from '@/domain/own-facts/import-row';
import type { SheetTable } from '@/domain/own-facts/import-sheet';
import { checkedProblems, type ValuesCheck } from '@/domain/own-facts/import-check';
import { interestLookup, sectorLookup, stateLookup } from '@/domain/own-facts/import-terms';
import { ownValues, ownRecordValues } from '@/domain/own-facts/import-records';
import { newOwnId } from '@/domain/own-facts/fields';

export interface ImportData {
  clusters: readonly Cluster[];
  states: readonly MexicanState[];
  sectors: readonly Sector[];
  interests: readonly Interest[];
  ownFacts: OwnFacts;
}

/** The data's lookups, built once for every re-read while the user changes the mapping. */
export interface PreparedImport {
  data: ImportData;
  check: ValuesCheck | null;
  lookups: ImportLookups;
  names: NameIndex;
}

/** `check`: the own-facts schema's field check, so every imported value passes the store's schema. */
export function prepareImport(data: ImportData, check: ValuesCheck | null = null): PreparedImport {
  return {
    data,
    check,
    lookups: {
      states: stateLookup(data.states),
      sectors: sectorLookup(data.sectors),
      interests: interestLookup(data.interests),
    },
    names: buildNameIndex(data.clusters, data.ownFacts.organisations),
  };
}

export type RowOutcome =
  | { kind: 'new'; id: string }
  | { kind: 'correction'; id: string; own: boolean; targetName: string; fields: OwnField[] }
  | { kind: 'unchanged'; id: string; own: boolean; targetName: string }
  /** `targetName`: the record the row duplicates, when it does. */
  | { kind: 'problem'; targetName: string | null };

export interface RowReport {
  row: number;
  name: string;
  outcome: RowOutcome;
  problems: ImportProblem[];
}

export interface ImportResult {
  /** Only rows without problems: a row with one bad cell is left out whole, never half imported. */
  add: OwnOrganisation[];
  correct: OwnCorrection[];
  problems: ImportProblem[];
  duplicates: Array<{ row: number; clusterId: string; matchedOn: MatchedOn }>;
  rows: RowReport[];
  /** When not empty, no row was read: the mapping must be fixed first. */
  mappingIssues: MappingIssue[];
}

export function importRows(
  prepared: PreparedImport,
  table: SheetTable,
  mapping: ImportMapping,
  source: { fileName: string; now: string },
  /** Rows the user imports as new organisations although their name matches a record. */
  asNew: ReadonlySet<number> = new Set(),
): ImportResult {
  const result: ImportResult = { add: [], correct: [], problems: [], duplicates: [], rows: [], mappingIssues: [] };
  result.mappingIssues = mappingIssues(mapping);
  if (result.mappingIssues.length > 0) return result;
  const { data, lookups, names } = prepared;
  const stamp: OwnStamp = {
    at: source.now,
    sourceUrl: null,
    note: tr('ownImport:stampNote', { file: source.fileName }),
  };
  const clusters = new Map(data.clusters.map((c) => [c.id, c]));
  const own = new Map(data.ownFacts.organisations.map((o) => [o.id, o]));
  const corrections = new Map(data.ownFacts.corrections.map((c) => [c.clusterId, c]));
  const taken = new Set([...clusters.keys(), ...own.keys()]);
  const seen = new Map<string, number>();
  const at = Date.parse(source.now);

  for (const { row, cells } of table.body) {
    const read = readRow(table.header, mapping, cells, row, lookups);
    if (prepared.check) read.problems.push(...checkedProblems(prepared.check, read.values, row, table.header, mapping));
    const match = read.name && !asNew.has(row) ? findByName(names, read.name) : null;
    const seenKey = match ? match.id : nameKey(read.name) || `row-${row}`;
    const first = seen.get(seenKey);
    if (first !== undefined)
      read.problems.push({ row, column: null, message: tr('ownImport:problem.repeat', { row: first }) });
    else seen.set(seenKey, row);
    if (match) result.duplicates.push({ row, clusterId: match.id, matchedOn: match.matchedOn });
    result.problems.push(...read.problems);
    const report = (outcome: RowOutcome) =>
      result.rows.push({ row, name: read.name, outcome, problems: read.problems });
    const cluster = match && clusters.get(match.id);
    const now = cluster
      ? { ...clusterValues(cluster), ...plainValues(corrections.get(cluster.id)?.values ?? {}) }
      : match && ownRecordValues(own.get(match.id) as OwnOrganisation);
    if (read.problems.length > 0) {
      report({ kind: 'problem', targetName: now ? now.name : null });
    } else if (match && now) {
      const changed: RowValues = changedValues(now, read.values);
      const fields = Object.keys(changed) as OwnField[];
      const target = { id: match.id, own: match.own, targetName: now.name };
      if (fields.length === 0) report({ kind: 'unchanged', ...target });
      else {
        result.correct.push({ clusterId: match.id, values: ownValues(changed, stamp) });
        report({ kind: 'correction', ...target, fields });
      }
    } else {
      let id = newOwnId(at);
      while (taken.has(id)) id = newOwnId(at);
      taken.add(id);
      result.add.push({
        id,
        created: stamp,
        values: { ...ownValues(read.values, stamp), name: { value: read.name, stamp } },
      });
      report({ kind: 'new', id });
    }
  }
  return result;
}
