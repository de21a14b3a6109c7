import type { Map as LeafletMap } from 'leaflet';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CircleMarker, Tooltip } from 'react-leaflet';
import { COLOR } from '@/components/theme';
import { BaseMap } from '@/features/map/base-map';
import { MEXICO_BOUNDS, pointsBounds } from '@/features/map/map-model';
import { placeMarkers } from '@/features/map/marker-spread';
import { useMapZoom } from '@/features/map/use-map-view';
import { useDatasetValue } from '@/hooks/use-loaded-dataset';
import '@/features/map/schedule-map.css';

// White stops with a dark ring: the order number in each reads on paper and in black-and-white print.
const STOP_STYLE = { color: COLOR.ink, weight: 1.5, fillColor: COLOR.paper, fillOpacity: 1 };

export interface MapStop {
  id: string;
  /** The meeting's number in the list, printed on its marker. */
  order: number;
}

/**
 * A printable map of a meeting list: one numbered marker per meeting, so the sheet shows where
 * each partner is based (the printed dashboard numbers its top matches the same way). Fixed size in CSS pixels, so what is fitted on screen is what prints.
 */
export function ScheduleMap({ stops, caption }: { stops: readonly MapStop[]; caption?: string }) {
  const { t } = useTranslation('map');
  const dataset = useDatasetValue();
  const [map, setMap] = useState<LeafletMap | null>(null);
  const zoom = useMapZoom(map);

  const { points, missing } = useMemo(() => {
    const byId = new Map(dataset.clusters.map((c) => [c.id, c]));
    const points = [];
    const missing: string[] = [];
    for (const stop of stops) {
      const cluster = byId.get(stop.id);
      if (cluster?.position) points.push({ ...stop, lat: cluster.position.lat, lng: cluster.position.lng });
      else missing.push(`${stop.order}. ${cluster?.name ?? stop.id}`);
    }
    return { points, missing };
  }, [dataset, stops]);
  // Partners in the same city are spread apart, so every number stays readable.
  const placed = useMemo(() => placeMarkers(points, zoom), [points, zoom]);

  useEffect(() => {
    map?.fitBounds(pointsBounds(points) ?? MEXICO_BOUNDS, { padding: [30, 30], maxZoom: 8, animate: false });
  }, [map, points]);

  return (
    <figure className="break-inside-avoid">
      <div className="h-[340px] w-[680px] max-w-full border border-slate-500">
        <BaseMap mapRef={setMap} interactive={false}>
          {placed.map((p) => (
            <CircleMarker key={p.id} center={p.at} radius={11} pathOptions={STOP_STYLE} interactive={false}>
              <Tooltip permanent direction="center" className="schedule-map-number">
                {p.order}
              </Tooltip>
            </CircleMarker>
          ))}
        </BaseMap>
      </div>
      <figcaption className="mt-1 text-sm">
        {caption ?? t('schedule.caption')}
        {missing.length > 0 && ` ${t('schedule.missing', { list: missing.join('; ') })}`}
      </figcaption>
    </figure>
  );
}
