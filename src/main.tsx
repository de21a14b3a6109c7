import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/index.css';
import { App } from '@/app/app';
import { startLanguage } from '@/app/language';
import { registerOfflineCopy } from '@/app/offline';
import { UpdateNotice } from '@/app/update-notice';
import { requestDatasetEarly } from '@/hooks/use-dataset';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
requestDatasetEarly();
// The active language's catalog is a small chunk; the first render waits for it so no text flips.
await startLanguage();
createRoot(root).render(
  <StrictMode>
    <App />
    <UpdateNotice />
  </StrictMode>,
);
registerOfflineCopy();
