// Scenarios: the multi-year build plans of a region. List them, run one (planners) and follow the solver live
// over Server-Sent Events with a cancel button, read a run's result (capacity by year stacked by model,
// capex and opex by year, carbon by year, builds and binding limits) and compare two or three scenarios
// side by side. Every figure is the API's; the page only lays it out, in charts and in tables.
import { call, events, json, ProblemError } from './api.js';
import { bars } from './charts.js';
import { field, h, showProblem, table } from './dom.js';
import { num, time, usd } from './format.js';
import { state } from './state.js';

const MAX_COMPARED = 3;
let following;

export async function scenarios(view, scenarioId, runId) {
  following?.abort();
  const countries = await state.countries();
  const regionSelect = h('select', {}, countries.map((c) => h('option', { value: c.code, selected: c.code === state.region }, `${c.name} (${c.code})`)));
  const listBox = h('section', { id: 'scenario-list' });
  const compareBox = h('section', { id: 'scenario-compare', 'aria-live': 'polite' });
  const detail = h('section', { id: 'scenario', 'aria-live': 'polite' });
  const controls = h('form', { class: 'controls', 'aria-label': 'Region' }, field('Region', 'scenario-region', regionSelect));
  const refresh = async () => {
    state.region = regionSelect.value;
    await listScenarios(listBox, compareBox, detail);
  };
  regionSelect.addEventListener('change', refresh);
  controls.addEventListener('submit', (e) => { e.preventDefault(); refresh(); });
  view.append(h('h2', {}, 'Scenarios'),
    h('p', { class: 'note' }, 'Multi-year least-cost build plans: what the region must build, year by year, at what cost and carbon.'),
    controls, listBox, compareBox, detail);
  await refresh();
  if (scenarioId) {
    await openScenario(detail, scenarioId, runId);
  }
}

async function listScenarios(listBox, compareBox, detail) {
  const q = new URLSearchParams({ regionCode: state.region, size: '100', sort: 'name,asc' });
  const page = await json(`/api/v1/scenarios?${q}`);
  const compare = h('button', { type: 'button', id: 'compare-scenarios', disabled: true, 'aria-describedby': 'compare-hint' }, 'Compare selected scenarios');
  const hint = h('p', { class: 'note', id: 'compare-hint' }, 'Select two or three scenarios to compare them side by side.');
  const picks = [];
  const onPick = () => {
    const chosen = picks.filter((p) => p.checked).length;
    compare.disabled = chosen < 2 || chosen > MAX_COMPARED;
    hint.textContent = chosen > MAX_COMPARED ? `At most ${MAX_COMPARED} scenarios side by side.` : 'Select two or three scenarios to compare them side by side.';
  };
  const pick = (s) => {
    const box = h('input', { type: 'checkbox', value: s.id, class: 'compare-pick', id: `pick-${s.id}`, 'aria-label': `Compare ${s.name}`, onchange: onPick });
    picks.push(box);
    return box;
  };
  compare.addEventListener('click', () => showComparison(compareBox, `ids=${picks.filter((p) => p.checked).map((p) => p.value).join(',')}`));
  listBox.replaceChildren(table(`Scenarios of ${state.region} (${page.total})`, [
    ['Compare', pick],
    ['Name', (s) => s.name], ['Region', (s) => s.regionCode], ['Years', (s) => `${s.firstYear}–${s.lastYear}`],
    ['Demand lines', (s) => num(s.demandLines, 0), { numeric: true }],
    ['', (s) => h('button', { type: 'button', class: 'link open-scenario', 'data-id': s.id, onclick: () => { history.replaceState(null, '', `#scenarios/${s.id}`); openScenario(detail, s.id); } }, `Open ${s.name}`)],
  ], page.items, { id: 'scenarios-table' }), h('div', { class: 'actions' }, compare, hint));
}

