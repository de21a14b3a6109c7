import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import '@/index.css';
import { App } from '@/app/app';
import { firstData } from '@/app/first-data';
import { startLanguage } from '@/app/language';
import { registerOfflineCopy } from '@/app/offline';
import { createQueryClient } from '@/app/providers';
import { UpdateNotice } from '@/app/update-notice';
import { applyLinkWhenLoaded } from '@/app/url-sync';
import { requestDatasetEarly } from '@/hooks/use-dataset';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
requestDatasetEarly();
const queryClient = createQueryClient();
// The active language's catalog is a small chunk; the first render waits for it so no text flips.
await startLanguage();
await firstData(queryClient);
applyLinkWhenLoaded(queryClient);
// As a transition, React renders the first screen in slices of a few ms (the page stays
// responsive) and commits it once; a plain render would be one long task.
startTransition(() =>
  createRoot(root).render(
    <StrictMode>
      <App client={queryClient} />
      <UpdateNotice />
    </StrictMode>,
  ),
);
registerOfflineCopy();
