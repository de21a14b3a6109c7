import { afterEach, describe, expect, it } from 'vitest';
import { SAVED_DATA_TEXT } from '@/features/saved-data/saved-data-text';
import { activateLocale } from '@/i18n/i18n';
import { openSavedData, STORAGE_TEXT } from '@/stores/storage-messages';

describe('saved-data messages in Spanish', () => {
  afterEach(() => activateLocale('en'));

  it('words notices, plurals and the dialog in the active language at the moment they are read', async () => {
    expect(STORAGE_TEXT.unknownFields(['a'])).toMatch(/^Your saved data has a field /);
    await activateLocale('es');
    expect(openSavedData()).toBe('Abrir Datos guardados');
    expect(STORAGE_TEXT.unknownFields(['a', 'b'])).toBe(
      'Tus datos guardados tienen campos que esta versión de la aplicación no usa: "a", "b". Se conservaron sin cambios en el almacenamiento de este navegador y tus listas de preselección se cargaron.',
    );
    expect(STORAGE_TEXT.restored('hoy', ['X', 'Y'], [], [])).toBe(
      'Se restauró el respaldo de hoy. Se agregaron 2 listas: "X", "Y".',
    );
    expect(STORAGE_TEXT.full).toContain('elige "Intentar guardar de nuevo"');
    const list = { name: 'A', entries: [{}, {}] } as never;
    expect(SAVED_DATA_TEXT.holds([list])).toBe(
      'Contiene 1 lista de preselección que esta versión puede leer: "A" (2 clústeres).',
    );
  });
});
