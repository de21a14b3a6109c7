import { act, render, screen, waitFor } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import { beforeEach, describe, expect, it } from 'vitest';
import { Providers } from '@/app/providers';
import { UrlSync, applyLinkWhenLoaded } from '@/app/url-sync';
import { parseDataset } from '@/data/parse-dataset';
import { EMPTY_OWN_REPLICA } from '@/domain/own-facts/replica';
import { datasetQueryOptions } from '@/hooks/use-dataset';
import { useAppStore } from '@/stores/app-store';
import { useOwnFactsStore } from '@/stores/own-facts-store';
import { matchesRawFixture } from '../fixtures/matches-raw-fixture';
import { renderApp } from './render-app';

const dataset = parseDataset(matchesRawFixture());
const sectorsParam = () => new URLSearchParams(window.location.search).get('s');

beforeEach(() => {
  useOwnFactsStore.setState({ replica: EMPTY_OWN_REPLICA });
  useAppStore.getState().setProfile({ sectors: [], interests: [] });
});

/** No waiting: the first commit already has the children (the link was applied before it). */
function expectChildrenAtOnce(client: QueryClient) {
  render(
    <Providers client={client}>
      <UrlSync>child</UrlSync>
    </Providers>,
  );
  expect(screen.getByText('child')).toBeTruthy();
}

describe('UrlSync: the link in, the view out', () => {
  it('applies the link before its children render, then mirrors profile changes into the address bar', async () => {
    renderApp({ dataset, url: '/?s=aerospace', ui: <UrlSync>child</UrlSync> });
    await screen.findByText('child');
    expect(useAppStore.getState().profile.sectors).toEqual(['aerospace']);
    act(() => useAppStore.getState().setProfile({ sectors: ['automotive'] }));
    await waitFor(() => expect(sectorsParam()).toBe('automotive'));
  });

  // The dataset object changes when the user adds or corrects a fact; the address bar must keep
  // following the view afterwards (the effect's cleanup had unsubscribed it for good).
  it("keeps mirroring after the user's own facts give the dataset a new object", async () => {
    renderApp({ dataset, url: '/?s=aerospace', ui: <UrlSync>child</UrlSync> });
    await screen.findByText('child');
    act(() => void useOwnFactsStore.getState().addOrganisation({ name: 'Clúster de Prueba' }));
    act(() => useAppStore.getState().setProfile({ sectors: ['automotive'] }));
    await waitFor(() => expect(sectorsParam()).toBe('automotive'));
  });

  it('renders its children in the very first render when main.tsx applied the link already', () => {
    window.history.replaceState(null, '', '/?s=aerospace');
    const client = new QueryClient();
    client.setQueryData(datasetQueryOptions.queryKey, dataset);
    applyLinkWhenLoaded(client);
    expect(useAppStore.getState().profile.sectors).toEqual(['aerospace']);
    expectChildrenAtOnce(client);
  });

  it('a dataset that arrives later has the link applied as it lands in the cache, before any render', () => {
    window.history.replaceState(null, '', '/?s=aerospace');
    const client = new QueryClient();
    applyLinkWhenLoaded(client);
    expect(useAppStore.getState().profile.sectors).toEqual([]);
    client.setQueryData(datasetQueryOptions.queryKey, dataset);
    expect(useAppStore.getState().profile.sectors).toEqual(['aerospace']);
    expectChildrenAtOnce(client);
  });
});
