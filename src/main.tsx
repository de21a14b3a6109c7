import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/index.css';
import { App } from '@/app/app';
import { registerOfflineCopy } from '@/app/offline';
import { UpdateNotice } from '@/app/update-notice';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App />
    <UpdateNotice />
  </StrictMode>,
);
registerOfflineCopy();
