/**
 * The files the first screen needs (what it ranks, lists and maps), in the order they are loaded;
 * index.html preloads them.
 */
export const CORE_FILES = [
  'meta.json',
  'sectors.json',
  'interests.json',
  'states.json',
  'clusters.json',
  'eu.json',
] as const;

/**
 * The files only the policies panel, the context chart and the print view read: loaded after the
 * first render, so their ~20 KB (gzip) do not share the link with the first screen's script and data.
 */
export const ANNEX_FILES = ['policies.json', 'context.json'] as const;

/** Every file under public/data: one published set, each file of meta.json's version. */
export const DATASET_FILES = [...CORE_FILES, ...ANNEX_FILES] as const;
