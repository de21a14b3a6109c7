// Web Mercator (EPSG:3857) in Leaflet's pixel space, so marker spreading can be done in screen
// pixels without a live map object (and be unit-tested without Leaflet).

const TILE = 256;
const MAX_LAT = 85.0511287798;

export interface PixelPoint {
  x: number;
  y: number;
}

function worldSize(zoom: number): number {
  return TILE * 2 ** zoom;
}

export function project(lat: number, lng: number, zoom: number): PixelPoint {
  const size = worldSize(zoom);
  const phi = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180;
  return {
    x: (size * (lng + 180)) / 360,
    y: size * (0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI)),
  };
}

export function unproject(x: number, y: number, zoom: number): { lat: number; lng: number } {
  const size = worldSize(zoom);
  const n = Math.PI - (2 * Math.PI * y) / size;
  return {
    lat: (180 / Math.PI) * Math.atan(Math.sinh(n)),
    lng: (360 * x) / size - 180,
  };
}
