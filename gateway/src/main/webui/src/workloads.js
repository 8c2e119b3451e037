// Workloads: a filtered list, and (planners) a form that creates one and shows its sizing as you type,
// with the formula the API used. The figures are the API's (POST /api/v1/sizing); the page computes nothing.
import { call, json, ProblemError } from './api.js';
import { field, h, showProblem, table } from './dom.js';
import { num, power } from './format.js';
import { state } from './state.js';

const TYPES = ['TRAINING', 'FINE_TUNING', 'LLM_INFERENCE', 'SLM_INFERENCE', 'EDGE_INFERENCE'];
const PRECISIONS = ['bf16', 'fp8', 'int8', 'int4'];
const FORMULAS = {
  training: 'Training compute = 6 · N · D FLOP (N parameters, D tokens); GPU-hours = FLOP / (peak FLOP/s × MFU × 3600); GPUs = GPU-hours / (target days × 24), at least the memory floor; IT MW = GPUs × TDP × (1 + server overhead) / 10⁶; power MW = IT MW × PUE.',
  inference: 'Weights = N × bytes per parameter (+ KV cache and overhead); GPUs per replica = memory per replica / GPU memory; tokens/s per replica bounded by memory bandwidth / weight bytes; replicas = peak tokens/s / tokens/s per replica; IT MW = GPUs × TDP × (1 + server overhead) / 10⁶; power MW = IT MW × PUE.',
};

export async function workloads(view) {
  const me = state.identity;
  const countries = await state.countries();
  const listBox = h('section', { id: 'workload-list' });
  const regionFilter = h('select', {}, h('option', { value: '' }, 'All regions'), countries.map((c) => h('option', { value: c.code, selected: c.code === state.region }, c.name)));
  const typeFilter = h('select', {}, h('option', { value: '' }, 'All types'), TYPES.map((t) => h('option', { value: t }, t)));
  const filters = h('form', { class: 'controls', 'aria-label': 'Workload filters' },
    field('Region', 'filter-region', regionFilter), field('Type', 'filter-type', typeFilter));
  const refresh = async () => {
    const q = new URLSearchParams({ size: '200', sort: 'name,asc' });
    if (regionFilter.value) q.set('regionCode', regionFilter.value);
    if (typeFilter.value) q.set('type', typeFilter.value);
    const page = await json(`/api/v1/workloads?${q}`);
    listBox.replaceChildren(table(`Workloads (${page.total})`, [
      ['Name', (w) => w.name], ['Region', (w) => w.regionCode], ['Type', (w) => w.type],
      ['Parameters, billions', (w) => num(w.paramsBillion), { numeric: true }], ['Precision', (w) => w.precision],
      ['Min. sovereignty', (w) => w.minSovereigntyLevel ?? '—'], ['Priority', (w) => num(w.priority, 0), { numeric: true }],
      ['Users in', (w) => w.userRegionCode ?? '—'],
    ], page.items, { id: 'workloads-table' }));
  };
  filters.addEventListener('change', refresh);
  filters.addEventListener('submit', (e) => { e.preventDefault(); refresh(); });
  view.append(h('h2', {}, 'Workloads'));
  if (me.canPlan) {
    view.append(await createForm(countries, refresh));
  }
  view.append(filters, listBox);
  await refresh();
}

