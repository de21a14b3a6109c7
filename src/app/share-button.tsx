import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { activeEntries, encodeView } from '@/app/url-state';
import { Button } from '@/components/button';
import { Dialog } from '@/components/dialog';
import { TextField } from '@/components/field';
import { formatNumber } from '@/domain/format';
import { useAppStore } from '@/stores/app-store';

/** The address bar already mirrors the view; this link also carries the current shortlist. */
function shareUrl(): string {
  const query = encodeView(useAppStore.getState(), true);
  return `${window.location.origin}${window.location.pathname}${query ? `?${query}` : ''}`;
}

/**
 * Copies a link that reopens this view with the current shortlist. The link is also shown in a
 * field, because the clipboard is unavailable in some browsers and on plain-http intranet hosts.
 */
export function ShareButton() {
  const { t } = useTranslation('app');
  const [link, setLink] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  const titleId = useId();
  const shortlisted = useAppStore((s) => activeEntries(s).length);

  const share = async () => {
    const url = shareUrl();
    setLink(url);
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      setCopied(false);
      queueMicrotask(() => field.current?.select());
    }
  };

  return (
    <div className="relative">
      <Button variant="inverse" size="md" onClick={() => void share()}>
        {t('share.button')}
      </Button>
      {link && (
        // A popover, not a modal: the dashboard behind stays usable while the link is copied.
        <Dialog
          modal={false}
          labelledBy={titleId}
          onClose={() => setLink(null)}
          className="absolute top-full right-0 left-auto z-[4000] mt-2 w-[min(26rem,calc(100vw-2rem))] rounded-lg border border-slate-300 bg-white p-3 text-sm text-slate-900 shadow-lg"
        >
          <h2 id={titleId} className="font-semibold">
            {t('share.title')}
          </h2>
          <p role="status">
            {copied ? t('share.copied') : t('share.copyThis')}{' '}
            {shortlisted > 0
              ? t('share.reopensWithShortlist', { count: shortlisted, n: formatNumber(shortlisted, 0) })
              : t('share.reopens')}
          </p>
          <TextField
            ref={field}
            label={t('share.field')}
            hideLabel
            className="mt-2"
            inputClassName="font-mono"
            readOnly
            value={link}
            onFocus={(e) => e.currentTarget.select()}
          />
          <Button variant="neutral" onClick={() => setLink(null)} className="mt-2">
            {t('share.close')}
          </Button>
        </Dialog>
      )}
    </div>
  );
}
