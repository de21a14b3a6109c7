// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildSearchText, matchesQuery, normalizeText, queryTokens } from '@/domain/text';

describe('normalizeText', () => {
  it.each([
    ['Querétaro', 'queretaro'],
    ['NUEVO LEÓN', 'nuevo leon'],
    ['  Clúster   Automotriz\tde\nNuevo León ', 'cluster automotriz de nuevo leon'],
    ['Ñuñoa', 'nunoa'],
    ['IT@Baja', 'it@baja'],
    ['Energía Renovable', 'energia renovable'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });
});

describe('queryTokens', () => {
  it.each([
    ['', []],
    ['   ', []],
    ['Nuevo  León', ['nuevo', 'leon']],
    ['CLAUT', ['claut']],
  ])('%j → %j', (query, expected) => {
    expect(queryTokens(query)).toEqual(expected);
  });
});

describe('matchesQuery', () => {
  const haystack = buildSearchText([
    'Clúster Automotriz de Nuevo León',
    'CLAUT',
    null,
    'Monterrey',
    '',
    'Nuevo León',
    'Nuevo Leon',
  ]);
  const qro = buildSearchText(['Aeroclúster de Querétaro', 'Querétaro', 'Queretaro']);
  const baja = buildSearchText(['IT@Baja', 'Tijuana', 'Baja California']);
  it.each([
    [haystack, 'claut', true],
    [haystack, 'Claut', true],
    [haystack, 'nuevo leon', true],
    [haystack, 'LEÓN monterrey', true],
    [haystack, 'automotriz cdmx', false],
    [haystack, '', true],
    [qro, 'queretaro', true],
    [qro, 'QUERÉTARO', true],
    [qro, 'aerocluster', true],
    [qro, 'monterrey', false],
    [baja, 'it@baja', true],
    [baja, 'it baja', true],
    [baja, 'tijuana california', true],
  ])('%#: %j in search text', (text, query, expected) => {
    expect(matchesQuery(text, query)).toBe(expected);
  });

  it('does not match a phrase across two fields', () => {
    const text = buildSearchText(['Consejo de Software', 'Monterrey']);
    expect(matchesQuery(text, 'software monterrey')).toBe(true);
    expect(queryTokens('software monterrey')).toHaveLength(2);
    expect(text.includes('software monterrey')).toBe(false);
  });
});
