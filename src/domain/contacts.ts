// A partner as an address book or a CRM sees it: the organisation's sourced facts and the contact
// persons the user entered (the sources name no contact person, so every person is the user's own).
import { meetingPartnerName, type MeetingRow } from '@/domain/meeting-rows';
import type { OwnContact } from '@/domain/own-facts/types';
import { tr } from '@/i18n/i18n';

export interface PartnerContact {
  clusterId: string;
  organisation: string;
  website: string | null;
  state: string | null;
  city: string | null;
  people: OwnContact[];
  /** 'Source: …; contact persons entered by you' in the active language: what the card's NOTE says. */
  note: string;
}

/** The contact persons of one organisation, as the user's own facts hold them. */
export type OwnContactsLookup = (clusterId: string) => readonly OwnContact[];

/** The full name as typed, first name first; empty when neither part is given. */
export function contactName(person: Pick<OwnContact, 'firstName' | 'lastName'>): string {
  return [person.firstName.trim(), person.lastName.trim()].filter(Boolean).join(' ');
}

/** 'Ana Pérez, director · ana@x.mx · +52 81 1234 5678': one person on one line (agenda, calendar). */
export function contactLine(person: OwnContact): string {
  const name = [contactName(person), person.role?.trim()].filter(Boolean).join(', ');
  return [name, person.email?.trim(), person.phone?.trim()].filter(Boolean).join(' · ');
}

function provenanceNote(row: MeetingRow, people: readonly OwnContact[]): string {
  const parts = [
    row.sources.length > 0
      ? tr('contacts:note.source', { sources: row.sources.join('; ') })
      : tr('contacts:note.noSource'),
  ];
  if (people.length > 0) parts.push(tr('contacts:note.peopleYours'));
  return parts.join(' ');
}

/**
 * The partner of one meeting row. `lookup` gives the user's own contact persons (the own-facts
 * layer); without it the row's own `contacts` are used.
 */
export function partnerContact(row: MeetingRow, lookup?: OwnContactsLookup): PartnerContact {
  const people = [...(lookup ? lookup(row.clusterId) : row.contacts)];
  return {
    clusterId: row.clusterId,
    organisation: meetingPartnerName(row),
    website: row.website,
    state: row.stateName,
    city: row.city,
    people,
    note: provenanceNote(row, people),
  };
}
