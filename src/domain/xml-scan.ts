// A tolerant scanner for the small, machine-written XML of an .xlsx package (Excel, LibreOffice,
// Google Sheets): tags with attributes and the text between them. The domain has no DOMParser, and
// a full XML parser would be far more than these parts need. Namespace prefixes are dropped
// (`x:c` is `c`), since writers differ in whether they use them.

export type XmlToken =
  | { kind: 'open'; name: string; attrs: Record<string, string>; selfClosing: boolean }
  | { kind: 'close'; name: string }
  | { kind: 'text'; text: string };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[ref] ?? whole;
  });
}

const TAG = /<((?:[^"'>]|"[^"]*"|'[^']*')*)>/y;

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

function attributes(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of source.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    attrs[localName(m[1]!)] = decodeXml(m[2] ?? m[3] ?? '');
  }
  return attrs;
}

/** The tokens of a document in order; declarations, comments and processing instructions skipped. */
export function* scanXml(xml: string): Generator<XmlToken> {
  let at = 0;
  while (at < xml.length) {
    const lt = xml.indexOf('<', at);
    if (lt === -1) {
      yield { kind: 'text', text: decodeXml(xml.slice(at)) };
      return;
    }
    if (lt > at) yield { kind: 'text', text: decodeXml(xml.slice(at, lt)) };
    if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt);
      const stop = end === -1 ? xml.length : end;
      yield { kind: 'text', text: xml.slice(lt + 9, stop) };
      at = stop + 3;
      continue;
    }
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt);
      at = end === -1 ? xml.length : end + 3;
      continue;
    }
    // A quoted attribute value may hold a '>' (XML allows it unescaped there).
    TAG.lastIndex = lt;
    const tag = TAG.exec(xml);
    if (!tag) return;
    at = TAG.lastIndex;
    const inner = tag[1]!;
    if (inner[0] === '?' || inner[0] === '!') continue;
    if (inner[0] === '/') {
      yield { kind: 'close', name: localName(inner.slice(1).trim()) };
      continue;
    }
    const selfClosing = inner.endsWith('/');
    const body = selfClosing ? inner.slice(0, -1) : inner;
    const nameEnd = body.search(/[\s/]|$/);
    yield {
      kind: 'open',
      name: localName(body.slice(0, nameEnd)),
      attrs: attributes(body.slice(nameEnd)),
      selfClosing,
    };
  }
}
