/** Only http(s) URLs may become links: data and imports could carry javascript:, data: and the like. */
export function isSafeHttpUrl(href: string | null | undefined): href is string {
  if (!href) return false;
  try {
    const url = new URL(href.trim());
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
