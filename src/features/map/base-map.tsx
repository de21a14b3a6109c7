import 'leaflet/dist/leaflet.css';
import type { Map as LeafletMap, PathOptions } from 'leaflet';
import { useEffect, type CSSProperties, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { GeoJSON, MapContainer, Pane, useMap, ZoomControl } from 'react-leaflet';
import { COLOR } from '@/components/theme';
import { geography } from '@/features/map/base-geography';
import { MEXICO_BOUNDS } from '@/features/map/map-model';

// Below Leaflet's tile pane (200): online tiles, when on and loaded, cover the offline geography,
// and where they fail the geography still shows through.
const BASE_PANE_STYLE: CSSProperties = { zIndex: 150 };

function countryStyle(feature?: { properties?: { focus?: boolean } }): PathOptions {
  const focus = feature?.properties?.focus === true;
  return {
    color: focus ? COLOR['map-mexico-border'] : COLOR['map-neighbour-border'],
    weight: focus ? 1.2 : 0.8,
    fillColor: focus ? COLOR['map-mexico'] : COLOR['map-neighbour'],
    fillOpacity: 1,
  };
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Leaflet's own credit, worded in the active language (Leaflet writes it in English). */
function LeafletCredit() {
  const map = useMap();
  const { t } = useTranslation('map');
  const title = t('leaflet.credit');
  useEffect(() => {
    map.attributionControl?.setPrefix(`<a href="https://leafletjs.com" title="${escapeHtml(title)}">Leaflet</a>`);
  }, [map, title]);
  return null;
}

interface BaseMapProps {
  children?: ReactNode;
  /** Receives the Leaflet map once it exists (for fit, pan and resize). */
  mapRef?: Ref<LeafletMap>;
  /** False for a display-only map (presentation): no zoom buttons, dragging or keyboard focus. */
  interactive?: boolean;
}

/** Offline Leaflet map over bundled Natural Earth geography; children add layers. */
export function BaseMap({ children, mapRef, interactive = true }: BaseMapProps) {
  const { t, i18n } = useTranslation('map');
  return (
    // `!`: leaflet.css is unlayered, so it would beat Tailwind's layered utilities (grey background,
    // an outline pushed outside the panel's clipped edge).
    <MapContainer
      ref={mapRef}
      bounds={MEXICO_BOUNDS}
      className="h-full w-full bg-sky-100! focus-visible:-outline-offset-4!"
      // A display-only map credits its geography in its caption, in type the room can read.
      attributionControl={interactive}
      zoomSnap={0.25}
      // Low enough that the default view fits all of Mexico into a map only 100 px tall.
      minZoom={2}
      maxZoom={12}
      worldCopyJump={false}
      // Our own zoom buttons (below), so their titles are translated.
      zoomControl={false}
      keyboard={interactive}
      dragging={interactive}
      scrollWheelZoom={interactive}
      doubleClickZoom={interactive}
      boxZoom={interactive}
      touchZoom={interactive}
    >
      <Pane name="base-geography" style={BASE_PANE_STYLE}>
        <GeoJSON data={geography} style={countryStyle} interactive={false} attribution={t('attribution.geography')} />
      </Pane>
      {interactive && (
        // Keyed on the language: Leaflet writes the titles once, when the control is added.
        <ZoomControl key={i18n.language} position="topleft" zoomInTitle={t('zoom.in')} zoomOutTitle={t('zoom.out')} />
      )}
      {interactive && <LeafletCredit />}
      {children}
    </MapContainer>
  );
}
