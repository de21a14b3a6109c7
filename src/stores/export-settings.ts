import { create } from 'zustand';
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware';
import { defaultCsvDelimiter, isCsvDelimiter, type CsvDelimiter } from '@/domain/csv-delimiter';

// How the user likes their files, remembered in this browser apart from the shortlists: losing it
// costs a click, so it needs none of the shortlists' backup and merge machinery.

export const EXPORT_SETTINGS_KEY = 'eu-mx-matchmaking:export-settings';
export const EXPORT_SETTINGS_VERSION = 1;

/** Reminder choices in minutes before a meeting; 0 is no reminder. */
export const REMINDER_MINUTES = [0, 10, 15, 30, 60] as const;

export interface ExportSettings {
  /** null: the separator this browser's locale expects. */
  csvDelimiter: CsvDelimiter | null;
  reminderMinutes: number;
}

interface ExportSettingsState extends ExportSettings {
  setCsvDelimiter: (delimiter: CsvDelimiter) => void;
  setReminderMinutes: (minutes: number) => void;
}

const DEFAULTS: ExportSettings = { csvDelimiter: null, reminderMinutes: 0 };

/** Whatever was stored, as settings this version can use (a bad value falls back to its default). */
export function readExportSettings(raw: unknown): ExportSettings {
  const o = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const minutes = o.reminderMinutes;
  return {
    csvDelimiter: isCsvDelimiter(o.csvDelimiter) ? o.csvDelimiter : null,
    reminderMinutes: REMINDER_MINUTES.some((m) => m === minutes) ? (minutes as number) : 0,
  };
}

// A browser that refuses storage (private mode, full quota) keeps the choice for this visit.
const quiet: StateStorage = {
  getItem: (name) => {
    try {
      return window.localStorage.getItem(name);
    } catch {
      return null;
    }
  },
  setItem: (name, value) => {
    try {
      window.localStorage.setItem(name, value);
    } catch {
      // Not saved: the setting still applies until the tab closes.
    }
  },
  removeItem: (name) => {
    try {
      window.localStorage.removeItem(name);
    } catch {
      // Nothing to remove.
    }
  },
};

export const useExportSettings = create<ExportSettingsState>()(
  persist(
    (set) => ({
      ...DEFAULTS,
      setCsvDelimiter: (csvDelimiter) => set({ csvDelimiter }),
      setReminderMinutes: (reminderMinutes) => set({ reminderMinutes }),
    }),
    {
      name: EXPORT_SETTINGS_KEY,
      version: EXPORT_SETTINGS_VERSION,
      storage: createJSONStorage(() => quiet),
      partialize: ({ csvDelimiter, reminderMinutes }) => ({ csvDelimiter, reminderMinutes }),
      // Only version 1 exists; any other shape is read field by field.
      migrate: (state) => readExportSettings(state),
      merge: (persisted, current) => ({ ...current, ...readExportSettings(persisted) }),
    },
  ),
);

const browserLocale = () => (typeof navigator === 'undefined' ? 'en' : navigator.language || 'en');

/** The CSV separator in force: the remembered choice, else the one this browser's locale expects. */
export const useCsvDelimiter = (): CsvDelimiter =>
  useExportSettings((s) => s.csvDelimiter ?? defaultCsvDelimiter(browserLocale()));

export const useReminderMinutes = (): number => useExportSettings((s) => s.reminderMinutes);
