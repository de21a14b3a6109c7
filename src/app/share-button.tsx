import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_SHARE_LINK, activeEntries, buildShareLink, type ShareLink } from '@/app/url-state';
import { Button } from '@/components/button';
import { Dialog } from '@/components/dialog';
import { TextField } from '@/components/field';
import { formatNumber } from '@/domain/format';
import { useAppStore } from '@/stores/app-store';

/** The address bar already mirrors the view; this link also carries the open list. */
function shareLink(): ShareLink {
  return buildShareLink(useAppStore.getState(), `${window.location.origin}${window.location.pathname}`);
}

/** What the link carries of the open list, and plainly what it leaves out. */
function ListPart({ list }: { list: NonNullable<ShareLink['list']> }) {
  const { t } = useTranslation('workspace');
  if (!list.notesLeftOut)
    return <p>{t(list.hasNotes ? 'share.carries' : 'share.carriesNoNotes', { name: list.name })}</p>;
  return (
    <p>
      {t('share.notesLeftOut', {
        name: list.name,
        length: formatNumber(list.lengthWithNotes, 0),
        max: formatNumber(MAX_SHARE_LINK, 0),
      })}
    </p>
  );
}

/**
 * Copies a link that reopens this view with the current shortlist. The link is also shown in a
 * field, because the clipboard is unavailable in some browsers and on plain-http intranet hosts.
 */
export function ShareButton() {
  const { t } = useTranslation('app');
  const [shared, setShared] = useState<ShareLink | null>(null);
  const link = shared?.url ?? null;
  const [copied, setCopied] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  const titleId = useId();
  const shortlisted = useAppStore((s) => activeEntries(s).length);

  const share = async () => {
    const made = shareLink();
    const url = made.url;
    setShared(made);
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
          onClose={() => setShared(null)}
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
          {shared?.list && <ListPart list={shared.list} />}
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
          <Button variant="neutral" onClick={() => setShared(null)} className="mt-2">
            {t('share.close')}
          </Button>
        </Dialog>
      )}
    </div>
  );
}
