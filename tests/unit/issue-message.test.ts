import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { idSchema, isoDateSchema, latLngSchema, nonEmptyString, sourceRefSchema } from '@/data/schemas/common';
import { shortlistEntrySchema } from '@/data/schemas/saved-state';
import { activateLocale } from '@/i18n/i18n';
import { inSpanish } from '../fixtures/in-spanish';

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

describe('validation messages in Spanish', () => {
  inSpanish();

  it.each<[string, z.ZodMiniType, unknown, string]>([
    ['missing value', nonEmptyString(), undefined, 'se esperaba un texto, pero falta el valor'],
    ['wrong type', nonEmptyString(), 12, 'se esperaba un texto, se recibió un número'],
    ['list instead of text', nonEmptyString(), ['a'], 'se esperaba un texto, se recibió una lista'],
    ['empty text', nonEmptyString(), '', 'no debe estar vacío'],
    ['below a minimum', latLngSchema, { lat: 10, lng: -100 }, 'debe ser como mínimo 14'],
    ['too few characters', z.string().check(z.minLength(3)), 'ab', 'debe tener al menos 3 caracteres'],
    ['too few items', z.array(z.string()).check(z.minLength(1)), [], 'debe tener al menos 1 elemento'],
    ['one extra field', sourceRefSchema, { doc: 'paper-2019', section: 'x', page: 3 }, 'campo desconocido: page'],
    [
      'own message of a check',
      idSchema,
      'Not A Slug',
      'debe ser un identificador en minúsculas separado por guiones (a-z, 0-9, guiones)',
    ],
  ])('%s', (_, schema, value, expected) => {
    expect(messageOf(schema, value)).toBe(expected);
  });

  it('words a long limit with a grouped number, in the language active when the check fails', async () => {
    const longNote = { clusterId: 'claut', note: 'x'.repeat(2001) };
    expect(messageOf(shortlistEntrySchema, longNote)).toBe('debe tener como máximo 2,000 caracteres');
    await activateLocale('en');
    expect(messageOf(shortlistEntrySchema, longNote)).toBe('must be at most 2,000 characters');
  });
});
