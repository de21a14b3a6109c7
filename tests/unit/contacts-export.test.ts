// The partners' contacts as an address book and a CRM read them: the .vcf parsed by ical.js (its
// vCard 3.0 design), the CRM CSV by papaparse.
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { partnerContact, type PartnerContact } from '@/domain/contacts';
import { CRM_CSV_HEADER, buildCrmCsv } from '@/domain/crm-csv';
import type { MeetingRow } from '@/domain/meeting-rows';
import type { OwnContact } from '@/domain/own-facts/types';
import { DEFAULT_EVENT } from '@/domain/event';
import { buildIcs } from '@/domain/export-ics';
import { buildIcsMeetings } from '@/domain/ics-meetings';
import { toSheetRow } from '@/domain/meeting-sheet';
import { buildVcards } from '@/domain/vcard';
import { activateLocale } from '@/i18n/i18n';

const ana: OwnContact = {
  firstName: 'Ana María',
  lastName: 'Pérez; Ruiz',
  email: 'ana.perez@claut.example.mx',
  phone: '+52 81 1234 5678',
  role: 'Directora, innovación',
};
const luis: OwnContact = { firstName: 'Luis', lastName: 'Gómez', email: null, phone: null, role: null };

const row = (patch: Partial<MeetingRow> = {}): MeetingRow => ({
  order: 1,
  clusterId: 'claut',
  known: true,
  name: 'Cluster Automotriz de Nuevo León, A.C. (CLAUT)',
  stateName: 'Nuevo León',
  city: 'Monterrey',
  sectors: ['Automotive'],
  label: null,
  eccpMember: true,
  score: 70,
  reasons: [],
  website: 'https://www.claut.com.mx',
  notes: '',
  contacts: [ana, luis],
  outcome: null,
  sources: ['Preparatory Briefing on Mexico (2019 edition) — Table 2'],
  meeting: null,
  ...patch,
});

function cards(vcf: string) {
  return ICAL.parse(vcf).map((jcal: unknown) => new ICAL.Component(jcal as never));
}
// ical.js unescapes '\;' only inside structured values (N, ADR); RFC 2426 lists it among the escaped
// characters of any text value (a bare ';' is not allowed there), and address books read it back.
const value = (card: ICAL.Component, name: string) => {
  const v = card.getFirstPropertyValue(name);
  return typeof v === 'string' ? v.replace(/\\;/g, ';') : v;
};

describe('partnerContact', () => {
  it('takes the row facts, the lookup’s people over the row’s, and says where each comes from', () => {
    const p = partnerContact(row(), (id) => (id === 'claut' ? [luis] : []));
    expect(p).toMatchObject({
      organisation: row().name,
      website: row().website,
      state: 'Nuevo León',
      city: 'Monterrey',
    });
    expect(p.people).toEqual([luis]);
    expect(p.note).toBe(
      'Source: Preparatory Briefing on Mexico (2019 edition) — Table 2. Contact persons: entered by you.',
    );
    expect(partnerContact(row({ contacts: [] })).note).not.toContain('entered by you');
    expect(partnerContact(row({ known: false, name: null, sources: [] })).organisation).toBe(
      'claut (not in the current dataset)',
    );
  });
});

