// Which column of the user's sheet feeds which field: suggested from the header names (English or
// Spanish, as managers on both sides of the Atlantic name them), then changed by the user.
import { normalizeText } from '@/domain/text';

/** What a column can feed: the fields of OwnFieldValues, with the contact and label split into parts. */
export const IMPORT_TARGETS = [
  'name',
  'state',
  'city',
  'sectors',
  'website',
  'contactName',
  'contactFirstName',
  'contactLastName',
  'contactEmail',
  'contactPhone',
  'contactRole',
  'focusAreas',
  'labelLevel',
  'labelValidFrom',
  'labelValidUntil',
  'eccpMember',
  'euPartners',
] as const;

export type ImportTarget = (typeof IMPORT_TARGETS)[number];

/** One entry per column of the header: the field it feeds, or null when the column is ignored. */
export type ImportMapping = (ImportTarget | null)[];

// Normalised header names (accents, case and punctuation dropped). More specific names come first
// so "Nombre de pila" is a first name before "Nombre" makes it the organisation's name.
const SYNONYMS: ReadonlyArray<readonly [ImportTarget, readonly string[]]> = [
  ['contactFirstName', ['first name', 'firstname', 'given name', 'nombre de pila', 'nombre del contacto', 'nombres']],
  ['contactLastName', ['last name', 'lastname', 'surname', 'family name', 'apellido', 'apellidos']],
  ['contactEmail', ['e mail', 'email', 'mail', 'correo', 'correo electronico', 'contact e mail', 'contact email']],
  ['contactPhone', ['phone', 'telephone', 'tel', 'mobile', 'telefono', 'celular', 'movil', 'contact phone']],
  ['contactRole', ['role', 'job title', 'position', 'title', 'cargo', 'puesto']],
  ['contactName', ['contact', 'contact person', 'contact name', 'contacto', 'persona de contacto']],
  ['labelValidFrom', ['label valid from', 'valid from', 'vigente desde', 'vigencia desde', 'etiqueta desde']],
  [
    'labelValidUntil',
    [
      'label valid until',
      'valid until',
      'label expiry',
      'vigencia',
      'vigente hasta',
      'vigencia hasta',
      'etiqueta hasta',
    ],
  ],
  ['labelLevel', ['esca label', 'label', 'esca', 'etiqueta esca', 'etiqueta', 'sello esca', 'nivel esca']],
  ['eccpMember', ['eccp member', 'eccp', 'eccp membership', 'miembro eccp', 'miembro de eccp', 'socio eccp']],
  ['focusAreas', ['focus areas', 'focus', 'areas', 'areas de interes', 'areas de enfoque', 'intereses', 'interests']],
  ['euPartners', ['eu partners', 'european partners', 'partners', 'socios ue', 'socios europeos', 'socios']],
  ['sectors', ['sectors', 'sector', 'sectores', 'industry', 'industria']],
  ['website', ['website', 'web site', 'web', 'url', 'sitio web', 'pagina web', 'sitio']],
  ['state', ['state', 'estado', 'entidad', 'entidad federativa', 'region']],
  ['city', ['city', 'town', 'ciudad', 'municipio', 'localidad']],
  [
    'name',
    ['name', 'organisation', 'organization', 'cluster', 'nombre', 'organizacion', 'cluster name', 'nombre del cluster'],
  ],
];

/** A header as compared with the synonyms: no accents, case, punctuation or extra spaces. */
export function headerKey(header: string): string {
  return normalizeText(header.replace(/[^\p{L}\p{N}]+/gu, ' '));
}

/** The field a header names, or null when it names none. */
export function suggestTarget(header: string): ImportTarget | null {
  const key = headerKey(header);
  if (!key) return null;
  for (const [target, names] of SYNONYMS) if (names.includes(key)) return target;
  return null;
}

/** One suggestion per column; a field already taken by an earlier column is not suggested twice. */
export function suggestMapping(header: readonly string[]): ImportMapping {
  const taken = new Set<ImportTarget>();
  return header.map((cell) => {
    const target = suggestTarget(cell);
    if (target === null || taken.has(target)) return null;
    taken.add(target);
    return target;
  });
}

export type MappingIssue = { kind: 'noName' } | { kind: 'twice'; target: ImportTarget; columns: number[] };

/** What keeps a mapping from being read: no name column, or one field fed by two columns. */
export function mappingIssues(mapping: ImportMapping): MappingIssue[] {
  const issues: MappingIssue[] = [];
  if (!mapping.includes('name')) issues.push({ kind: 'noName' });
  for (const target of IMPORT_TARGETS) {
    const columns = mapping.flatMap((t, i) => (t === target ? [i] : []));
    if (columns.length > 1) issues.push({ kind: 'twice', target, columns });
  }
  return issues;
}
