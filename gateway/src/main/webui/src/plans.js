// Plans: start one (planners), follow it live over Server-Sent Events, cancel it, read its result
// (assignments on the map and in a table, unplaced workloads and why, shortfalls and investments),
// commit and release it, and download its Markdown report.
import { call, events, json, ProblemError } from './api.js';
import { bars } from './charts.js';
import { field, h, showProblem, table } from './dom.js';
import { date, num, power, time, usd } from './format.js';
import { drawMap } from './map.js';
import { state } from './state.js';

let following;

export async function plans(view, planId) {
  following?.abort();
  const me = state.identity;
  const countries = await state.countries();
  const panel = h('section', { id: 'plan', 'aria-live': 'polite' });
  const list = h('section', { id: 'plan-list' });
  view.append(h('h2', {}, 'Plans'));
  if (me.canPlan) {
    view.append(planForm(countries, panel, list));
  } else {
    view.append(h('p', { class: 'note' }, 'Your role reads plans; planners start and commit them.'));
  }
  view.append(panel, list);
  await refreshList(list, panel);
  if (planId) {
    await show(panel, planId);
  }
}

function planForm(countries, panel, list) {
  const region = h('select', {}, countries.map((c) => h('option', { value: c.code, selected: c.code === defaultRegion() }, `${c.name} (${c.code})`)));
  const horizon = h('input', { type: 'date', value: state.asOf, required: true });
  const limit = h('input', { type: 'number', min: 1, max: 300, step: 1, value: 20, required: true, inputmode: 'numeric' });
  const weight = (name, value) => field(`${name} weight`, `weights.${name}`, h('input', { type: 'number', min: 0, max: 10, step: 1, value, inputmode: 'numeric' }));
  const form = h('form', { id: 'plan-form', class: 'card', 'aria-labelledby': 'plan-form-title', novalidate: true },
    h('h3', { id: 'plan-form-title' }, 'New plan'),
    h('div', { class: 'row' },
      field('Workloads of region', 'filter.regionCode', region),
      field('Horizon date', 'horizonDate', horizon),
      field('Time limit, seconds', 'timeLimitSeconds', limit)),
    h('div', { class: 'row' }, weight('cost', 1), weight('carbon', 1), weight('sovereignty', 2), weight('latency', 1)),
    h('p', { class: 'form-message', role: 'status' }),
    h('button', { type: 'submit', id: 'start-plan' }, 'Start plan'));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const value = (name) => form.elements[name].value;
    const number = (name) => (value(name) === '' ? undefined : Number(value(name)));
    try {
      showProblem(form, null);
      const response = await call('/api/v1/plans', {
        method: 'POST',
        body: {
          filter: { regionCode: value('filter.regionCode') },
          weights: { cost: number('weights.cost'), carbon: number('weights.carbon'), sovereignty: number('weights.sovereignty'), latency: number('weights.latency') },
          horizonDate: value('horizonDate') || undefined,
          timeLimitSeconds: number('timeLimitSeconds'),
        },
      });
      const plan = await response.json().catch(() => ({}));
      const id = plan.id ?? response.headers.get('Location').split('/').pop();
      history.replaceState(null, '', `#plans/${id}`);
      await show(panel, id);
      refreshList(list, panel);
    } catch (error) {
      if (!(error instanceof ProblemError)) throw error;
      showProblem(form, error);
    }
  });
  return form;
}

function defaultRegion() {
  const regions = state.identity.regions.filter((r) => r !== '*');
  return regions[0] ?? state.region;
}

async function refreshList(list, panel) {
  const page = await json('/api/v1/plans?size=20&sort=createdAt,desc');
  list.replaceChildren(table(`Recent plans (${page.total})`, [
    ['Created', (p) => time(p.createdAt)], ['By', (p) => p.createdBy], ['Status', (p) => p.status],
    ['Workloads', (p) => num(p.workloadCount, 0), { numeric: true }], ['Committed', (p) => (p.committed ? 'yes' : 'no')],
    ['', (p) => h('button', { type: 'button', class: 'link', onclick: () => { history.replaceState(null, '', `#plans/${p.id}`); show(panel, p.id); } }, `Open plan ${p.id.slice(0, 8)}`)],
  ], page.items, { id: 'plans-table' }));
}

