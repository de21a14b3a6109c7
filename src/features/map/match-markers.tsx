import type { CircleMarker as LeafletCircleMarker, PathOptions } from 'leaflet';
import { memo, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CircleMarker, Popup, Tooltip } from 'react-leaflet';
import { COLOR } from '@/components/theme';
import type { LatLngPair, MapMarker } from '@/features/map/map-model';
import { MarkerPopup } from '@/features/map/marker-popup';

export const SELECTED_OUTLINE = COLOR['accent-500'];

export function markerStyle(marker: MapMarker, selected: boolean): PathOptions {
  return selected
    ? { color: SELECTED_OUTLINE, weight: 4, fillColor: marker.colour, fillOpacity: 1 }
    : { color: COLOR.ink, weight: 1, fillColor: marker.colour, fillOpacity: 0.9 };
}

interface MarkerItemProps {
  marker: MapMarker & { at: LatLngPair };
  selected: boolean;
  shortlisted: boolean;
  onSelect: (id: string) => void;
  onToggleShortlist: (id: string) => void;
}

export const MarkerItem = memo(function MarkerItem({
  marker,
  selected,
  shortlisted,
  onSelect,
  onToggleShortlist,
}: MarkerItemProps) {
  const { t } = useTranslation('map');
  const layer = useRef<LeafletCircleMarker>(null);
  const { id, name, scoreText, labelText } = marker;
  const handlers = useMemo(() => ({ click: () => onSelect(id) }), [id, onSelect]);
  const description = t(selected ? 'marker.descriptionSelected' : 'marker.description', {
    name,
    score: scoreText,
    label: labelText,
  });

  // SVG paths are not focusable, so the matches list stays the keyboard path; this names the
  // marker for assistive tech that explores the map.
  useEffect(() => {
    const element = layer.current?.getElement();
    element?.setAttribute('role', 'img');
    element?.setAttribute('aria-label', description);
  }, [description]);

  useEffect(() => {
    if (selected) layer.current?.bringToFront();
  }, [selected, marker]);

  return (
    <CircleMarker
      ref={layer}
      center={marker.at}
      radius={selected ? marker.radius + 4 : marker.radius}
      pathOptions={markerStyle(marker, selected)}
      bubblingMouseEvents={false}
      eventHandlers={handlers}
    >
      <Tooltip pane="tooltipPane" direction="top" offset={[0, -marker.radius]}>
        {/* Leaflet tooltips do not wrap; a name from the data may be one very long word. */}
        <strong className="inline-block max-w-64 whitespace-normal wrap-anywhere">{name}</strong>
        <br />
        {t('marker.score', { score: scoreText })}
        <br />
        {labelText}
      </Tooltip>
      {/* Overlays inherit the custom pane from context; send them back to Leaflet's own panes. */}
      <Popup pane="popupPane" maxWidth={280} autoPanPadding={[12, 12]}>
        <MarkerPopup
          marker={marker}
          shortlisted={shortlisted}
          onToggleShortlist={() => onToggleShortlist(id)}
          onShowDetails={() => {
            onSelect(id);
            layer.current?.closePopup();
          }}
        />
      </Popup>
    </CircleMarker>
  );
});