async function openScenario(detail, scenarioId, runId) {
  following?.abort();
  following = new AbortController();
  const signal = following.signal;
  const scenario = await json(`/api/v1/scenarios/${scenarioId}`);
  const runsBox = h('section', { id: 'runs' });
  const runBox = h('section', { id: 'run', 'aria-live': 'polite' });
  const compareRuns = h('section', { id: 'runs-compare', 'aria-live': 'polite' });
  const openRun = (id) => {
    history.replaceState(null, '', `#scenarios/${scenarioId}/${id}`);
    return showRun(runBox, scenario, id, signal, () => listRuns(runsBox, scenario, openRun, compareRuns));
  };
  detail.replaceChildren(h('div', { class: 'card' },
    h('h3', { id: 'scenario-title' }, scenario.name),
    h('p', {}, `${scenario.regionCode}, ${scenario.firstYear}–${scenario.lastYear} · discount rate ${num(scenario.definition.discountRatePct)} % · `
      + `${scenario.definition.demand.length} demand lines · default variant ${scenario.definition.defaultVariant ?? '—'}`),
    state.identity.canPlan ? runForm(scenario, openRun) : h('p', { class: 'note' }, 'Your role reads scenarios; planners run them.'),
    runBox, runsBox, compareRuns));
  await listRuns(runsBox, scenario, openRun, compareRuns);
  if (runId) {
    await openRun(runId);
  }
}

/** The demand variants the scenario names (each line may give its own), the default first. */
function variantsOf(scenario) {
  const names = new Set([scenario.definition.defaultVariant].filter(Boolean));
  scenario.definition.demand.forEach((line) => Object.keys(line.variants ?? {}).forEach((v) => names.add(v)));
  return [...names];
}

function runForm(scenario, openRun) {
  const variants = variantsOf(scenario);
  const variant = h('select', {}, variants.length ? variants.map((v) => h('option', { value: v }, v)) : h('option', { value: '' }, 'default'));
  const scale = h('input', { type: 'number', min: 0, max: 100, step: 'any', value: 1, inputmode: 'decimal' });
  const limit = h('input', { type: 'number', min: 1, max: 3600, step: 1, value: 60, inputmode: 'numeric' });
  const form = h('form', { id: 'run-form', class: 'row', novalidate: true, 'aria-label': `Run ${scenario.name}` },
    field('Demand variant', 'variant', variant),
    field('Carbon price scale', 'carbonPriceScale', scale, '1 = the scenario\'s prices'),
    field('Time limit, seconds', 'timeLimitSeconds', limit),
    h('div', { class: 'field' }, h('span', { class: 'hint' }, ' '), h('button', { type: 'submit', id: 'start-run' }, 'Run scenario')),
    h('p', { class: 'form-message', role: 'status' }));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const value = (name) => form.elements[name].value;
    const number = (name) => (value(name) === '' ? undefined : Number(value(name)));
    try {
      showProblem(form, null);
      const run = await json(`/api/v1/scenarios/${scenario.id}/runs`, {
        method: 'POST',
        body: { variant: value('variant') || undefined, carbonPriceScale: number('carbonPriceScale'), timeLimitSeconds: number('timeLimitSeconds') },
      });
      await openRun(run.id);
    } catch (error) {
      if (!(error instanceof ProblemError)) throw error;
      showProblem(form, error);
    }
  });
  return form;
}

async function listRuns(runsBox, scenario, openRun, compareRuns) {
  const page = await json(`/api/v1/scenarios/${scenario.id}/runs?size=100`);
  const runs = [...page.items].reverse();
  const picks = [];
  const compare = h('button', { type: 'button', id: 'compare-runs', class: 'secondary', disabled: true }, 'Compare selected runs');
  const onPick = () => {
    const chosen = picks.filter((p) => p.checked).length;
    compare.disabled = chosen < 2 || chosen > MAX_COMPARED;
  };
  compare.addEventListener('click', () => showComparison(compareRuns, `runs=${picks.filter((p) => p.checked).map((p) => p.value).join(',')}`));
  const pick = (r) => {
    if (r.status !== 'COMPLETED' && r.status !== 'CANCELLED') return '';
    const box = h('input', { type: 'checkbox', value: r.id, class: 'compare-run-pick', 'aria-label': `Compare run ${r.label}`, onchange: onPick });
    picks.push(box);
    return box;
  };
  runsBox.replaceChildren(table(`Runs (${page.total}), newest first`, [
    ['Compare', pick],
    ['Run', (r) => r.label], ['Status', (r) => r.status], ['Created', (r) => time(r.createdAt)],
    ['Solver', (r) => r.solverStatus ?? '—'], ['Gap, %', (r) => num(r.gapPct), { numeric: true }],
    ['NPV', (r) => usd(r.npvUsd), { numeric: true }],
    ['', (r) => h('button', { type: 'button', class: 'link', onclick: () => openRun(r.id) }, `Open run ${r.id.slice(0, 8)}`)],
  ], runs, { id: 'runs-table' }), h('div', { class: 'actions' }, compare));
}

