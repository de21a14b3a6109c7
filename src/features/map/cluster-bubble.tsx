import { divIcon, type LeafletMouseEvent, type Map as LeafletMap } from 'leaflet';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Marker } from 'react-leaflet';
import { COLOR } from '@/components/theme';
import { formatNumber } from '@/domain/format';
import type { MarkerBubble } from '@/features/map/marker-clusters';
import { reducedMotion } from '@/features/map/use-map-view';
import '@/features/map/cluster-bubble.css';

/** 22 px for two markers, growing slowly with the count (a log scale: 10,000 stays readable). */
export function bubbleSize(count: number): number {
  return Math.round(18 + 12 * Math.log10(Math.max(2, count)));
}

/**
 * Markers too close to tell apart, drawn as one bubble with their count, coloured by the best
 * score among them (as that marker would be). A Leaflet marker, so it is a focusable button:
 * Enter or a click zooms in until the bubble splits.
 */
export const ClusterBubble = memo(function ClusterBubble({
  bubble,
  map,
}: {
  bubble: MarkerBubble;
  map: LeafletMap | null;
}) {
  const { t } = useTranslation('perf');
  const { lat, lng, count, colour, best, expansionZoom } = bubble;
  const size = bubbleSize(count);
  const label = t('bubble.label', { count: count, n: formatNumber(count, 0), best: Math.round(best) });
  const icon = useMemo(() => {
    const text = best >= 50 ? COLOR.paper : COLOR.ink;
    const html = `<span style="background:${colour};color:${text};width:${size}px;height:${size}px;line-height:${size}px" class="map-bubble" aria-hidden="true">${formatNumber(count, 0)}</span>`;
    return divIcon({ html, className: 'map-bubble-icon', iconSize: [size, size] });
  }, [colour, count, size, best]);
  const handlers = useMemo(
    () => ({
      click: (e: LeafletMouseEvent) => {
        e.originalEvent?.stopPropagation();
        map?.setView([lat, lng], Math.min(map.getMaxZoom(), expansionZoom), { animate: !reducedMotion() });
      },
    }),
    [map, lat, lng, expansionZoom],
  );
  // The count is drawn (hidden from screen readers); the title names the bubble.
  return <Marker position={[lat, lng]} icon={icon} title={label} keyboard eventHandlers={handlers} />;
});
