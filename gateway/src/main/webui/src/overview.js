// Region overview: the map (sites by IT MW and sovereignty, zones by carbon intensity) and the capacity
// summary now and at a chosen date, as tables and a chart.
import { json, ProblemError } from './api.js';
import { bars } from './charts.js';
import { field, h, showProblem, table } from './dom.js';
import { date, num } from './format.js';
import { drawMap, legend } from './map.js';
import { state } from './state.js';

const STATUSES = ['OPERATIONAL', 'UNDER_CONSTRUCTION', 'PLANNED', 'DECOMMISSIONED'];

export async function overview(view) {
  const countries = await state.countries();
  const regionSelect = h('select', {}, countries.map((c) => h('option', { value: c.code, selected: c.code === state.region }, `${c.name} (${c.code})`)));
  const asOf = h('input', { type: 'date', value: state.asOf, required: true });
  const body = h('div', { class: 'overview' }, h('p', {}, 'Loading…'));
  const editor = h('section', { id: 'site-editor', 'aria-live': 'polite' });
  const controls = h('form', { class: 'controls', 'aria-label': 'Region and date' },
    field('Region', 'region', regionSelect), field('Capacity as of', 'asOf', asOf));
  const refresh = async () => {
    state.region = regionSelect.value;
    state.asOf = asOf.value || state.asOf;
    body.replaceChildren(h('p', {}, 'Loading…'));
    editor.replaceChildren();
    body.replaceChildren(...await content(state.region, state.asOf, countries, (site) => editSite(editor, site, refresh)));
  };
  regionSelect.addEventListener('change', refresh);
  asOf.addEventListener('change', refresh);
  controls.addEventListener('submit', (e) => { e.preventDefault(); refresh(); });
  view.append(h('h2', {}, 'Region overview'), controls, editor, body);
  await refresh();
}

async function content(regionCode, asOf, countries, onEdit) {
  const q = encodeURIComponent(regionCode);
  const [sites, zones, now, then] = await Promise.all([
    json(`/api/v1/sites?regionCode=${q}&size=500&sort=itCapacityMw,desc`),
    json('/api/v1/grid-zones?size=500'),
    json(`/api/v1/capacity/summary?regionCode=${q}`),
    json(`/api/v1/capacity/summary?regionCode=${q}&asOf=${encodeURIComponent(asOf)}`),
  ]);
  const focus = countries.find((c) => c.code === regionCode);
  const liveSites = sites.items.filter((s) => s.status !== 'DECOMMISSIONED');
  const map = drawMap({
    focus, countries, zones: zones.items, sites: liveSites,
    label: `Map of ${focus?.name ?? regionCode}: ${liveSites.length} sites, sized by IT MW and coloured by sovereignty level; grid zones shaded by carbon intensity`,
  });
  const mapBox = h('section', { class: 'map-box', 'aria-labelledby': 'map-title' },
    h('h3', { id: 'map-title' }, `Sites and grid zones, ${focus?.name ?? regionCode}`), map, legend());
  return [
    h('div', { class: 'columns' }, mapBox, summary(now, then, asOf)),
    table(`Sites in ${regionCode} (${sites.total})`, [
      ['Site', (s) => s.name], ['Region', (s) => s.regionCode], ['Type', (s) => s.type], ['Status', (s) => s.status],
      ['Sovereignty', (s) => s.sovereigntyLevel], ['Available from', (s) => date(s.availableFrom)],
      ['IT MW', (s) => num(s.itCapacityMw), { numeric: true }], ['Available IT MW', (s) => num(s.availableItMw), { numeric: true }],
      ['Grid zone', (s) => s.gridZoneCode],
      ...(state.identity.canEdit ? [['Edit', (s) => h('button', { type: 'button', class: 'link edit-site', 'data-id': s.id, onclick: () => onEdit(s) }, `Edit ${s.name}`)]] : []),
    ], sites.items, { id: 'sites-table' }),
    table('Grid zones', [
      ['Zone', (z) => z.code], ['Country', (z) => z.countryCode],
      ['Carbon, g CO2e/kWh', (z) => num(z.carbonIntensityGPerKwh), { numeric: true }],
      ['Renewable share, %', (z) => num(z.renewableSharePct), { numeric: true }],
      ['Price, USD/MWh', (z) => num(z.priceUsdPerMwh), { numeric: true }],
      ['Headroom MW', (z) => num(z.headroomMw), { numeric: true }],
    ], zones.items.filter((z) => z.countryCode === regionCode.slice(0, 2)), { id: 'zones-table' }),
  ];
}

