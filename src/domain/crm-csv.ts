// Contacts for a CRM import: the column names HubSpot, Salesforce, Zoho, Pipedrive and Google
// Contacts map on their own, kept in English in both languages because importers match them by
// name. One row per contact person; a partner with none gives one row with empty names, so the
// company still arrives.
import type { PartnerContact } from '@/domain/contacts';
import type { CsvDelimiter } from '@/domain/csv-delimiter';
import { buildCsv, guardFormula } from '@/domain/export-csv';
import { tr } from '@/i18n/i18n';

export const CRM_CSV_HEADER = [
  'First Name',
  'Last Name',
  'Email',
  'Company',
  'Website',
  'Phone',
  'Job Title',
  'State',
  'Country',
  'Notes',
] as const;

function rows(partner: PartnerContact): string[][] {
  const people = partner.people.length > 0 ? partner.people : [null];
  return people.map((person) =>
    [
      person?.firstName.trim() ?? '',
      person?.lastName.trim() ?? '',
      person?.email?.trim() ?? '',
      partner.organisation,
      partner.website ?? '',
      person?.phone?.trim() ?? '',
      person?.role?.trim() ?? '',
      partner.state ?? '',
      tr('contacts:country.mexico'),
      partner.note,
    ].map(guardFormula),
  );
}

/** The partners' contacts as a CSV a CRM imports (',' or the user's ';'). */
export function buildCrmCsv(partners: readonly PartnerContact[], delimiter: CsvDelimiter = ','): string {
  return buildCsv(CRM_CSV_HEADER, partners.flatMap(rows), delimiter);
}
