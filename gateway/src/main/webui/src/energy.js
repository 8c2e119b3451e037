// Energy: a zone's typical 24 h × 12 month carbon profile as a heat map, its headroom over the coming years
// (upgrades come online as steps), and an energy quote with the best window.
import { json, ProblemError } from './api.js';
import { bars, chart } from './charts.js';
import { field, h, showProblem, table } from './dom.js';
import { date, num, time, usd } from './format.js';
import { state } from './state.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export async function energy(view) {
  const zones = (await json('/api/v1/grid-zones?size=500&sort=code,asc')).items;
  const zoneSelect = h('select', {}, zones.map((z) => h('option', { value: z.code, selected: z.code === state.region }, `${z.code} — ${z.name ?? z.countryCode}`)));
  const body = h('div', {});
  const refresh = async () => body.replaceChildren(...await zoneParts(zoneSelect.value));
  zoneSelect.addEventListener('change', refresh);
  view.append(h('h2', {}, 'Energy'), h('form', { class: 'controls', onsubmit: (e) => e.preventDefault() }, field('Grid zone', 'zone', zoneSelect)), body);
  if (zones.length) await refresh();
}

async function zoneParts(code) {
  const zone = encodeURIComponent(code);
  const profile = await json(`/api/v1/grid-zones/${zone}/profile`).catch((e) => { if (e instanceof ProblemError && e.status === 404) return null; throw e; });
  const year = new Date().getUTCFullYear();
  const dates = [];
  for (let y = year; y <= year + 5; y++) for (const m of ['01', '07']) dates.push(`${y}-${m}-01`);
  const headroom = await Promise.all(dates.map((d) => json(`/api/v1/grid-zones/${zone}/headroom?asOf=${d}`)));
  const parts = [];
  if (profile) {
    const data = profile.rows.map((r) => [r.hour, r.month - 1, r.carbonIntensityGPerKwh]);
    const values = data.map((d) => d[2]);
    parts.push(h('section', {}, h('h3', {}, `Typical carbon intensity, ${code} (g CO2e/kWh, hour of day × month)`),
      chart(`Heat map of ${code}'s typical carbon intensity by hour and month`, {
        tooltip: { position: 'top' },
        grid: { left: 48, right: 16, top: 16, bottom: 80 },
        xAxis: { type: 'category', data: [...Array(24).keys()].map((x) => `${x}h`), name: 'hour (UTC)' },
        yAxis: { type: 'category', data: MONTHS },
        visualMap: { min: Math.min(...values), max: Math.max(...values), calculable: true, orient: 'horizontal', left: 'center', bottom: 0, inRange: { color: ['#d9f0d3', '#fee08b', '#d73027'] } },
        series: [{ type: 'heatmap', data, label: { show: false } }],
      }, 380),
      h('details', {}, h('summary', {}, 'The profile as a table'), table(`Carbon intensity, g CO2e/kWh, ${code}`,
        [['Month', (m) => MONTHS[m]], ...[...Array(24).keys()].map((hour) => [`${hour}h`, (m) => num(profile.rows.find((r) => r.month === m + 1 && r.hour === hour)?.carbonIntensityGPerKwh, 0), { numeric: true }])],
        [...Array(12).keys()], { id: 'profile-table' }))));
  } else {
    parts.push(h('p', {}, `No typical profile recorded for ${code}.`));
  }
  parts.push(h('section', {}, h('h3', {}, `Headroom over time, ${code}`),
    chart(`Headroom of ${code} in MW, half-yearly, with planned upgrades as steps`, {
      legend: { top: 0 },
      grid: { left: 56, right: 16, top: 36, bottom: 32 },
      xAxis: { type: 'category', data: dates },
      yAxis: { type: 'value', name: 'MW' },
      series: [
        { name: 'headroom MW', type: 'line', step: 'end', data: headroom.map((x) => x.headroomMw) },
        { name: 'from upgrades MW', type: 'line', step: 'end', data: headroom.map((x) => x.upgradesMw) },
      ],
    }),
    table(`Headroom, ${code}`, [
      ['As of', (x) => date(x.asOf)], ['Base MW', (x) => num(x.baseHeadroomMw), { numeric: true }],
      ['Upgrades MW', (x) => num(x.upgradesMw), { numeric: true }], ['Contracted MW', (x) => num(x.contractedMw), { numeric: true }],
      ['Headroom MW', (x) => num(x.headroomMw), { numeric: true }],
    ], headroom, { id: 'headroom-table' })));
  parts.push(quoteForm(code));
  return parts;
}

function quoteForm(code) {
  const start = `${new Date().getUTCFullYear() + 1}-01-15T00:00`;
  const form = h('form', { id: 'quote-form', class: 'card', novalidate: true, 'aria-labelledby': 'quote-title' },
    h('h3', { id: 'quote-title' }, `Energy quote, ${code}`),
    h('div', { class: 'row' },
      field('Load, MW', 'loadMw', h('input', { type: 'number', step: 'any', value: 10, inputmode: 'decimal' })),
      field('Hours', 'hours', h('input', { type: 'number', step: 1, value: 24, inputmode: 'numeric' })),
      field('Start (UTC)', 'start', h('input', { type: 'datetime-local', value: start })),
      field('Latest end (UTC)', 'latestEnd', h('input', { type: 'datetime-local', value: `${start.slice(0, 8)}18T00:00` }), 'to look for the best window')),
    h('p', { class: 'form-message', role: 'status' }),
    h('button', { type: 'submit' }, 'Quote'));
  const out = h('div', { id: 'quote', 'aria-live': 'polite' });
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const v = (n) => form.elements[n].value;
    const utc = (n) => (v(n) ? `${v(n)}:00Z` : undefined);
    try {
      showProblem(form, null);
      const q = await json('/api/v1/energy-quotes', {
        method: 'POST',
        body: { zoneCode: code, loadMw: v('loadMw') === '' ? undefined : Number(v('loadMw')), hours: v('hours') === '' ? undefined : Number(v('hours')), start: utc('start'), earliestStart: utc('start'), latestEnd: utc('latestEnd') },
      });
      const options = [['as asked', { start: q.start, end: q.end, costUsd: q.costUsd, emissionsTCo2e: q.emissionsTCo2e }], ['best by carbon', q.bestByCarbon], ['best by cost', q.bestByCost]].filter(([, o]) => o);
      out.replaceChildren(table('Quote and best windows', [
        ['Window', (o) => o[0]], ['Start', (o) => time(o[1].start)], ['End', (o) => time(o[1].end)],
        ['Cost', (o) => usd(o[1].costUsd), { numeric: true }], ['t CO2e', (o) => num(o[1].emissionsTCo2e, 3), { numeric: true }],
        ['Saving', (o) => (o[1].savingUsd !== undefined ? usd(o[1].savingUsd) : '—'), { numeric: true }],
      ], options, { id: 'quote-table' }),
      bars('Quote cost by window, USD', options.map((o) => o[0]), [{ name: 'USD', data: options.map((o) => o[1].costUsd) }], { unit: 'USD' }),
      h('p', {}, `Within headroom: ${q.withinHeadroom ? 'yes' : 'no'} (${num(q.availableMw)} MW available). `, ...(q.warnings ?? []).map((w) => h('span', { class: 'warning' }, String(w.message ?? w)))));
    } catch (error) {
      if (!(error instanceof ProblemError)) throw error;
      showProblem(form, error);
    }
  });
  return h('section', {}, form, out);
}