async function showRun(runBox, scenario, runId, signal, refreshRuns) {
  const run = await json(`/api/v1/scenarios/${scenario.id}/runs/${runId}`);
  if (run.status === 'QUEUED' || run.status === 'SOLVING') {
    await followRun(runBox, scenario, run, signal);
    if (signal.aborted) return;
    await refreshRuns();
    await runResult(runBox, scenario, await json(`/api/v1/scenarios/${scenario.id}/runs/${runId}`));
  } else {
    await runResult(runBox, scenario, run);
  }
}

async function followRun(runBox, scenario, run, signal) {
  const path = `/api/v1/scenarios/${scenario.id}/runs/${run.id}`;
  const limitMs = (run.timeLimitSeconds ?? 60) * 1000;
  const status = h('span', { id: 'run-status' }, run.status);
  const detail = h('span', { id: 'run-detail' });
  const bar = h('progress', { id: 'run-progress', max: limitMs, value: run.elapsedMs ?? 0, 'aria-label': 'Solving time used' });
  const cancel = state.identity.canPlan ? h('button', { type: 'button', id: 'cancel-run', class: 'secondary' }, 'Cancel run') : null;
  cancel?.addEventListener('click', async () => {
    cancel.disabled = true;
    try {
      await call(path, { method: 'DELETE' });
    } catch (error) {
      if (!(error instanceof ProblemError) || error.status !== 409) throw error;
    }
  });
  runBox.replaceChildren(h('div', { class: 'card' }, h('h4', {}, `Run ${run.label}`),
    h('p', {}, 'Status: ', status, ' ', detail), bar, cancel));
  try {
    await events(`${path}/events`, (type, event) => {
      if (event.status) status.textContent = event.status;
      if (event.detail) detail.textContent = `· ${event.detail}`;
      if (event.elapsedMs !== undefined && event.elapsedMs !== null) bar.value = Math.min(event.elapsedMs, limitMs);
    }, signal);
  } catch (error) {
    if (!signal.aborted) throw error;
  }
}

async function runResult(runBox, scenario, run) {
  const r = run.result;
  const parts = [h('h4', {}, `Run ${run.label}`),
    h('p', {}, 'Status: ', h('span', { id: 'run-status' }, run.status),
      run.failureReason ? ` · ${run.failureReason}` : '',
      r?.solver ? ` · solver ${r.solver.engine}, ${r.solver.status}, gap ${num(r.solver.gapPct)} %` : '')];
  if (r) {
    parts.push(...resultParts(r));
    const download = h('button', { type: 'button', class: 'secondary', id: 'download-run-report' }, 'Download report (Markdown)');
    download.addEventListener('click', async () => {
      const text = await (await call(`/api/v1/scenarios/${scenario.id}/runs/${run.id}/report`, { accept: 'text/markdown' })).text();
      const link = h('a', { href: URL.createObjectURL(new Blob([text], { type: 'text/markdown' })), download: `scenario-run-${run.id}.md` });
      document.body.append(link);
      link.click();
      link.remove();
    });
    parts.push(h('div', { class: 'actions' }, download));
  }
  runBox.replaceChildren(h('div', { class: 'card' }, parts));
}

