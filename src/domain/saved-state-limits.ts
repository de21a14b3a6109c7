/**
 * How long and how many each saved value may be. The saved-state schema refuses anything beyond
 * them (a saved shortlist would then not load), so forms, links and imports stop at the same numbers.
 */
export const SAVED_STATE_LIMITS = {
  shortlist: { id: 60, name: 200, entries: 500, note: 2000 },
  /** A list's own profile: far more terms than any taxonomy has, a country as long as a share link's. */
  profile: { terms: 100, country: 80, presetId: 60, weight: 10 },
  event: {
    name: 200,
    place: 200,
    slots: 20,
    slotId: 60,
    slotLabel: 80,
    meetingMinutes: { min: 5, max: 240 },
    gapMinutes: { min: 0, max: 120 },
    firstTable: { min: 1, max: 9999 },
  },
} as const;
