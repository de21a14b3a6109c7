// The floor of `npm run bench:web`: the same three libraries the first screen needs (React, one
// Leaflet map, one Recharts chart) and nothing else, so the app's figures can be read as a ratio
// to what the bare stack costs on the same machine in the same run.
import 'leaflet/dist/leaflet.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { CircleMarker, MapContainer } from 'react-leaflet';
import { Bar, BarChart, XAxis, YAxis } from 'recharts';

const POINTS: Array<[number, number]> = [
  [25.67, -100.31],
  [20.59, -100.39],
  [19.43, -99.13],
  [20.67, -103.35],
  [31.69, -106.42],
];
const BARS = [
  { name: 'A', value: 8 },
  { name: 'B', value: 5 },
  { name: 'C', value: 3 },
];

function Floor() {
  return (
    <main style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 12, padding: 12 }}>
      <h1 style={{ gridColumn: '1 / 3', fontSize: 20, margin: 0 }}>Bench floor</h1>
      <MapContainer center={[23, -102]} zoom={4} style={{ height: 360 }}>
        {POINTS.map((p) => (
          <CircleMarker key={p.join()} center={p} radius={8} />
        ))}
      </MapContainer>
      <BarChart width={480} height={360} data={BARS}>
        <XAxis dataKey="name" />
        <YAxis />
        <Bar dataKey="value" fill="#1d4ed8" isAnimationActive={false} />
      </BarChart>
    </main>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('no #root');
createRoot(root).render(
  <StrictMode>
    <Floor />
  </StrictMode>,
);
