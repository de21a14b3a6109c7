// @vitest-environment node
// The notices the domain words, in Spanish: what a share link left out, and what Undo puts back.
import { describe, expect, it } from 'vitest';
import { DEFAULT_EVENT } from '@/domain/event';
import { removalMessage, undoEntryFailedMessage, undoLabel, undoLabelFor, type Removal } from '@/domain/removal';
import type { ShareKnown } from '@/domain/share-link';
import { decodeShareState } from '@/domain/share-link-decode';
import { inSpanish } from '../fixtures/in-spanish';

const known: ShareKnown = {
  sectors: new Set(['aerospace']),
  interests: new Set(['rd']),
  states: new Set(['NLE']),
  clusters: new Set(['claut']),
  euClusters: new Set(['hegan']),
};
const names = (id: string) => ({ claut: 'Clúster Automotriz de Nuevo León' })[id] ?? id;

inSpanish();

describe('share link notes in Spanish', () => {
  it('says what was ignored, each kind of value with its own words', () => {
    const { ignored } = decodeShareState('s=espacio&fv=siempre&d=2026-13-01&foo=1&i=rd&i=x', known);
    expect(ignored).toEqual([
      'Se ignoró el parámetro desconocido "foo" del enlace',
      'El parámetro "i" aparece más de una vez en el enlace; se usó el primero',
      'Se ignoró el sector desconocido "espacio"',
      'Se ignoró la fecha "2026-13-01": se esperaba AAAA-MM-DD',
      'Se ignoró la vigencia de sello desconocida "siempre"',
    ]);
  });

  it('counts what a long search lost, and how many notes were left out', () => {
    expect(decodeShareState(`q=${'a'.repeat(300)}`, known).ignored).toEqual([
      'El texto de búsqueda se recortó a 200 caracteres',
    ]);
    const many = decodeShareState(Array.from({ length: 25 }, (_, n) => `x${n}=1`).join('&'), known).ignored;
    expect(many.at(-1)).toBe('…y 5 más');
  });
});

describe('undo notices in Spanish', () => {
  const list = { id: 'l', name: 'Mi lista', entries: [{ clusterId: 'claut', note: '' }], event: DEFAULT_EVENT };
  const entry = (note: string): Removal => ({
    kind: 'entry',
    listId: 'l',
    listName: 'Mi lista',
    entry: { clusterId: 'claut', note },
    index: 0,
  });

  it('names what was removed, with the plural of the clusters a deleted list held', () => {
    expect(removalMessage({ kind: 'list', list, index: 0 }, names)).toBe(
      'Se eliminó la lista de preselección "Mi lista" con 1 clúster.',
    );
    const three = { ...list, entries: ['a', 'b', 'c'].map((clusterId) => ({ clusterId, note: '' })) };
    expect(removalMessage({ kind: 'list', list: three, index: 0 }, names)).toBe(
      'Se eliminó la lista de preselección "Mi lista" con 3 clústeres.',
    );
    expect(removalMessage(entry('Ver a Ana'), names)).toBe(
      'Se quitaron Clúster Automotriz de Nuevo León y su nota de "Mi lista".',
    );
    expect(undoLabelFor(entry(''), names)).toBe('Deshacer: Se quitó Clúster Automotriz de Nuevo León de "Mi lista".');
    expect(undoLabel()).toBe('Deshacer');
    expect(undoEntryFailedMessage('Mi lista')).toMatch(
      /^La lista de preselección "Mi lista" se eliminó mientras tanto/,
    );
  });
});
