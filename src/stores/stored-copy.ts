import type { StorageValue } from 'zustand/middleware';
import type { Wording } from '@/i18n/i18n';
import { STORAGE_TEXT } from '@/stores/storage-messages';

/** What is stored under a name right now. */
export type StoredCopy<S> =
  | { kind: 'missing' }
  | { kind: 'readable'; raw: string; value: StorageValue<S> & { version: number } }
  /** Saved by a newer version of the app (another tab was updated). */
  | { kind: 'newer'; raw: string; version: number }
  | { kind: 'unreadable'; raw: string; why: Wording };

export const BACKUP_INFIX = ':set-aside:';

export function backupKey(name: string, at = new Date()): string {
  return `${name}${BACKUP_INFIX}${at.toISOString()}`;
}

/** What a stored text holds for a store at `version` that can migrate `olderVersions`. */
export function classifyStoredCopy<S>(
  raw: string | null,
  version: number,
  olderVersions: readonly number[],
): StoredCopy<S> {
  if (raw === null) return { kind: 'missing' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { kind: 'unreadable', raw, why: () => STORAGE_TEXT.corrupt };
  }
  const value = parsed as Partial<StorageValue<S>> | null;
  if (typeof value !== 'object' || value === null || typeof value.state !== 'object' || value.state === null) {
    return { kind: 'unreadable', raw, why: () => STORAGE_TEXT.badShape };
  }
  const v = value.version;
  if (v === version || olderVersions.includes(v as number))
    return { kind: 'readable', raw, value: value as StorageValue<S> & { version: number } };
  if (typeof v === 'number' && Number.isInteger(v) && v > version) return { kind: 'newer', raw, version: v };
  return { kind: 'unreadable', raw, why: () => STORAGE_TEXT.unknownVersion(v) };
}
