import { z } from 'zod/mini';
import type { Dataset } from '@/domain/types';
import { clusterSchema } from '@/data/schemas/clusters';
import { contextFigureSchema } from '@/data/schemas/context';
import { clusterPairSchema, escp4iSchema, euClusterSchema, eventSchema, successStorySchema } from '@/data/schemas/eu';
import { interestSchema } from '@/data/schemas/interests';
import { metaSchema } from '@/data/schemas/meta';
import { policySchema } from '@/data/schemas/policies';
import { sectorSchema } from '@/data/schemas/sectors';
import { stateSchema } from '@/data/schemas/states';
import { checkIntegrity } from '@/data/integrity';
import { DatasetFileError, describe, validateList, validateObject, type DataProblem } from '@/data/validate';

/** The files under public/data, in the order they are loaded. */
export const DATASET_FILES = [
  'meta.json',
  'sectors.json',
  'interests.json',
  'states.json',
  'clusters.json',
  'policies.json',
  'eu.json',
  'context.json',
] as const;

export type DatasetFileName = (typeof DATASET_FILES)[number];
export type RawDataset = Record<DatasetFileName, unknown>;

export interface ParsedDataset {
  dataset: Dataset;
  /** Records skipped or references that do not resolve; shown in the Data quality panel. */
  problems: DataProblem[];
}

const euListSchemas = {
  euClusters: euClusterSchema,
  escp4i: escp4iSchema,
  pairs: clusterPairSchema,
  events: eventSchema,
  successStories: successStorySchema,
} as const;

function parseEu(raw: unknown, problems: DataProblem[]): Dataset['eu'] {
  const file = 'eu.json';
  const shape = z.looseObject({}).safeParse(raw);
  if (!shape.success) {
    throw new DatasetFileError(file, [
      { file, path: '(root)', message: `expected an object, got ${describe(raw)}`, recordId: null },
    ]);
  }
  const pick = <K extends keyof typeof euListSchemas>(key: K) => {
    const result = validateList(
      file,
      shape.data[key],
      euListSchemas[key] as z.ZodMiniType<Dataset['eu'][K][number]>,
      key,
    );
    problems.push(...result.problems);
    return result.items;
  };
  return {
    euClusters: pick('euClusters'),
    escp4i: pick('escp4i'),
    pairs: pick('pairs'),
    events: pick('events'),
    successStories: pick('successStories'),
  };
}

/** Validates every file; throws DatasetFileError only when a whole file is unusable. */
export function parseDataset(raw: RawDataset): ParsedDataset {
  const problems: DataProblem[] = [];
  const list = <T>(file: DatasetFileName, schema: z.ZodMiniType<T>): T[] => {
    const result = validateList(file, raw[file], schema);
    problems.push(...result.problems);
    return result.items;
  };
  const dataset: Dataset = {
    meta: validateObject('meta.json', raw['meta.json'], metaSchema),
    sectors: list('sectors.json', sectorSchema),
    interests: list('interests.json', interestSchema),
    states: list('states.json', stateSchema),
    clusters: list('clusters.json', clusterSchema),
    policies: list('policies.json', policySchema),
    eu: parseEu(raw['eu.json'], problems),
    context: list('context.json', contextFigureSchema),
  };
  problems.push(...checkIntegrity(dataset));
  return { dataset, problems };
}
