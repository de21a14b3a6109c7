import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { activateLocale } from '@/i18n/i18n';

// The app starts in English unless a test switches (as main.tsx does before the first render).
await activateLocale('en');

afterEach(() => {
  cleanup();
});

// jsdom has <dialog> without its methods. The app's Dialog handles focus and Escape itself and
// needs only the open state (jsdom hides a <dialog> without `open`), so this is all it takes.
// Unit tests in the node environment have no DOM at all.
if (typeof HTMLDialogElement !== 'undefined' && typeof HTMLDialogElement.prototype.showModal !== 'function') {
  HTMLDialogElement.prototype.show = function show(this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    if (!this.open) return;
    this.open = false;
    this.dispatchEvent(new Event('close'));
  };
}
