// The region map: country shapes from world-atlas (Natural Earth, public domain) bundled into the page,
// projected with d3-geo into SVG. No tiles, no request leaves the machine.
import { geoCircle, geoContains, geoMercator, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import countries50m from 'world-atlas/countries-50m.json';

const SVG = 'http://www.w3.org/2000/svg';
const world = feature(countries50m, countries50m.objects.countries);

/** Sovereignty levels SEAL-0..SEAL-4, light to dark: colour-blind-safe blues with AA-contrast outlines. */
export const SEAL_COLOURS = { 'SEAL-0': '#bdbdbd', 'SEAL-1': '#9ecae1', 'SEAL-2': '#4292c6', 'SEAL-3': '#08519c', 'SEAL-4': '#08306b' };
/** Lifecycle carbon intensity bands, g CO2e per kWh. */
export const CARBON_BANDS = [
  [0, 100, '#d9f0d3'], [100, 300, '#a6dba0'], [300, 500, '#fee08b'], [500, 700, '#fc8d59'], [700, Infinity, '#d73027'],
];

function carbonColour(gPerKwh) {
  return CARBON_BANDS.find(([low, high]) => gPerKwh >= low && gPerKwh < high)?.[2] ?? '#eeeeee';
}

function el(tag, attrs = {}, text) {
  const node = document.createElementNS(SVG, tag);
  Object.entries(attrs).forEach(([k, v]) => node.setAttribute(k, v));
  if (text !== undefined) {
    const title = document.createElementNS(SVG, 'title');
    title.textContent = text;
    node.append(title);
  }
  return node;
}

/** The world-atlas country that contains a point (a region's centre). */
export function countryAt(lon, lat) {
  return world.features.find((f) => geoContains(f, [lon, lat]));
}

const WIDTH = 640;
const PADDING = 24;
const MIN_HEIGHT = 320;
const MAX_HEIGHT = 560;
/** Degrees around each site or line end kept in view, so that a marker at the edge is drawn whole. */
const POINT_MARGIN_DEGREES = 0.3;

/**
 * A Mercator projection fitted to the region's shape and to every point drawn (sites, ends of lines), centred,
 * in a frame as tall as that shape needs at the map's width (within bounds), so the region fills the map.
 */
function fitted(focusFeature, points) {
  const features = [
    ...(focusFeature ? [focusFeature] : []),
    ...points.filter(([lon, lat]) => Number.isFinite(lon) && Number.isFinite(lat))
      .map((centre) => ({ type: 'Feature', geometry: geoCircle().center(centre).radius(POINT_MARGIN_DEGREES)() })),
  ];
  const projection = geoMercator();
  if (!features.length) {
    return { projection: projection.fitSize([WIDTH, 480], { type: 'Sphere' }), width: WIDTH, height: 480 };
  }
  const all = { type: 'FeatureCollection', features };
  projection.fitWidth(WIDTH - 2 * PADDING, all);
  const [[, top], [, bottom]] = geoPath(projection).bounds(all);
  const height = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(bottom - top) + 2 * PADDING));
  projection.fitExtent([[PADDING, PADDING], [WIDTH - PADDING, height - PADDING]], all);
  return { projection, width: WIDTH, height };
}

/**
 * Draws the map. focus: the country region ({lat, lon}); countries: regions keyed by code (for zones);
 * zones: grid zones; sites; lines: [{from: [lon, lat], to: [lon, lat], label}].
 */
export function drawMap({ focus, countries = [], zones = [], sites = [], lines = [], label }) {
  const focusFeature = focus ? countryAt(focus.lon, focus.lat) : null;
  const { projection, width, height } = fitted(focusFeature, [
    ...sites.map((s) => [s.lon, s.lat]),
    ...lines.flatMap((l) => [l.from, l.to]),
  ]);
  const svg = el('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': label, class: 'map' });
  const path = geoPath(projection);
  const zoneByFeature = new Map();
  for (const zone of zones) {
    const region = countries.find((c) => c.code === zone.countryCode);
    const f = region && countryAt(region.lon, region.lat);
    if (f) {
      zoneByFeature.set(f, zone);
    }
  }
  const land = el('g', { class: 'countries' });
  for (const f of world.features) {
    const zone = zoneByFeature.get(f);
    const attrs = { d: path(f) ?? '', class: f === focusFeature ? 'country focus' : 'country', fill: zone ? carbonColour(zone.carbonIntensityGPerKwh) : '#f2f2f2' };
    land.append(el('path', attrs, zone ? `${f.properties.name}: grid zone ${zone.code}, ${zone.carbonIntensityGPerKwh} g CO2e/kWh` : f.properties.name));
  }
  svg.append(land);
  const lineLayer = el('g', { class: 'lines' });
  for (const line of lines) {
    const d = path({ type: 'LineString', coordinates: [line.from, line.to] });
    lineLayer.append(el('path', { d: d ?? '', class: 'assignment-line' }, line.label));
  }
  svg.append(lineLayer);
  const markers = el('g', { class: 'sites' });
  const sorted = [...sites].sort((a, b) => b.itCapacityMw - a.itCapacityMw);
  for (const site of sorted) {
    const [x, y] = projection([site.lon, site.lat]);
    const radius = 4 + Math.sqrt(site.itCapacityMw) * 1.6;
    markers.append(el('circle', {
      cx: x, cy: y, r: radius, class: 'site-marker', 'data-site-id': site.id,
      fill: SEAL_COLOURS[site.sovereigntyLevel] ?? '#999999',
    }, `${site.name}: ${site.itCapacityMw} MW IT, ${site.sovereigntyLevel}, ${site.status}`));
  }
  svg.append(markers);
  return svg;
}

/** The legend, as text with swatches (the sites table says the same in words). */
export function legend() {
  const box = document.createElement('div');
  box.className = 'legend';
  const row = (colour, text, round) => {
    const item = document.createElement('span');
    const swatch = document.createElement('span');
    swatch.className = round ? 'swatch round' : 'swatch';
    swatch.style.background = colour;
    item.append(swatch, text);
    return item;
  };
  const seal = document.createElement('p');
  seal.append('Sites (size: IT MW): ', ...Object.entries(SEAL_COLOURS).map(([level, colour]) => row(colour, level, true)));
  const carbon = document.createElement('p');
  carbon.append('Grid zones, g CO2e/kWh: ', ...CARBON_BANDS.map(([low, high, colour]) => row(colour, high === Infinity ? `≥ ${low}` : `${low}–${high}`)));
  box.append(seal, carbon);
  return box;
}
