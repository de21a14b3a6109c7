import { z } from 'zod/mini';
import type { Dataset, DatasetAnnex, EuSide, FullDataset } from '@/domain/types';
import { runSteps } from '@/domain/steps';
import { clusterSchema } from '@/data/schemas/clusters';
import { contextFigureSchema } from '@/data/schemas/context';
import {
  clusterPairSchema,
  escp4iSchema,
  euClusterSchema,
  type euSideSchema,
  eventSchema,
  successStorySchema,
} from '@/data/schemas/eu';
import { interestSchema } from '@/data/schemas/interests';
import { metaSchema } from '@/data/schemas/meta';
import { policySchema } from '@/data/schemas/policies';
import { sectorSchema } from '@/data/schemas/sectors';
import { stateSchema } from '@/data/schemas/states';
import { checkAnnexIntegrity, checkIntegrity } from '@/data/integrity';
import type { ANNEX_FILES, CORE_FILES, DATASET_FILES } from '@/data/dataset-files';
import {
  DatasetFileError,
  describe,
  validateListSteps,
  validateObject,
  type DataProblem,
  type LoadStep,
} from '@/data/validate';
import { tr } from '@/i18n/i18n';

// Kept apart (src/data/dataset-files.ts) so the loader and vite.config.ts (which preloads the files
// from index.html) can name them without the schemas; scripts and tests read the list from here.
export { ANNEX_FILES, CORE_FILES, DATASET_FILES } from '@/data/dataset-files';

export type DatasetFileName = (typeof DATASET_FILES)[number];
export type CoreFileName = (typeof CORE_FILES)[number];
export type AnnexFileName = (typeof ANNEX_FILES)[number];
export type RawDataset = Record<DatasetFileName, unknown>;
export type RawCore = Record<CoreFileName, unknown>;
export type RawAnnex = Record<AnnexFileName, unknown>;

/** The first screen's files, validated (what the app's dataset query holds). */
export interface ParsedDataset {
  dataset: Dataset;
  /** Records skipped or references that do not resolve; shown in the Data quality panel. */
  problems: DataProblem[];
  /** The clusters' name order (`nameOrderOf`), when the dataset worker computed it off the page. */
  nameOrder?: Int32Array;
}

/** Policies and context figures, validated against the first screen's files. */
export interface ParsedAnnex {
  annex: DatasetAnnex;
  problems: DataProblem[];
}

/** Every file, validated: what `npm run validate-data`, the scripts and the tests read. */
export interface ParsedFull {
  dataset: FullDataset;
  problems: DataProblem[];
}

/** Each file as its schema accepts it: what a data editor, or a test fixture, writes (a type, so it fits RawDataset). */
export type DatasetFiles = {
  'meta.json': z.input<typeof metaSchema>;
  'sectors.json': z.input<typeof sectorSchema>[];
  'interests.json': z.input<typeof interestSchema>[];
  'states.json': z.input<typeof stateSchema>[];
  'clusters.json': z.input<typeof clusterSchema>[];
  'policies.json': z.input<typeof policySchema>[];
  'eu.json': z.input<typeof euSideSchema>;
  'context.json': z.input<typeof contextFigureSchema>[];
};

type ListReader = <T>(
  file: DatasetFileName,
  raw: unknown,
  schema: z.ZodMiniType<T>,
  prefix?: string,
) => Generator<LoadStep, T[]>;

function* parseEu(raw: unknown, list: ListReader): Generator<LoadStep, EuSide> {
  const file = 'eu.json';
  const shape = z.looseObject({}).safeParse(raw);
  if (!shape.success) {
    throw new DatasetFileError(file, [
      { file, path: '(root)', message: tr('data:file.notObject', { received: describe(raw) }), recordId: null },
    ]);
  }
  const pick = <T>(key: keyof EuSide, schema: z.ZodMiniType<T>) => list(file, shape.data[key], schema, key);
  return {
    euClusters: yield* pick('euClusters', euClusterSchema),
    escp4i: yield* pick('escp4i', escp4iSchema),
    pairs: yield* pick('pairs', clusterPairSchema),
    events: yield* pick('events', eventSchema),
    successStories: yield* pick('successStories', successStorySchema),
  };
}

const listReader = (problems: DataProblem[]): ListReader =>
  function* (file, records, schema, prefix) {
    const result = yield* validateListSteps(file, records, schema, prefix);
    problems.push(...result.problems);
    return result.items;
  };

function* validateCore(raw: RawCore, problems: DataProblem[]): Generator<LoadStep, Dataset> {
  const list = listReader(problems);
  return {
    meta: validateObject('meta.json', raw['meta.json'], metaSchema),
    sectors: yield* list('sectors.json', raw['sectors.json'], sectorSchema),
    interests: yield* list('interests.json', raw['interests.json'], interestSchema),
    states: yield* list('states.json', raw['states.json'], stateSchema),
    clusters: yield* list('clusters.json', raw['clusters.json'], clusterSchema),
    eu: yield* parseEu(raw['eu.json'], list),
  };
}

function validateAnnex(raw: RawAnnex, problems: DataProblem[]): DatasetAnnex {
  const list = listReader(problems);
  return {
    policies: runSteps(list('policies.json', raw['policies.json'], policySchema)),
    context: runSteps(list('context.json', raw['context.json'], contextFigureSchema)),
  };
}

/**
 * Validates the first screen's files; throws DatasetFileError only when a whole file is unusable.
 * Yields a step every few hundred records (see `runSteps`, and the app's loader, which yields to
 * the page).
 */
export function* parseCoreSteps(raw: RawCore): Generator<LoadStep, ParsedDataset> {
  const problems: DataProblem[] = [];
  const dataset = yield* validateCore(raw, problems);
  problems.push(...checkIntegrity(dataset));
  return { dataset, problems };
}

/** Validates policies and context figures, and their references into the first screen's files. */
export function parseAnnex(raw: RawAnnex, core: Dataset): ParsedAnnex {
  const problems: DataProblem[] = [];
  const annex = validateAnnex(raw, problems);
  problems.push(...checkAnnexIntegrity(annex, core));
  return { annex, problems };
}

/** Every file, validated as the app does in its two steps: the records' problems first, then the references'. */
export function* parseDatasetSteps(raw: RawDataset): Generator<LoadStep, ParsedFull> {
  const problems: DataProblem[] = [];
  const core = yield* validateCore(raw, problems);
  const annex = validateAnnex(raw, problems);
  problems.push(...checkIntegrity(core), ...checkAnnexIntegrity(annex, core));
  return { dataset: { ...core, ...annex }, problems };
}

export function parseDataset(raw: RawDataset): ParsedFull {
  return runSteps(parseDatasetSteps(raw));
}