function summary(now, then, asOf) {
  const statusRows = STATUSES.map((status) => ({
    status, now: now.totals.itCapacityMwByStatus?.[status] ?? 0, then: then.totals.itCapacityMwByStatus?.[status] ?? 0,
  }));
  return h('section', { class: 'summary', id: 'summary', 'aria-labelledby': 'summary-title' },
    h('h3', { id: 'summary-title' }, 'Capacity summary'),
    h('dl', { class: 'figures' },
      h('dt', {}, 'IT MW, all sites'), h('dd', { id: 'summary-it-mw', 'data-value': now.totals.itCapacityMw }, num(now.totals.itCapacityMw)),
      h('dt', {}, `IT MW available by ${asOf}`), h('dd', { id: 'summary-it-mw-asof', 'data-value': then.totals.itCapacityMw }, num(then.totals.itCapacityMw)),
      h('dt', {}, 'Sites'), h('dd', { id: 'summary-sites' }, num(now.totals.sites, 0))),
    table('IT MW by status', [
      ['Status', (r) => r.status], ['Now', (r) => num(r.now), { numeric: true, field: 'now' }],
      [`By ${asOf}`, (r) => num(r.then), { numeric: true, field: 'then' }],
    ], statusRows, { id: 'status-table' }),
    bars(`IT MW by status, now and by ${asOf}`, statusRows.map((r) => r.status.replace('_', ' ').toLowerCase()), [
      { name: 'now', data: statusRows.map((r) => r.now) }, { name: `by ${asOf}`, data: statusRows.map((r) => r.then) },
    ], { unit: 'MW' }),
    table('GPUs by model', [
      ['Model', (g) => g.modelCode], ['Installed', (g) => num(g.installed, 0), { numeric: true, field: 'installed' }],
      ['Reserved', (g) => num(g.reserved, 0), { numeric: true }], ['Available', (g) => num(g.available, 0), { numeric: true }],
    ], now.totals.gpusByModel ?? [], { id: 'gpus-table' }),
    table('IT MW per million people', [
      ['Country', (c) => c.countryName ?? c.countryCode], ['Population', (c) => num(c.population, 0), { numeric: true }],
      ['IT MW', (c) => num(c.totals.itCapacityMw), { numeric: true }],
      ['MW per million people', (c) => num(c.itCapacityMwPerMillionPeople), { numeric: true, field: 'perMillion' }],
    ], now.countries ?? [], { id: 'per-million-table' }));
}

/** The fields of a site that an update replaces (PUT /sites/{id}); pools are managed on their own. */
const SITE_FIELDS = ['name', 'regionCode', 'type', 'operator', 'operatorHqCountry', 'jurisdiction', 'sovereigntyLevel',
  'certifications', 'status', 'availableFrom', 'itCapacityMw', 'maxItMw', 'pue', 'gridZoneCode', 'lat', 'lon', 'tier',
  'source', 'estimated'];

/**
 * Admins edit a site's IT MW and status. The update carries the version the form was opened with, so a site
 * changed meanwhile by someone else is refused (409) rather than overwritten; the API checks roles and regions.
 */
async function editSite(editor, listed, refresh) {
  const site = await json(`/api/v1/sites/${listed.id}`);
  const itMw = h('input', { type: 'number', min: 0, step: 'any', value: site.itCapacityMw, inputmode: 'decimal', required: true });
  const status = h('select', {}, STATUSES.map((x) => h('option', { value: x, selected: x === site.status }, x)));
  const cancel = h('button', { type: 'button', class: 'secondary', id: 'cancel-site-edit', onclick: () => editor.replaceChildren() }, 'Cancel');
  const form = h('form', { id: 'site-form', class: 'card', novalidate: true, 'aria-labelledby': 'site-form-title' },
    h('h3', { id: 'site-form-title' }, `Edit ${site.name}`),
    h('div', { class: 'row' }, field('IT MW', 'itCapacityMw', itMw), field('Status', 'status', status)),
    h('p', { class: 'form-message', role: 'status' }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'save-site' }, 'Save site'), cancel));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const body = Object.fromEntries(SITE_FIELDS.filter((k) => site[k] !== undefined).map((k) => [k, site[k]]));
    body.itCapacityMw = itMw.value === '' ? null : Number(itMw.value);
    body.status = status.value;
    body.version = site.version;
    try {
      showProblem(form, null);
      await json(`/api/v1/sites/${site.id}`, { method: 'PUT', body });
      await refresh();
      editor.replaceChildren(h('p', { id: 'site-saved', role: 'status' }, `Saved ${site.name}.`));
    } catch (error) {
      if (!(error instanceof ProblemError)) throw error;
      showProblem(form, error);
    }
  });
  editor.replaceChildren(form);
  itMw.focus();
}