async function show(panel, id) {
  following?.abort();
  following = new AbortController();
  const plan = await json(`/api/v1/plans/${id}`);
  if (plan.status === 'QUEUED' || plan.status === 'SOLVING') {
    await follow(panel, plan, following.signal);
  } else {
    await result(panel, plan);
  }
}

async function follow(panel, plan, signal) {
  const status = h('span', { id: 'plan-status' }, plan.status);
  const limitMs = (plan.progress?.timeLimitSeconds ?? 30) * 1000;
  const bar = h('progress', { id: 'plan-progress', max: limitMs, value: plan.progress?.elapsedMs ?? 0, 'aria-label': 'Solving time used' });
  const cancel = state.identity.canPlan ? h('button', { type: 'button', id: 'cancel-plan', class: 'secondary' }, 'Cancel plan') : null;
  cancel?.addEventListener('click', async () => {
    cancel.disabled = true;
    try {
      await call(`/api/v1/plans/${plan.id}`, { method: 'DELETE' });
    } catch (error) {
      if (!(error instanceof ProblemError) || error.status !== 409) throw error;
    }
  });
  panel.replaceChildren(h('div', { class: 'card' },
    h('h3', {}, `Plan ${plan.id}`),
    h('p', {}, 'Status: ', status),
    bar, cancel));
  try {
    await events(`/api/v1/plans/${plan.id}/events`, (type, event) => {
      if (event.status) status.textContent = event.status;
      if (event.elapsedMs !== undefined) bar.value = Math.min(event.elapsedMs, limitMs);
    }, signal);
  } catch (error) {
    if (signal.aborted) return;
    throw error;
  }
  if (!signal.aborted) {
    await result(panel, await json(`/api/v1/plans/${plan.id}`));
  }
}

async function result(panel, plan) {
  const r = plan.result;
  const parts = [h('h3', {}, `Plan ${plan.id}`),
    h('p', {}, 'Status: ', h('span', { id: 'plan-status' }, plan.status),
      r ? ` · ${r.totals.placed} of ${r.totals.workloads} workloads placed` : '',
      plan.failureReason ? ` · ${plan.failureReason}` : '')];
  if (r) {
    parts.push(...await resultParts(plan, r));
  }
  parts.push(actions(plan));
  panel.replaceChildren(h('div', { class: 'card' }, parts));
}

