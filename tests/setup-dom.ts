// Setup for tests that run in jsdom: each test starts from the store's initial state, empty
// storage and the bare address, whatever the test before it did.
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { useAppStore } from '@/stores/app-store';

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState(), true);
  localStorage.clear();
  window.history.replaceState(null, '', '/');
});

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
