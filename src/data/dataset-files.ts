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