async function resultParts(plan, r) {
  const t = r.totals;
  const regions = await state.regions();
  const byCode = new Map(regions.map((x) => [x.code, x]));
  const workloads = new Map();
  const siteIds = [...new Set(r.assignments.map((a) => a.siteId))];
  const sites = new Map();
  await Promise.all([
    ...r.assignments.map(async (a) => { workloads.set(a.workloadId, await json(`/api/v1/workloads/${a.workloadId}`).catch(() => null)); }),
    ...siteIds.map(async (sid) => { sites.set(sid, await json(`/api/v1/sites/${sid}`).catch(() => null)); }),
  ]);
  const lines = r.assignments.flatMap((a) => {
    const site = sites.get(a.siteId);
    const users = byCode.get(workloads.get(a.workloadId)?.userRegionCode ?? '');
    return site && users ? [{ from: [users.lon, users.lat], to: [site.lon, site.lat], label: `${a.workloadName}: users in ${users.name} → ${a.siteName}` }] : [];
  });
  const country = byCode.get((r.assignments[0]?.siteRegionCode ?? state.region).slice(0, 2));
  return [
    table('Totals', [
      ['Workloads', () => num(t.workloads, 0), { numeric: true }], ['Placed', () => num(t.placed, 0), { numeric: true, field: 'placed' }],
      ['Unplaced', () => num(t.unplaced, 0), { numeric: true }], ['GPUs', () => num(t.gpus, 0), { numeric: true }],
      ['IT power', () => power(t.itKw), { numeric: true }], ['Grid power', () => power(t.powerKw), { numeric: true }],
      ['MWh, all runs once', () => num(t.energyMwhAllRuns), { numeric: true }], ['USD, all runs once', () => usd(t.costUsdAllRuns), { numeric: true }],
      ['MWh per year of the services', () => num(t.energyMwhPerYear), { numeric: true }], ['USD per year of the services', () => usd(t.costUsdPerYear), { numeric: true }],
      ['Investment capex', () => usd(t.investmentCapexUsd), { numeric: true }], ['Start dates missed', () => num(t.lateStarts, 0), { numeric: true }],
    ], [t], { id: 'plan-totals' }),
    h('div', { class: 'columns' },
      h('section', { 'aria-labelledby': 'plan-map-title' }, h('h4', { id: 'plan-map-title' }, 'Where each workload runs, from its users'),
        drawMap({ focus: country, countries: regions, sites: [...sites.values()].filter(Boolean), lines, label: `Map of the plan: ${lines.length} lines from user regions to sites` })),
      // In a div: a table does not scroll by itself, and a wide one would widen the page.
      h('div', {}, table('Assignments', [
        ['Workload', (a) => a.workloadName], ['Site', (a) => a.siteName], ['Model', (a) => a.acceleratorModel],
        ['GPUs', (a) => num(a.gpus, 0), { numeric: true }], ['IT power', (a) => power(a.itKw), { numeric: true }],
        ['Basis', (a) => (perRun(a) ? `per run, ${date(a.runStartDate)} to ${date(a.runEndDate)}` : 'per year')],
        ['MWh', (a) => num(perRun(a) ? a.energyMwhPerRun : a.energyMwhPerYear), { numeric: true }],
        ['USD', (a) => usd(perRun(a) ? a.costUsdPerRun : a.costUsdPerYear), { numeric: true }],
        ['t CO2e', (a) => num(perRun(a) ? a.tco2ePerRun : a.tco2ePerYear), { numeric: true }], ['Latency ms', (a) => num(a.latencyMs, 1), { numeric: true }],
      ], r.assignments, { id: 'assignments-table' }))),
    h('section', { id: 'unplaced' }, h('h4', {}, `Unplaced workloads (${r.unplaced.length})`),
      r.unplaced.length === 0 ? h('p', {}, 'Every workload is placed.') : h('ul', {}, r.unplaced.map((u) => h('li', {},
        h('strong', {}, u.workloadName), ` (priority ${u.priority}): ${u.reason}`,
        u.blockers?.length ? h('ul', {}, u.blockers.map((b) => h('li', {}, `${b.rule}: ${b.detail ?? ''}`))) : null)))),
    h('div', { class: 'columns' },
      h('section', {}, h('h4', {}, 'Shortfalls'),
        r.shortfalls.length ? bars('Shortfall GPUs by region and model', r.shortfalls.map((s) => `${s.regionCode} ${s.acceleratorModel ?? ''}`), [{ name: 'GPUs', data: r.shortfalls.map((s) => s.gpus) }], { unit: 'GPUs' }) : null,
        table('Shortfalls', [
          ['Region', (s) => s.regionCode], ['Zone', (s) => s.gridZoneCode], ['Model', (s) => s.acceleratorModel],
          ['GPUs', (s) => num(s.gpus, 0), { numeric: true }], ['IT power to add', (s) => power(s.itKw), { numeric: true }], ['Grid headroom to add', (s) => power(s.gridKw), { numeric: true }],
        ], r.shortfalls, { id: 'shortfalls-table' })),
      h('section', {}, h('h4', {}, 'Investment options'),
        r.investments.length ? bars('Investment options, capex in USD', r.investments.map((i) => `${i.workloadName}: ${i.rank}. ${i.kind}`), [{ name: 'capex USD', data: r.investments.map((i) => i.capexUsd) }], { unit: 'USD' }) : null,
        table('Investment options', [
          ['Workload', (i) => i.workloadName], ['#', (i) => num(i.rank, 0), { numeric: true }], ['Kind', (i) => i.kind],
          ['Where', (i) => i.siteName ?? i.gridZoneCode ?? i.regionCode],
          ['Capex', (i) => usd(i.capexUsd), { numeric: true }],
          ['Energy USD', (i) => `${usd(i.opexUsd)} ${i.basis === 'PER_RUN' ? 'per run' : 'per year'}`, { numeric: true }],
          ['Ready', (i) => date(i.readyDate)], ['In time', (i) => (i.meetsDate ? 'yes' : `${num(i.daysLate, 0)} days late`)],
          ['What', (i) => i.description],
        ], r.investments, { id: 'investments-table' }))),
  ];
}

