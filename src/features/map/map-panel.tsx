import { BaseMap } from '@/features/map/base-map';

export function MapPanel() {
  return (
    <div className="h-full w-full" data-testid="map">
      <BaseMap />
    </div>
  );
}
