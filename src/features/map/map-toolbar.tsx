interface MapToolbarProps {
  placed: number;
  unplaced: number;
  showStrength: boolean;
  onShowStrength: (on: boolean) => void;
  tilesOn: boolean;
  onTilesOn: (on: boolean) => void;
  onFit: () => void;
}

const CHECK = 'inline-flex cursor-pointer items-center gap-1.5';
const BOX = 'h-4 w-4 accent-brand-600';

export function MapToolbar(props: MapToolbarProps) {
  const { placed, unplaced, showStrength, onShowStrength, tilesOn, onTilesOn, onFit } = props;
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-0.5 border-b border-slate-200 px-3 py-1 text-sm">
      <h2 className="text-base font-bold">Map of matches</h2>
      <p className="text-slate-700">
        {placed} shown
        {unplaced > 0 && <span className="font-semibold"> · {unplaced} not on the map</span>}
      </p>
      <button
        type="button"
        onClick={onFit}
        className="ml-auto rounded border border-brand-600 px-2 py-0.5 font-medium text-brand-700 hover:bg-brand-50"
      >
        Fit to matches
      </button>
      <div className="flex basis-full flex-wrap items-center gap-x-4">
        <label className={CHECK}>
          <input
            type="checkbox"
            className={BOX}
            checked={showStrength}
            onChange={(e) => onShowStrength(e.target.checked)}
          />
          Show state strength
        </label>
        <label className={CHECK}>
          <input type="checkbox" className={BOX} checked={tilesOn} onChange={(e) => onTilesOn(e.target.checked)} />
          Online map tiles (OpenStreetMap)
        </label>
      </div>
    </div>
  );
}