function resultParts(r) {
  const years = r.years ?? [];
  const labels = years.map((y) => String(y.year));
  const models = [...new Set((r.capacityByModel ?? []).map((c) => c.modelCode))];
  const gpus = new Map((r.capacityByModel ?? []).map((c) => [`${c.year} ${c.modelCode}`, c.gpus]));
  const gpusOf = (year, model) => gpus.get(`${year} ${model}`) ?? 0;
  return [
    table('Totals', [
      ['NPV', () => usd(r.npvUsd), { numeric: true, field: 'npv' }],
      ['NPV without the unserved penalty', () => usd(r.npvWithoutPenaltyUsd), { numeric: true }],
      ['Solver status', () => r.solver?.status ?? '—'], ['Gap, %', () => num(r.solver?.gapPct), { numeric: true }],
      ['Best bound', () => usd(r.solver?.bestBoundUsd), { numeric: true }],
    ], [r], { id: 'run-totals' }),
    h('section', { 'aria-labelledby': 'capacity-title' }, h('h4', { id: 'capacity-title' }, 'Capacity by year, GPUs in service by model'),
      models.length ? bars('GPUs in service by year, stacked by accelerator model', labels,
        models.map((m) => ({ name: m, data: years.map((y) => gpusOf(y.year, m)) })), { stack: 'gpus', unit: 'GPUs' }) : null,
      table('GPUs in service by year and model', [
        ['Year', (y) => String(y.year)],
        ...models.map((m) => [m, (y) => num(gpusOf(y.year, m), 0), { numeric: true }]),
        ['All models', (y) => num(y.gpusInService, 0), { numeric: true, field: 'gpus' }],
        ['IT MW built', (y) => num(y.itMwBuilt), { numeric: true }], ['Grid MW built', (y) => num(y.gridMwBuilt), { numeric: true }],
      ], years, { id: 'capacity-table' })),
    h('div', { class: 'columns' },
      h('section', { 'aria-labelledby': 'cost-title' }, h('h4', { id: 'cost-title' }, 'Capex and opex by year'),
        bars('Capex, energy and carbon cost by year, USD, stacked', labels, [
          { name: 'capex', data: years.map((y) => y.capexUsd) },
          { name: 'energy (opex)', data: years.map((y) => y.energyUsd) },
          { name: 'carbon cost (opex)', data: years.map((y) => y.carbonCostUsd) },
        ], { stack: 'usd', unit: 'USD' }),
        table('Capex and opex by year, USD', [
          ['Year', (y) => String(y.year)], ['Capex', (y) => usd(y.capexUsd), { numeric: true, field: 'capex' }],
          ['Energy', (y) => usd(y.energyUsd), { numeric: true, field: 'energy' }], ['Carbon cost', (y) => usd(y.carbonCostUsd), { numeric: true }],
        ], years, { id: 'cost-table' })),
      h('section', { 'aria-labelledby': 'carbon-title' }, h('h4', { id: 'carbon-title' }, 'Carbon by year'),
        bars('Carbon emitted by year, tonnes CO2e', labels, [{ name: 't CO2e', data: years.map((y) => y.carbonTonnes) }], { unit: 't CO2e' }),
        table('Carbon and demand by year', [
          ['Year', (y) => String(y.year)], ['t CO2e', (y) => num(y.carbonTonnes), { numeric: true, field: 'carbon' }],
          ['MWh', (y) => num(y.energyMwh), { numeric: true }], ['Demand units', (y) => num(y.demandUnits), { numeric: true }],
          ['Unserved units', (y) => num(y.unservedUnits), { numeric: true }],
        ], years, { id: 'carbon-table' }))),
    table('What to build', [
      ['Kind', (b) => b.kind], ['Decided', (b) => String(b.decisionYear)], ['Ready', (b) => String(b.readyYear)],
      ['Where', (b) => b.site ?? b.zoneCode ?? '—'], ['Model', (b) => b.modelCode ?? '—'],
      ['GPUs', (b) => (b.gpus === null || b.gpus === undefined ? '—' : num(b.gpus, 0)), { numeric: true }],
      ['MW', (b) => num(b.mw), { numeric: true }], ['Capex', (b) => usd(b.capexUsd), { numeric: true }],
    ], r.builds ?? [], { id: 'builds-table' }),
    table('Demand not served', [
      ['Demand', (u) => u.demand], ['Year', (u) => String(u.year)], ['Units', (u) => num(u.units), { numeric: true }],
      ['GPUs', (u) => num(u.gpus), { numeric: true }], ['Why', (u) => u.reason],
    ], r.unserved ?? [], { id: 'unserved-table' }),
    h('section', { id: 'binding' }, h('h4', {}, `Limits that bind (${(r.binding ?? []).length})`),
      (r.binding ?? []).length ? h('ul', {}, r.binding.map((b) => h('li', {}, bindingText(b)))) : h('p', {}, 'No limit binds.')),
  ];
}

