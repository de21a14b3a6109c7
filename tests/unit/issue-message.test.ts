import { describe, expect, it } from 'vitest';
import type { z } from 'zod/mini';
import { idSchema, isoDateSchema, latLngSchema, nonEmptyString, sourceRefSchema } from '@/data/schemas/common';

const messageOf = (schema: z.ZodMiniType, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? null : result.error.issues.map((i) => i.message).join(' | ');
};

describe('validation messages (the words the Data quality panel and the import report show)', () => {
  it.each<[string, z.ZodMiniType, unknown, string]>([
    ['missing value', nonEmptyString(), undefined, 'expected string, got nothing'],
    ['wrong type', nonEmptyString(), 12, 'expected string, got number'],
    ['list instead of text', nonEmptyString(), ['a'], 'expected string, got a list'],
    ['empty text', nonEmptyString(), '', 'must not be empty'],
    ['below a minimum', latLngSchema, { lat: 10, lng: -100 }, 'must be at least 14'],
    ['above a maximum', latLngSchema, { lat: 20, lng: -80 }, 'must be at most -86'],
    [
      'unknown document',
      sourceRefSchema,
      { doc: 'blog', section: 'x' },
      'must be one of: "briefing-2016", "briefing-2019", "paper-2017", "paper-2019", "factsheet-2020"',
    ],
    [
      'extra fields',
      sourceRefSchema,
      { doc: 'paper-2019', section: 'x', page: 3, by: 'me' },
      'unknown fields: page, by',
    ],
    ['own message of a check', idSchema, 'Not A Slug', 'must be a kebab-case slug (a-z, 0-9, hyphens)'],
    ['impossible date', isoDateSchema, '2019-02-30', 'is not a real calendar date'],
  ])('%s', (_, schema, value, expected) => {
    expect(messageOf(schema, value)).toBe(expected);
  });
});
