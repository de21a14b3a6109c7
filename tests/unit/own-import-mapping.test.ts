// Column mapping of the user's sheet: header names in English and Spanish, and what blocks reading.
import { describe, expect, it } from 'vitest';
import { mappingIssues, suggestMapping, suggestTarget } from '@/domain/own-facts/import-mapping';

describe('suggestTarget', () => {
  it.each([
    ['Name', 'name'],
    ['Nombre', 'name'],
    ['Organización', 'name'],
    ['State', 'state'],
    ['ESTADO', 'state'],
    ['Website', 'website'],
    ['Sitio web', 'website'],
    ['Web', 'website'],
    ['E-mail', 'contactEmail'],
    ['Correo', 'contactEmail'],
    ['Phone', 'contactPhone'],
    ['Teléfono', 'contactPhone'],
    ['Contact', 'contactName'],
    ['Contacto', 'contactName'],
    ['First name', 'contactFirstName'],
    ['Nombre de pila', 'contactFirstName'],
    ['Last name', 'contactLastName'],
    ['Apellido', 'contactLastName'],
    ['Sectors', 'sectors'],
    ['Sectores', 'sectors'],
    ['ESCA label', 'labelLevel'],
    ['Etiqueta ESCA', 'labelLevel'],
    ['Label valid until', 'labelValidUntil'],
    ['Vigencia', 'labelValidUntil'],
    ['ECCP member', 'eccpMember'],
    ['Miembro ECCP', 'eccpMember'],
    ['Focus areas', 'focusAreas'],
    ['Áreas', 'focusAreas'],
    ['EU partners', 'euPartners'],
    ['Socios UE', 'euPartners'],
    ['City', 'city'],
    ['Ciudad', 'city'],
    ['  e_mail ', 'contactEmail'],
  ])('%s → %s', (header, target) => {
    expect(suggestTarget(header)).toBe(target);
  });

  it('leaves a column it does not know unmapped', () => {
    expect(suggestTarget('Comentarios internos')).toBeNull();
    expect(suggestTarget('')).toBeNull();
  });
});

describe('suggestMapping', () => {
  it('maps each column once, in the order of the header', () => {
    expect(suggestMapping(['Nombre', 'Estado', 'Notas', 'Correo', 'Nombre'])).toEqual([
      'name',
      'state',
      null,
      'contactEmail',
      null,
    ]);
  });
});

describe('mappingIssues', () => {
  it('asks for a name column', () => {
    expect(mappingIssues(['state', null])).toEqual([{ kind: 'noName' }]);
  });

  it('refuses one field fed by two columns', () => {
    expect(mappingIssues(['name', 'website', 'website'])).toEqual([
      { kind: 'twice', target: 'website', columns: [1, 2] },
    ]);
  });

  it('accepts a mapping with a name and ignored columns', () => {
    expect(mappingIssues([null, 'name', null])).toEqual([]);
  });
});
