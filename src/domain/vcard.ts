// Address-book cards for the partners of a meeting list. vCard 3.0 (RFC 2426), not 4.0: it is what
// Google Contacts and iCloud write in their own exports and what Outlook and phones import without
// loss, while 4.0 is still read partially by several of them. Text values are escaped and lines
// folded exactly as in iCalendar (RFC 2426 §4 and RFC 5545 share the rules), so ics-text.ts serves both.
import { contactName, type PartnerContact } from '@/domain/contacts';
import type { OwnContact } from '@/domain/own-facts/types';
import { escapeIcsText, foldIcsLine } from '@/domain/ics-text';
import { tr } from '@/i18n/i18n';

export const VCARD_PRODID = '-//EU-Mexico Cluster Matchmaking//Partners//EN';

const text = escapeIcsText;
/** A structured value (N, ADR): each component escaped, joined by ';'. */
const structured = (parts: ReadonlyArray<string | null | undefined>) =>
  parts.map((p) => text(p?.trim() ?? '')).join(';');

function addressLines(partner: PartnerContact): string[] {
  if (!partner.city && !partner.state) return [];
  // Post box; extended; street; locality; region; postal code; country.
  return [`ADR;TYPE=WORK:${structured(['', '', '', partner.city, partner.state, '', tr('contacts:country.mexico')])}`];
}

function card(partner: PartnerContact, person: OwnContact | null, index: number): string[] {
  const name = person ? contactName(person) : '';
  const lines = [
    'BEGIN:VCARD',
    'VERSION:3.0',
    `PRODID:${VCARD_PRODID}`,
    // Stable per partner and person, so importing the file again can update, not duplicate.
    `UID:${text(`${partner.clusterId}-${index}@eu-mx-matchmaking.local`)}`,
    // A card without a person is the organisation's own: FN is its name, N stays empty (RFC 2426 3.1.2).
    `FN:${text(name || partner.organisation)}`,
    `N:${person ? structured([person.lastName, person.firstName, '', '', '']) : ';;;;'}`,
    `ORG:${text(partner.organisation)}`,
  ];
  if (!person) lines.push('X-ABShowAs:COMPANY');
  if (person?.role?.trim()) lines.push(`TITLE:${text(person.role.trim())}`);
  if (person?.email?.trim()) lines.push(`EMAIL;TYPE=INTERNET,WORK:${text(person.email.trim())}`);
  if (person?.phone?.trim()) lines.push(`TEL;TYPE=WORK,VOICE:${text(person.phone.trim())}`);
  if (partner.website) lines.push(`URL:${text(partner.website)}`);
  lines.push(...addressLines(partner), `NOTE:${text(partner.note)}`, 'END:VCARD');
  return lines;
}

/** One card per contact person of the partner, or one for the organisation when it has none. */
export function partnerCards(partner: PartnerContact): string[][] {
  if (partner.people.length === 0) return [card(partner, null, 0)];
  return partner.people.map((person, i) => card(partner, person, i + 1));
}

/** A .vcf of every card of the partners, CRLF line ends, folded at 75 octets. */
export function buildVcards(partners: readonly PartnerContact[]): string {
  const lines = partners.flatMap((p) => partnerCards(p).flat());
  return lines.length === 0 ? '' : lines.map(foldIcsLine).join('\r\n') + '\r\n';
}
