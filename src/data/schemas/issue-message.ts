import type { z } from 'zod/mini';

const received = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value);

const bound = (origin: string, size: number | bigint, word: 'at least' | 'at most') =>
  origin === 'string'
    ? `must have ${word} ${size} character${size === 1 ? '' : 's'}`
    : origin === 'array'
      ? `must have ${word} ${size} item${size === 1 ? '' : 's'}`
      : `must be ${word} ${size}`;

/**
 * Messages for data editors and for people importing a file, in the words the data-quality panel
 * uses. zod/mini ships without messages; its English locale would cost more bundle than these
 * few lines (bundle budget), and says "Invalid input" where this says what was expected.
 */
export function issueMessage(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}, got ${issue.input === undefined ? 'nothing' : received(issue.input)}`;
    case 'too_small':
      return issue.origin === 'string' && issue.minimum === 1
        ? 'must not be empty'
        : bound(issue.origin, issue.minimum, 'at least');
    case 'too_big':
      return bound(issue.origin, issue.maximum, 'at most');
    case 'invalid_value':
      return `must be one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length === 1 ? '' : 's'}: ${issue.keys.join(', ')}`;
    case 'invalid_union':
      return 'matches none of the allowed forms';
    case 'invalid_format':
      return `is not a valid ${issue.format}`;
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)}`;
    default:
      return 'is not valid here';
  }
}