/** The commit's state in words: COMMITTED, RELEASED, or a commit under way or undone. */
function commitText(commit) {
  switch (commit.state) {
    case 'COMMITTED': return `Committed ${time(commit.committedAt)} by ${commit.requestedBy}: ${commit.reservations.length} reservations.`;
    case 'RELEASED': return `Released ${time(commit.releasedAt)} by ${commit.releasedBy ?? commit.requestedBy}: its reservations are free again.`;
    default: return `Commit ${commit.state.toLowerCase()}${commit.failure ? `: ${commit.failure}` : ''}.`;
  }
}

/** Training and fine-tuning report per run, inference per year (the plan's basis per assignment). */
function perRun(assignment) {
  return assignment.basis === 'PER_RUN';
}

function actions(plan) {
  const box = h('div', { class: 'actions' });
  const message = h('p', { id: 'commit-message', role: 'status' });
  const me = state.identity;
  const showCommit = (commit) => {
    box.querySelector('#release-plan')?.remove();
    message.textContent = commitText(commit);
    // Only the planner who committed a plan, or an admin, may release it (the API checks the same).
    if (commit.state === 'COMMITTED' && me.canPlan && (me.role === 'admin' || commit.requestedBy === me.name)) {
      const release = h('button', { type: 'button', id: 'release-plan', class: 'secondary' }, 'Release plan (free its GPUs)');
      release.addEventListener('click', async () => {
        release.disabled = true;
        try {
          showCommit(await json(`/api/v1/plans/${plan.id}/release`, { method: 'POST' }));
        } catch (error) {
          release.disabled = false;
          message.textContent = error.message;
        }
      });
      box.prepend(release);
    }
  };
  if (plan.commit && plan.commit.state !== 'ABORTED') {
    showCommit(plan.commit);
  } else if (me.canPlan && plan.result && plan.result.assignments.length > 0) {
    if (plan.commit) message.textContent = commitText(plan.commit);
    const commit = h('button', { type: 'button', id: 'commit-plan' }, 'Commit plan (reserve its GPUs)');
    commit.addEventListener('click', async () => {
      commit.disabled = true;
      try {
        const done = await json(`/api/v1/plans/${plan.id}/commit`, { method: 'POST', headers: { 'Idempotency-Key': `dashboard-commit-${plan.id}` } });
        commit.remove();
        showCommit(done);
      } catch (error) {
        commit.disabled = false;
        message.textContent = error.message;
      }
    });
    box.append(commit);
  }
  if (plan.result) {
    const download = h('button', { type: 'button', class: 'secondary', id: 'download-report' }, 'Download report (Markdown)');
    download.addEventListener('click', async () => {
      const text = await (await call(`/api/v1/plans/${plan.id}/report`, { accept: 'text/markdown' })).text();
      const link = h('a', { href: URL.createObjectURL(new Blob([text], { type: 'text/markdown' })), download: `plan-${plan.id}.md` });
      document.body.append(link);
      link.click();
      link.remove();
    });
    box.append(download);
  }
  box.append(message);
  return box;
}
