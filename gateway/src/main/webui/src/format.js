// Numbers for people: figures are shown as the API gives them, cut (never rounded up) to a sensible number
// of decimals, with thousands separators. The same text appears in tables and chart labels.
const formats = new Map();

export function num(value, maxDecimals = 3) {
  if (value === null || value === undefined || Number.isNaN(value)) {
    return '—';
  }
  if (!formats.has(maxDecimals)) {
    formats.set(maxDecimals, new Intl.NumberFormat('en-US', { maximumFractionDigits: maxDecimals, roundingMode: 'trunc' }));
  }
  return formats.get(maxDecimals).format(value);
}

/** Power for people, as the plan report writes it: kW below 1 MW, MW from 1 MW (the API gives kW). */
export function power(kw) {
  if (kw === null || kw === undefined) {
    return '—';
  }
  return Number(kw) < 1000 ? `${num(kw)} kW` : `${num(Number(kw) / 1000)} MW`;
}

export function usd(value) {
  return value === null || value === undefined ? '—' : `$${num(value, 0)}`;
}

export function date(value) {
  return value ? String(value).slice(0, 10) : '—';
}

export function time(value) {
  return value ? new Date(value).toISOString().replace('T', ' ').slice(0, 19) + ' UTC' : '—';
}