async function createForm(countries, refresh) {
  const models = (await json('/api/v1/accelerator-models?size=100')).items;
  const input = (attrs) => h('input', { type: 'number', inputmode: 'decimal', ...attrs });
  const own = state.identity.regions.filter((r) => r !== '*');
  const form = h('form', { id: 'workload-form', class: 'card', novalidate: true, 'aria-labelledby': 'workload-form-title' },
    h('h3', { id: 'workload-form-title' }, 'New workload'),
    h('div', { class: 'row' },
      field('Name', 'name', h('input', { type: 'text', required: true, maxlength: 200 })),
      field('Owning region', 'regionCode', h('select', {}, countries.map((c) => h('option', { value: c.code, selected: c.code === (own[0] ?? state.region) }, `${c.name} (${c.code})`)))),
      field('Type', 'type', h('select', {}, TYPES.map((t) => h('option', { value: t }, t)))),
      field('Precision', 'precision', h('select', {}, PRECISIONS.map((p) => h('option', { value: p }, p))))),
    h('div', { class: 'row' },
      field('Parameters, billions', 'paramsBillion', input({ step: 'any', value: 7 })),
      field('Training tokens, billions', 'trainTokensBillion', input({ step: 'any', value: 2000 }), 'training and fine-tuning'),
      field('Target days', 'targetDays', input({ step: 'any', value: 30 }), 'training and fine-tuning'),
      field('MFU', 'mfu', input({ step: 'any', value: 0.4 }), '0–1, default 0.4'),
      field('Peak tokens per second', 'peakTokensPerSec', input({ step: 'any' }), 'inference')),
    h('div', { class: 'row' },
      field('Users in region', 'userRegionCode', h('input', { type: 'text', maxlength: 10 }), 'inference, e.g. KE-30'),
      field('Max latency, ms', 'maxLatencyMs', input({ step: 'any' })),
      field('Min. sovereignty', 'minSovereigntyLevel', h('select', {}, ['SEAL-0', 'SEAL-1', 'SEAL-2', 'SEAL-3', 'SEAL-4'].map((s) => h('option', { value: s }, s)))),
      field('Priority', 'priority', input({ step: 1, min: 1, max: 10, value: 5 })),
      field('Size on', 'sizingModel', h('select', {}, models.map((m) => h('option', { value: m.code, selected: m.code === 'NVIDIA_H100_SXM' }, m.code))), 'for the sizing preview only')),
    h('p', { class: 'form-message', role: 'status' }),
    h('button', { type: 'submit', id: 'create-workload' }, 'Create workload'));
  const sizing = h('section', { id: 'sizing', class: 'card', 'aria-live': 'polite' }, h('h3', {}, 'Sizing'), h('p', {}, 'Fill in the form to see the sizing.'));
  const value = (name) => form.elements[name].value.trim();
  const number = (name) => (value(name) === '' ? undefined : Number(value(name)));
  const isTraining = () => ['TRAINING', 'FINE_TUNING'].includes(value('type'));
  const workload = () => ({
    type: value('type'), paramsBillion: number('paramsBillion'), precision: value('precision'),
    ...(isTraining() ? { trainTokensBillion: number('trainTokensBillion'), targetDays: number('targetDays'), mfu: number('mfu') }
      : { peakTokensPerSec: number('peakTokensPerSec') }),
  });
  let pending;
  let sequence = 0;
  const preview = () => {
    clearTimeout(pending);
    pending = setTimeout(async () => {
      const mine = ++sequence;
      try {
        const s = await json('/api/v1/sizing', { method: 'POST', body: { workload: workload(), acceleratorModelCode: value('sizingModel') } });
        if (mine === sequence) sizing.replaceChildren(h('h3', {}, 'Sizing'), sizingTable(s), h('p', { class: 'formula' }, isTraining() ? FORMULAS.training : FORMULAS.inference));
      } catch (error) {
        if (!(error instanceof ProblemError)) throw error;
        if (mine === sequence) sizing.replaceChildren(h('h3', {}, 'Sizing'), h('p', { class: 'field-error' }, `Cannot size yet: ${(error.problem.errors ?? []).map((e) => `${e.field}: ${e.message}`).join('; ') || error.message}`));
      }
    }, 300);
  };
  form.addEventListener('input', preview);
  form.addEventListener('change', preview);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const body = {
      name: value('name'), regionCode: value('regionCode'), ...workload(),
      minSovereigntyLevel: value('minSovereigntyLevel'), priority: number('priority'),
      userRegionCode: value('userRegionCode') || undefined, maxLatencyMs: number('maxLatencyMs'),
    };
    try {
      showProblem(form, null);
      const created = await json('/api/v1/workloads', { method: 'POST', body });
      form.querySelector('.form-message').textContent = `Created workload ${created.name}.`;
      await refresh();
    } catch (error) {
      if (!(error instanceof ProblemError)) throw error;
      showProblem(form, error);
    }
  });
  preview();
  return h('div', { class: 'columns' }, form, sizing);
}

function sizingTable(s) {
  const rows = [
    ['Accelerator', s.acceleratorModel], ['GPUs', num(s.gpus, 0)], ['Training compute, FLOP', s.trainingFlop ? s.trainingFlop.toExponential(2) : '—'],
    ['GPU-hours', num(s.gpuHours, 0)], ['Memory floor, GPUs', num(s.memoryFloorGpus, 0)], ['Weights, GB', num(s.weightsGb, 1)],
    ['Memory per replica, GB', num(s.memoryPerReplicaGb, 1)], ['GPUs per replica', num(s.gpusPerReplica, 0)],
    ['Tokens/s per replica', num(s.tokensPerSecPerReplica, 0)], ['Replicas', num(s.replicas, 0)],
    ['IT power', power(s.itKw)], ['Grid power', power(s.powerKw)], ['PUE', num(s.pue, 2)],
    s.energyMwhPerRun !== null && s.energyMwhPerRun !== undefined
      ? [`MWh per run (${num(s.runDays, 1)} days)`, num(s.energyMwhPerRun)] : ['MWh per year', num(s.energyMwhPerYear)],
  ];
  return table('Sizing from the API', [['Figure', (r) => r[0]], ['Value', (r) => r[1], { numeric: true }]], rows, { id: 'sizing-table' });
}
