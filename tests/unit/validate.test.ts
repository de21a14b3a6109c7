import { describe, expect, it } from 'vitest';
import { validateList } from '@/data/validate';
import { sectorSchema } from '@/data/schemas/sectors';

describe('validateList', () => {
  it('keeps valid records and reports invalid ones with a JSON path', () => {
    const raw = [
      { id: 'ict', name: 'ICT', nameEs: 'TIC', related: [], wordings: ['ICT'] },
      { id: 'Bad Id', name: 'x', nameEs: 'x', related: [], wordings: [] },
    ];
    const { items, problems } = validateList('sectors.json', raw, sectorSchema);
    expect(items.map((s) => s.id)).toEqual(['ict']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'sectors.json', path: '[1].id', recordId: 'Bad Id' });
  });

  it('refuses a file that is not a list', () => {
    expect(() => validateList('sectors.json', { a: 1 }, sectorSchema)).toThrow(/expected a list/);
  });
});
