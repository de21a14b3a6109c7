import type { z } from 'zod/mini';
import { formatNumber } from '@/domain/format';
import { i18n, tr } from '@/i18n/i18n';

// Type names as the messages say them ('expected string, got number'), one message per zod type
// code under data:type.* (kept by the extractor's preservePatterns); a code without a message is
// named by zod's own code in both languages.
const typeWord = (type: string) =>
  type === 'null' ? tr('data:value.null') : i18n.exists(`data:type.${type}`) ? tr(`data:type.${type}`) : type;

const received = (value: unknown) =>
  value === null ? tr('data:value.null') : Array.isArray(value) ? tr('data:value.list') : typeWord(typeof value);

type Say = (amount: number, n: string) => string;
interface BoundWords {
  chars: Say;
  items: Say;
  value: Say;
}

const AT_LEAST: BoundWords = {
  chars: (amount, n) => tr('data:issue.minChars', { count: amount, n }),
  items: (amount, n) => tr('data:issue.minItems', { count: amount, n }),
  value: (_, n) => tr('data:issue.min', { n }),
};

const AT_MOST: BoundWords = {
  chars: (amount, n) => tr('data:issue.maxChars', { count: amount, n }),
  items: (amount, n) => tr('data:issue.maxItems', { count: amount, n }),
  value: (_, n) => tr('data:issue.max', { n }),
};

function bound(origin: string, size: number | bigint, words: BoundWords): string {
  const amount = Number(size);
  const say = origin === 'string' ? words.chars : origin === 'array' ? words.items : words.value;
  return say(amount, formatNumber(amount));
}

/**
 * Messages for data editors and for people importing a file, in the words the data-quality panel
 * uses, in the active language. zod/mini ships without messages; its English locale would cost
 * more bundle than these few lines (bundle budget), and says "Invalid input" where this says what
 * was expected.
 */
export function issueMessage(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = typeWord(issue.expected);
      return issue.input === undefined
        ? tr('data:issue.missing', { expected })
        : tr('data:issue.wrongType', { expected, received: received(issue.input) });
    }
    case 'too_small':
      return issue.origin === 'string' && issue.minimum === 1
        ? tr('data:issue.empty')
        : bound(issue.origin, issue.minimum, AT_LEAST);
    case 'too_big':
      return bound(issue.origin, issue.maximum, AT_MOST);
    case 'invalid_value':
      return tr('data:issue.oneOf', { values: issue.values.map((v) => JSON.stringify(v)).join(', ') });
    case 'unrecognized_keys':
      return tr('data:issue.unknownFields', { count: issue.keys.length, keys: issue.keys.join(', ') });
    case 'invalid_union':
      return tr('data:issue.noForm');
    case 'invalid_format':
      return tr('data:issue.format', { format: issue.format });
    case 'not_multiple_of':
      return tr('data:issue.multipleOf', { n: String(issue.divisor) });
    default:
      return tr('data:issue.invalid');
  }
}
