// Every message about saved data the user reads, in one place. Getters and functions, not
// constants: each is worded in the active language at the moment a message is created.
import { formatNumber } from '@/domain/format';
import { tr } from '@/i18n/i18n';

const quoteList = (items: readonly string[]) => items.map((i) => `"${i}"`).join(', ');

/** Where the user manages saved data: the header's button and the dialog's title. */
export const savedDataPlace = () => tr('savedData:place');
/** The button on a notice about saved data that opens that dialog. */
export const openSavedData = () => tr('savedData:open', { place: savedDataPlace() });

const freeSpace = () =>
  tr('savedData:storage.freeSpace', { place: savedDataPlace(), action: tr('savedData:dialog.trySaving') });

export const STORAGE_TEXT = {
  get corrupt() {
    return tr('savedData:storage.corrupt');
  },
  get badShape() {
    return tr('savedData:storage.badShape');
  },
  unknownVersion: (version: unknown) => tr('savedData:storage.unknownVersion', { version: String(version) }),
  leftOut: (problems: readonly string[]) => tr('savedData:storage.leftOut', { problems: problems.join('; ') }),
  get startedFresh() {
    return tr('savedData:storage.startedFresh');
  },
  get replacedHere() {
    return tr('savedData:storage.replacedHere');
  },
  get restLoaded() {
    return tr('savedData:storage.restLoaded');
  },
  setAside: (why: string, key: string, outcome: string) =>
    tr('savedData:storage.setAside', { why, key, outcome, place: savedDataPlace() }),
  /** The backup could not be written (storage full): nothing may be written over the original. */
  notBackedUp: (why: string, key: string) =>
    tr('savedData:storage.notBackedUp', { why, key, place: savedDataPlace(), freeSpace: freeSpace() }),
  get noStorage() {
    return tr('savedData:storage.noStorage');
  },
  get unreadable() {
    return tr('savedData:storage.unreadable');
  },
  get full() {
    return tr('savedData:storage.full', { freeSpace: freeSpace() });
  },
  get newerElsewhere() {
    return tr('savedData:storage.newerElsewhere');
  },
  unknownFields: (fields: readonly string[]) =>
    tr('savedData:storage.unknownFields', { count: fields.length, list: quoteList(fields) }),
  get savingOn() {
    return tr('savedData:storage.savingOn');
  },
  /** The shortlist panel's reminder while saving is off (the notice says why). */
  get savingOffHere() {
    return tr('savedData:storage.savingOffHere');
  },
  restored: (when: string, added: readonly string[], copied: readonly string[], present: readonly string[]) =>
    [
      tr('savedData:storage.restored.when', { when }),
      added.length
        ? tr('savedData:storage.restored.added', {
            count: added.length,
            n: formatNumber(added.length, 0),
            list: quoteList(added),
          })
        : '',
      copied.length ? tr('savedData:storage.restored.copied', { count: copied.length, list: quoteList(copied) }) : '',
      present.length ? tr('savedData:storage.restored.present', { list: quoteList(present) }) : '',
      added.length + copied.length + present.length === 0 ? tr('savedData:storage.restored.none') : '',
    ]
      .filter(Boolean)
      .join(' '),
  restoredName: (name: string) => tr('savedData:storage.restoredName', { name }),
};
