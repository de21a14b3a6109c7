// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkIntegrity } from '@/data/integrity';
import { MAX_NAME_LENGTH, longNames } from '@/data/name-lengths';
import { parseDataset } from '@/data/parse-dataset';
import { rawCluster } from '../fixtures/raw-records';
import { rawFixture } from '../fixtures/raw-files';

const at = (n: number) => 'a'.repeat(n);

describe('names too long to be real are reported', () => {
  it('names the file, the record and the field, for names, aliases, partners and EU records', () => {
    const raw = rawFixture();
    raw['clusters.json'] = [
      rawCluster('c1', at(MAX_NAME_LENGTH + 1), {
        aliases: ['fine', at(1000)],
        euPartners: [
          { euClusterId: null, name: at(400), country: null, source: { doc: 'briefing-2019', section: 'x' } },
        ],
      }),
    ];
    const eu = raw['eu.json'];
    raw['eu.json'] = {
      ...eu,
      events: [
        {
          id: 'e1',
          name: at(301),
          date: '2019',
          endDate: null,
          place: null,
          organiser: null,
          sectors: [],
          figures: [],
          summary: 'A seminar.',
          sources: [{ doc: 'briefing-2019', section: 'x' }],
        },
      ],
    };
    const { dataset, problems } = parseDataset(raw);
    expect(dataset.clusters).toHaveLength(1);
    const found = longNames(dataset).map((p) => [p.file, p.recordId, p.path, p.message]);
    expect(found).toEqual([
      [
        'clusters.json',
        'c1',
        '[0].name',
        `is 301 characters long; names over 300 characters are probably a data error`,
      ],
      ['clusters.json', 'c1', '[0].aliases[1]', expect.stringMatching(/^is 1,000 characters long/)],
      ['clusters.json', 'c1', '[0].euPartners[0].name', expect.stringMatching(/^is 400 characters long/)],
      ['eu.json', 'e1', 'events[0].name', expect.stringMatching(/^is 301 characters long/)],
    ]);
    expect(problems.filter((p) => /characters long/.test(p.message))).toHaveLength(4);
  });

  it('accepts a name of exactly the limit', () => {
    const raw = rawFixture();
    raw['clusters.json'] = [rawCluster('c1', at(MAX_NAME_LENGTH))];
    expect(checkIntegrity(parseDataset(raw).dataset)).toEqual([]);
  });
});
