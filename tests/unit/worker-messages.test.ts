import { describe, expect, it } from 'vitest';
import { DatasetVersionError } from '@/data/dataset-version-error';
import { parseDataset } from '@/data/parse-dataset';
import { DatasetFileError } from '@/data/validate';
import { CLUSTER_BATCH, datasetMessages, receivedError, sendError } from '@/data/worker-messages';
import type { Cluster } from '@/domain/types';
import { nameOrderOf } from '@/domain/ranking/name-order';
import { readPublicDataset } from '../fixtures/public-data';

// Between the page and the dataset worker, messages are structured clones: class instances arrive
// as plain objects, so the errors travel as data and are rebuilt on the page.
const across = <T>(value: T): T => structuredClone(value);

describe('dataset worker messages', () => {
  it('rebuild a file error with its class, file, problems and message', () => {
    const problems = [{ file: 'clusters.json', path: '[3].name', message: 'must not be empty', recordId: 'claut' }];
    const sent = new DatasetFileError('clusters.json', problems);
    const back = receivedError(across(sendError(sent)));
    expect(back).toBeInstanceOf(DatasetFileError);
    expect(back).not.toBeInstanceOf(DatasetVersionError);
    expect(back.message).toBe(sent.message);
    expect((back as DatasetFileError).file).toBe('clusters.json');
    expect((back as DatasetFileError).problems).toEqual(problems);
  });

  it('rebuild a version error with each file and its version', () => {
    const versions = [
      { file: 'meta.json' as const, version: '2.0.0' },
      { file: 'eu.json' as const, version: null },
    ];
    const back = receivedError(across(sendError(new DatasetVersionError('2.0.0', versions))));
    expect(back).toBeInstanceOf(DatasetVersionError);
    expect((back as DatasetVersionError).mismatched).toEqual([{ file: 'eu.json', version: null }]);
    expect((back as DatasetVersionError).problems[0]?.message).toBe(
      'is of no dataset version, but meta.json names dataset version 2.0.0',
    );
  });

  it('keep the message of any other error', () => {
    const back = receivedError(across(sendError(new TypeError('boom'))));
    expect(back.message).toBe('boom');
  });

  it('send the dataset in parts that add up to the same dataset, clusters in order', () => {
    const parsed = parseDataset(readPublicDataset());
    const many: Cluster[] = Array.from({ length: CLUSTER_BATCH * 2 + 5 }, (_, i) => ({
      ...(parsed.dataset.clusters[i % parsed.dataset.clusters.length] as Cluster),
      id: `c-${i}`,
    }));
    const messages = [...datasetMessages({ ...parsed, dataset: { ...parsed.dataset, clusters: many } })].map(across);
    expect(messages.map((m) => m.type)).toEqual(['dataset', 'clusters', 'clusters', 'clusters', 'done']);
    const clusters = messages.flatMap((m) => (m.type === 'clusters' ? (JSON.parse(m.json) as Cluster[]) : []));
    expect(clusters).toEqual(many);
    const head = messages[0];
    if (head?.type !== 'dataset') throw new Error('the dataset comes first');
    expect(head.total).toBe(many.length);
    expect({ ...head.dataset, clusters }).toEqual({ ...parsed.dataset, clusters: many });
    const done = messages.at(-1);
    if (done?.type !== 'done') throw new Error('done comes last');
    expect(done.problems).toEqual(parsed.problems);
    expect([...done.nameOrder]).toEqual([...nameOrderOf(many)]);
  });
});