describe('buildVcards', () => {
  const partners: PartnerContact[] = [
    partnerContact(row()),
    partnerContact(row({ clusterId: 'hegan', name: 'Hélice Aeroespacial', contacts: [], website: null, city: null })),
  ];
  const vcf = buildVcards(partners);

  it('writes CRLF lines of at most 75 octets, one card per person and one for a partner without any', () => {
    expect(vcf.endsWith('END:VCARD\r\n')).toBe(true);
    expect(vcf.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = vcf.split('\r\n');
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(cards(vcf)).toHaveLength(3);
  });

  it('reads back with every value intact (escaping, folding, structured names and address)', () => {
    const [first, second, org] = cards(vcf);
    expect(value(first, 'version')).toBe('3.0');
    expect(value(first, 'fn')).toBe('Ana María Pérez; Ruiz');
    expect(value(first, 'n')).toEqual(['Pérez; Ruiz', 'Ana María', '', '', '']);
    expect(value(first, 'org')).toBe(row().name);
    expect(value(first, 'title')).toBe('Directora, innovación');
    expect(value(first, 'email')).toBe(ana.email);
    expect(value(first, 'tel')).toBe(ana.phone);
    expect(value(first, 'url')).toBe('https://www.claut.com.mx');
    expect(value(first, 'adr')).toEqual(['', '', '', 'Monterrey', 'Nuevo León', '', 'Mexico']);
    expect(value(first, 'note')).toContain('Contact persons: entered by you.');
    expect(value(second, 'fn')).toBe('Luis Gómez');
    expect(second.getFirstProperty('email')).toBeNull();
    expect(value(org, 'fn')).toBe('Hélice Aeroespacial');
    expect(org.getFirstProperty('url')).toBeNull();
    expect(value(org, 'adr')).toEqual(['', '', '', '', 'Nuevo León', '', 'Mexico']);
    expect(new Set(cards(vcf).map((c: ICAL.Component) => value(c, 'uid'))).size).toBe(3);
  });

  it('is empty for no partners', () => {
    expect(buildVcards([])).toBe('');
  });
});

describe('buildCrmCsv', () => {
  const parse = (csv: string, delimiter = ',') => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const out = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true, delimiter });
    expect(out.errors).toEqual([]);
    return out.data;
  };
  const partners = [
    partnerContact(row()),
    partnerContact(row({ clusterId: 'x', name: '=HYPERLINK("http://evil")', contacts: [], website: null })),
  ];

  it('has the common CRM headers and one row per person, a name-less row for a partner without any', () => {
    const [header, ...data] = parse(buildCrmCsv(partners));
    expect(header).toEqual([...CRM_CSV_HEADER]);
    expect(header.slice(0, 6)).toEqual(['First Name', 'Last Name', 'Email', 'Company', 'Website', 'Phone']);
    const cell = (r: string[], name: (typeof CRM_CSV_HEADER)[number]) => r[CRM_CSV_HEADER.indexOf(name)];
    expect(data).toHaveLength(3);
    expect(cell(data[0], 'First Name')).toBe('Ana María');
    expect(cell(data[0], 'Last Name')).toBe('Pérez; Ruiz');
    expect(cell(data[0], 'Phone')).toBe('+52 81 1234 5678');
    expect(cell(data[0], 'Job Title')).toBe('Directora, innovación');
    expect(cell(data[0], 'Country')).toBe('Mexico');
    expect(cell(data[1], 'Email')).toBe('');
    expect(cell(data[2], 'First Name')).toBe('');
    expect(cell(data[2], 'Company')).toBe('\'=HYPERLINK("http://evil")');
  });

  it('splits on ";" when the user chose it', () => {
    const [header, first] = parse(buildCrmCsv(partners, ';'), ';');
    expect(header).toHaveLength(CRM_CSV_HEADER.length);
    expect(first[1]).toBe('Pérez; Ruiz');
  });
});

describe('contacts in the meeting sheet and the calendar', () => {
  const event = { ...DEFAULT_EVENT, date: '2026-11-05' };
  const scheduled = row({
    meeting: { order: 1, clusterId: 'claut', start: '09:00', end: '09:20', sessionId: 'morning', table: null },
  });

  it('fills the Contact, E-mail and Phone cells, one person after another', () => {
    expect(toSheetRow(scheduled, event)).toMatchObject({
      contact: 'Ana María Pérez; Ruiz (Directora, innovación); Luis Gómez',
      email: 'ana.perez@claut.example.mx',
      phone: '+52 81 1234 5678',
      outcome: '',
    });
    expect(toSheetRow(row({ contacts: [] }), event)).toMatchObject({ contact: '', email: '', phone: '' });
  });

  it('writes each person into the DESCRIPTION and never an ATTENDEE (no invitation is sent)', () => {
    const [meeting] = buildIcsMeetings([scheduled], event);
    expect(meeting.description.split('\n').slice(-2)).toEqual([
      'Contact: Ana María Pérez; Ruiz, Directora, innovación · ana.perez@claut.example.mx · +52 81 1234 5678',
      'Contact: Luis Gómez',
    ]);
    const ics = buildIcs(event, [meeting], {
      dtstamp: '20260101T120000Z',
      uidDomain: 'x.example',
      calendarId: 'l',
      sequence: 0,
    });
    const vevent = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent');
    expect(vevent?.getFirstPropertyValue('description')).toContain('ana.perez@claut.example.mx');
    expect(vevent?.getAllProperties('attendee')).toEqual([]);
  });
});

describe('in Spanish', () => {
  beforeAll(() => activateLocale('es'));
  afterAll(() => activateLocale('en'));

  it('words the note and the country in Spanish, the CRM headers stay as importers map them', () => {
    const p = partnerContact(row());
    expect(p.note).toBe(
      'Fuente: Preparatory Briefing on Mexico (2019 edition) — Table 2. Personas de contacto: registradas por usted.',
    );
    const [header, first] = Papa.parse<string[]>(buildCrmCsv([p]).slice(1), { skipEmptyLines: true }).data;
    expect(header).toEqual([...CRM_CSV_HEADER]);
    expect(first[CRM_CSV_HEADER.indexOf('Country')]).toBe('México');
    expect(value(cards(buildVcards([p]))[0], 'adr')).toEqual(['', '', '', 'Monterrey', 'Nuevo León', '', 'México']);
  });
});
