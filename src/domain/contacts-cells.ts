// The user's contact persons in the cells of a sheet row: one column each for names, e-mails and
// phones, '; ' between persons, so a spreadsheet filter on "E-mail" finds every address.
import { contactName } from '@/domain/contacts';
import type { OwnContact } from '@/domain/own-facts/types';

const joined = (items: ReadonlyArray<string | null | undefined>) =>
  items
    .map((item) => item?.trim() ?? '')
    .filter(Boolean)
    .join('; ');

/** 'Ana Pérez (director)': the name with the role in brackets when given. */
function personCell(person: OwnContact): string {
  const role = person.role?.trim();
  const name = contactName(person);
  return role ? `${name} (${role})` : name;
}

export function contactsCells(people: readonly OwnContact[]): { contact: string; email: string; phone: string } {
  return {
    contact: joined(people.map(personCell)),
    email: joined(people.map((p) => p.email)),
    phone: joined(people.map((p) => p.phone)),
  };
}