function bindingText(b) {
  return b.text ?? `${b.constraint} ${b.subject ?? ''} binds in ${b.fromYear}–${b.toYear}`;
}

/** Scenarios (ids=...) or runs (runs=...) side by side, as the API compares them, deltas against the first. */
async function showComparison(box, query) {
  box.replaceChildren(h('p', {}, 'Comparing…'));
  let comparison;
  try {
    comparison = await json(`/api/v1/scenarios/compare?${query}`);
  } catch (error) {
    if (!(error instanceof ProblemError)) throw error;
    box.replaceChildren(h('p', { class: 'field-error', role: 'alert' }, `Cannot compare: ${error.message}`));
    return;
  }
  const columns = comparison.scenarios ?? [];
  const years = [...new Set(columns.flatMap((c) => (c.capexByYear ?? []).map((y) => y.year)))].sort();
  const capexOf = (c, year) => (c.capexByYear ?? []).find((y) => y.year === year)?.capexUsd ?? null;
  const delta = (value, d, format) => (d === null || d === undefined || d === 0 ? format(value) : `${format(value)} (${d > 0 ? '+' : '−'}${format(Math.abs(d))})`);
  const rows = [
    ['Solver', (c) => `${c.solverStatus ?? '—'}, gap ${num(c.gapPct)} %`],
    ['NPV', (c) => delta(c.npvUsd, c.npvDeltaUsd, usd)],
    ['GPUs bought', (c) => delta(c.gpusBought, c.gpusBoughtDelta, (v) => num(v, 0))],
    ['IT MW built', (c) => delta(c.itMwBuilt, c.itMwBuiltDelta, num)],
    ['Grid MW built', (c) => delta(c.gridMwBuilt, c.gridMwBuiltDelta, num)],
    ['t CO2e', (c) => delta(c.carbonTonnes, c.carbonTonnesDelta, num)],
    ['Unserved GPU-years', (c) => delta(c.unservedGpuYears, c.unservedGpuYearsDelta, num)],
    ['First year short', (c) => (c.firstYearShort ? String(c.firstYearShort) : 'none')],
  ];
  box.replaceChildren(h('div', { class: 'card' },
    h('h3', { id: 'comparison-title' }, `Side by side: ${columns.map((c) => c.label).join(' · ')}`),
    h('p', { class: 'note' }, 'Differences against the first, in brackets.'),
    h('table', { id: 'comparison-table' },
      h('caption', {}, 'Scenarios side by side'),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Figure'), columns.map((c) => h('th', { scope: 'col', class: 'num' }, c.label)))),
      h('tbody', {}, rows.map(([label, value]) => h('tr', {}, h('th', { scope: 'row' }, label),
        columns.map((c) => h('td', { class: 'num' }, value(c))))))),
    bars('Capex by year, USD, side by side', years.map(String), columns.map((c) => ({ name: c.label, data: years.map((y) => capexOf(c, y)) })), { unit: 'USD' }),
    table('Capex by year, USD, side by side', [
      ['Year', (y) => String(y)], ...columns.map((c) => [c.label, (y) => usd(capexOf(c, y)), { numeric: true }]),
    ], years, { id: 'comparison-capex-table' })));
}
