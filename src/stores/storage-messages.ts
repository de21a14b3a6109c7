// Every message about saved data the user reads, in one place (to be translated as a whole).

const quoteList = (items: readonly string[]) => items.map((i) => `"${i}"`).join(', ');
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Where the user manages saved data: the header's button and the dialog's title. */
export const SAVED_DATA_PLACE = 'Saved data';
/** The button on a notice about saved data that opens that dialog. */
export const OPEN_SAVED_DATA = `Open ${SAVED_DATA_PLACE}`;

const FREE_SPACE = `To save again, free space: download the backups you want to keep under "${SAVED_DATA_PLACE}" and delete them there, then choose "Try saving again".`;

export const STORAGE_TEXT = {
  corrupt: 'Your saved shortlists were corrupt (not valid JSON).',
  badShape: 'Your saved shortlists had an unexpected shape.',
  unknownVersion: (version: unknown) => `Your saved shortlists come from an unknown version (${String(version)}).`,
  leftOut: (problems: readonly string[]) =>
    `Some saved shortlists could not be read and were left out: ${problems.join('; ')}.`,
  startedFresh: 'the app started fresh',
  restLoaded: 'the rest was loaded',
  setAside: (why: string, key: string, outcome: string) =>
    `${why} The saved data was set aside under "${key}" in this browser's storage and ${outcome}. You can download or restore it under "${SAVED_DATA_PLACE}".`,
  /** The backup could not be written (storage full): nothing may be written over the original. */
  notBackedUp: (why: string, key: string) =>
    `${why} There is no room in this browser's storage to keep a backup of it, so saving is off and nothing was overwritten: the saved data is untouched under "${key}". Your changes from now on last only while this tab is open. You can download the saved data as it is under "${SAVED_DATA_PLACE}". ${FREE_SPACE}`,
  noStorage:
    'Saving is off: this browser does not allow local storage. Your shortlists work for this visit but will not be kept; export them as JSON to keep them.',
  unreadable:
    'Saving is off: local storage could not be read. Your shortlists work for this visit but will not be kept; export them as JSON to keep them.',
  full: `Saving is off: the browser storage is full. Nothing was overwritten: your shortlists are kept as they were last saved, and changes from now on last only while this tab is open. ${FREE_SPACE}`,
  newerElsewhere: `Saving is off in this tab: another tab saved your shortlists with a newer version of the app. Nothing was overwritten. Reload this tab to continue with the newer version and your latest shortlists.`,
  unknownFields: (fields: readonly string[]) =>
    `Your saved data has ${fields.length === 1 ? 'a field' : 'fields'} this version of the app does not use: ${quoteList(fields)}. ${fields.length === 1 ? 'It was' : 'They were'} kept unchanged in this browser's storage, and your shortlists were loaded.`,
  savingOn: 'Saving is on again: your shortlists are saved in this browser.',
  /** The shortlist panel's reminder while saving is off (the notice says why). */
  savingOffHere:
    'Saving is off: changes last only while this tab is open. Export your shortlists as JSON from the meeting list to keep them.',
  restored: (when: string, added: readonly string[], copied: readonly string[], present: readonly string[]) =>
    [
      `Restored the backup of ${when}.`,
      added.length ? `Added ${plural(added.length, 'list', 'lists')}: ${quoteList(added)}.` : '',
      copied.length
        ? `Added ${quoteList(copied)} next to your own list${copied.length === 1 ? '' : 's'} of the same name, which ${copied.length === 1 ? 'differs' : 'differ'} from the backup; nothing of yours was replaced.`
        : '',
      present.length ? `Already in your shortlists, unchanged: ${quoteList(present)}.` : '',
      added.length + copied.length + present.length === 0 ? 'It holds no shortlist this version can read.' : '',
    ]
      .filter(Boolean)
      .join(' '),
  restoredName: (name: string) => `${name} (restored)`,
} as const;
