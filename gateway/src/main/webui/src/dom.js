// A tiny element builder: h('td', {class: 'num'}, text). Text is always set as text, never as HTML.
export function h(tag, attrs = {}, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === undefined || value === null || value === false) {
      continue;
    }
    if (key.startsWith('on')) {
      element.addEventListener(key.slice(2).toLowerCase(), value);
    } else if (value === true) {
      element.setAttribute(key, '');
    } else {
      element.setAttribute(key, value);
    }
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) {
      continue;
    }
    element.append(child instanceof Node ? child : String(child));
  }
}

/** A table with a caption; columns are [header, value(row), {numeric}]. */
export function table(caption, columns, rows, attrs = {}) {
  return h('table', attrs,
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, columns.map(([label, , opts]) => h('th', { scope: 'col', class: opts?.numeric ? 'num' : null }, label)))),
    h('tbody', {}, rows.length === 0
      ? h('tr', {}, h('td', { colspan: columns.length }, 'None'))
      : rows.map((row) => h('tr', {}, columns.map(([, value, opts]) => h('td', { class: opts?.numeric ? 'num' : null, 'data-field': opts?.field }, value(row)))))));
}

/** A labelled form control with a place for its error message right beside it. */
export function field(label, name, control, hint) {
  control.id = control.id || `f-${name}`;
  control.name = name;
  const error = h('span', { class: 'field-error', id: `err-${name}`, 'aria-live': 'polite' });
  control.setAttribute('aria-describedby', error.id);
  return h('div', { class: 'field' }, h('label', { for: control.id }, label), control,
    hint ? h('span', { class: 'hint' }, hint) : null, error);
}

/** Shows a problem's field errors beside their fields, and the rest in the form's own message area. */
export function showProblem(form, problem) {
  form.querySelectorAll('.field-error').forEach((e) => { e.textContent = ''; });
  form.querySelectorAll('[aria-invalid]').forEach((e) => e.removeAttribute('aria-invalid'));
  const general = [];
  for (const error of problem?.problem?.errors ?? []) {
    const name = String(error.field ?? '').replace(/^(workload|request|body)\./, '');
    const slot = form.querySelector(`#err-${CSS.escape(name)}`);
    if (slot) {
      slot.textContent = error.message;
      form.querySelector(`[name="${CSS.escape(name)}"]`)?.setAttribute('aria-invalid', 'true');
    } else {
      general.push(`${error.field}: ${error.message}`);
    }
  }
  const message = form.querySelector('.form-message');
  if (message) {
    message.textContent = problem ? [problem.problem?.title, ...(general.length ? general : [problem.message])].filter(Boolean).join(' — ') : '';
  }
}

export function clear(element) {
  element.replaceChildren();
  return element;
}
