import 'leaflet/dist/leaflet.css';
import type { Map as LeafletMap, PathOptions } from 'leaflet';
import type { CSSProperties, ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { GeoJSON, MapContainer, Pane } from 'react-leaflet';
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

interface BaseMapProps {
  children?: ReactNode;
  /** Receives the Leaflet map once it exists (for fit, pan and resize). */
  mapRef?: Ref<LeafletMap>;
  /** False for a display-only map (presentation): no zoom buttons, dragging or keyboard focus. */
  interactive?: boolean;
}

/** Offline Leaflet map over bundled Natural Earth geography; children add layers. */
export function BaseMap({ children, mapRef, interactive = true }: BaseMapProps) {
  const { t } = useTranslation('map');
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
      minZoom={3}
      maxZoom={12}
      worldCopyJump={false}
      zoomControl={interactive}
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
      {children}
    </MapContainer>
  );
}
