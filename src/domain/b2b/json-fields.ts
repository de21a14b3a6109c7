import type { InputProblem } from '@/domain/b2b/input-problem';
import { isValidIsoDate, parseTime } from '@/domain/dates';

type Json = Record<string, unknown>;

/** Reads fields of a parsed JSON file, collecting every problem with its path instead of throwing. */
export class JsonFields {
  readonly problems: InputProblem[] = [];

  constructor(readonly file: string) {}

  fail(path: string, message: string): null {
    this.problems.push({ file: this.file, path, message });
    return null;
  }

  /** An object with only the allowed keys (unknown keys are typos more often than not). */
  object(value: unknown, path: string, allowed: readonly string[]): Json | null {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return this.fail(path || '(file)', 'expected an object { … }');
    for (const key of Object.keys(value))
      if (!allowed.includes(key)) this.fail(join(path, key), `unknown field (use ${allowed.join(', ')})`);
    return value as Json;
  }

  list(obj: Json, key: string, path: string): unknown[] | null {
    const value = obj[key];
    if (value === undefined) return [];
    return Array.isArray(value) ? value : this.fail(join(path, key), 'expected a list [ … ]');
  }

  text(obj: Json, key: string, path: string, fallback?: string): string | null {
    const value = obj[key];
    if (value === undefined && fallback !== undefined) return fallback;
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
    return this.fail(join(path, key), value === undefined ? 'missing' : 'expected a non-empty text');
  }

  whole(obj: Json, key: string, path: string, min: number, fallback?: number | null): number | null {
    const value = obj[key];
    if (value === undefined && fallback !== undefined) return fallback;
    if (typeof value === 'number' && Number.isInteger(value) && value >= min) return value;
    return this.fail(join(path, key), value === undefined ? 'missing' : `expected a whole number, ${min} or more`);
  }

  date(obj: Json, key: string, path: string): string | null {
    const value = this.text(obj, key, path);
    if (value === null || isValidIsoDate(value)) return value;
    return this.fail(join(path, key), `"${value}" is not a date (use YYYY-MM-DD)`);
  }

  time(obj: Json, key: string, path: string): string | null {
    const value = this.text(obj, key, path);
    if (value === null || parseTime(value) !== null) return value;
    return this.fail(join(path, key), `"${value}" is not a time (use HH:MM, e.g. 09:30)`);
  }
}

export const join = (path: string, key: string | number) =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;
