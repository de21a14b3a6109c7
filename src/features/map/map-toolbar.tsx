import { Button } from '@/components/button';
import { Checkbox } from '@/components/checkbox';

interface MapToolbarProps {
  placed: number;
  unplaced: number;
  showStrength: boolean;
  onShowStrength: (on: boolean) => void;
  tilesOn: boolean;
  onTilesOn: (on: boolean) => void;
  onFit: () => void;
}

export function MapToolbar(props: MapToolbarProps) {
  const { placed, unplaced, showStrength, onShowStrength, tilesOn, onTilesOn, onFit } = props;
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-0.5 border-b border-slate-200 px-3 py-1 text-sm">
      <h2 className="text-base font-bold">Map of matches</h2>
      <p className="text-slate-700">
        {placed} shown
        {unplaced > 0 && <span className="font-semibold"> · {unplaced} not on the map</span>}
      </p>
      <Button onClick={onFit} className="ml-auto">
        Fit to matches
      </Button>
      <div className="flex basis-full flex-wrap items-center gap-x-4">
        <Checkbox
          inline
          label="Show state strength"
          checked={showStrength}
          onChange={(e) => onShowStrength(e.target.checked)}
        />
        <Checkbox
          inline
          label="Online map tiles (OpenStreetMap)"
          checked={tilesOn}
          onChange={(e) => onTilesOn(e.target.checked)}
        />
      </div>
    </div>
  );
}
