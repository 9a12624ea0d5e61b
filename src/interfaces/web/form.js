/**
 * A form from a letter's input JSON Schema (generated from its zod schema by the service): objects
 * become fieldsets, dates date pickers, enums and discriminated unions selects, booleans yes/no.
 * A union's fields appear only while its discriminator has a value they belong to. A list (array) is a
 * fieldset of rows with buttons to add and remove the last row.
 * Every control carries its path (`data.applicant.name`, `data.items[0].what`: the service's own path
 * format), so errors from the service find it.
 */

/** @typedef {{ field: (name: string) => string, choice: (value: string) => string, word: (key: string) => string }} Words */

let counter = 0;
const idFor = (path) => `f-${path.replace(/[^\w]/g, '-')}-${++counter}`;

/** The discriminator of a oneOf: the property every option fixes with `const`. */
function discriminatorOf(options) {
  const first = options[0]?.properties ?? {};
  return Object.keys(first).find((key) => options.every((o) => o.properties?.[key]?.const !== undefined)) ?? null;
}

function element(tag, attributes = {}, children = []) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    if (name === 'text') node.textContent = value;
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) if (child) node.append(child);
  return node;
}

/** Builds the controls for `schema` at `path` into `container`. */
export function buildForm(schema, container, words) {
  container.replaceChildren();
  counter = 0;
  renderNode(schema, 'data', container, words, true);
  updateVisibility(container);
}

function renderNode(schema, path, container, words, required) {
  if (schema.oneOf && discriminatorOf(schema.oneOf)) return renderUnion(schema.oneOf, path, container, words);
  if (schema.type === 'object') return renderObject(schema, path, container, words, path === 'data' || /\]$/.test(path));
  if (schema.type === 'array' && schema.items) return renderArray(schema, path, container, words, required);
  return renderField(schema, path, container, words, required);
}

/** The rows of each list, by the list's path: `fill` makes as many rows as the data has. */
const rowMakers = new WeakMap();

/** A list: one row per item (at least `minItems`, one if required), add and remove-last buttons. */
function renderArray(schema, path, container, words, required) {
  const name = lastName(path);
  const legendId = idFor(`${path}-legend`);
  const rows = element('div', { class: 'rows' });
  const group = element('fieldset', { 'data-group': path, 'data-array': path, 'aria-describedby': `${legendId}-error` }, [
    element('legend', { text: words.field(name), id: legendId }),
    element('p', { class: 'error', id: `${legendId}-error`, 'data-error-for': path, hidden: true }),
    rows,
  ]);
  const addRow = () => {
    const index = rows.children.length;
    const row = element('div', { class: 'row', 'data-row': String(index) });
    rows.append(row);
    const at = `${path}[${index}]`;
    if (schema.items.type === 'object' || schema.items.oneOf) renderNode(schema.items, at, row, words, true);
    else renderField(schema.items, at, row, words, true);
    if (schema.items.type === 'object')
      row.prepend(element('p', { class: 'row-number', text: `${words.field(name)} ${index + 1}` }));
  };
  const setRows = (count) => {
    while (rows.children.length > count) rows.lastElementChild.remove();
    while (rows.children.length < count) addRow();
    updateVisibility(group);
  };
  const changed = () => group.dispatchEvent(new Event('input', { bubbles: true }));
  group.append(
    element('div', { class: 'row-buttons' }, [
      button(words.word('addRow'), () => {
        if (schema.maxItems === undefined || rows.children.length < schema.maxItems) setRows(rows.children.length + 1);
        changed();
      }),
      button(words.word('removeRow'), () => {
        setRows(Math.max(0, rows.children.length - 1));
        changed();
      }),
    ]),
  );
  rowMakers.set(group, setRows);
  container.append(group);
  setRows(Math.max(schema.minItems ?? 0, required ? 1 : 0));
  return group;
}

function button(text, onClick) {
  const node = element('button', { type: 'button', class: 'secondary', text });
  node.addEventListener('click', onClick);
  return node;
}

/** The property name of a path, without a list index: `data.items[0].what` → `what`, `data.reasons[1]` → `reasons`. */
const lastName = (path) =>
  path
    .split('.')
    .pop()
    .replace(/\[\d+\]$/, '');

function renderObject(schema, path, container, words, isRoot, hiddenKeys = []) {
  let target = container;
  if (!isRoot) {
    const name = lastName(path);
    const legendId = idFor(`${path}-legend`);
    target = element('fieldset', { 'data-group': path, 'aria-describedby': `${legendId}-error` }, [
      element('legend', { text: words.field(name), id: legendId }),
      element('p', { class: 'error', id: `${legendId}-error`, 'data-error-for': path, hidden: true }),
    ]);
    container.append(target);
  }
  const required = new Set(schema.required ?? []);
  for (const [key, child] of Object.entries(schema.properties ?? {})) {
    if (hiddenKeys.includes(key)) continue;
    renderNode(child, `${path}.${key}`, target, words, required.has(key));
  }
  return target;
}

function renderUnion(options, path, container, words) {
  const key = discriminatorOf(options);
  const group = path === 'data' ? container : renderObject({ properties: {} }, path, container, words, false);
  const values = options.map((o) => o.properties[key].const);
  renderField({ type: 'string', enum: values }, `${path}.${key}`, group, words, true);
  // Fields in every option are always shown; the others only for the options that have them.
  const seen = new Set([key]);
  for (const option of options) {
    const required = new Set(option.required ?? []);
    for (const [name, child] of Object.entries(option.properties)) {
      if (seen.has(name)) continue;
      seen.add(name);
      const owners = options.filter((o) => o.properties[name]).map((o) => o.properties[key].const);
      const holder = element(
        'div',
        owners.length === options.length ? {} : { 'data-when': `${path}.${key}`, 'data-values': owners.join(' ') },
      );
      group.append(holder);
      renderNode(child, `${path}.${name}`, holder, words, required.has(name));
    }
  }
}

function renderField(schema, path, container, words, required) {
  const name = lastName(path);
  const id = idFor(path);
  const errorId = `${id}-error`;
  const label = element('label', { for: id }, [words.field(name), required ? '' : ` ${words.word('optional')}`]);
  let control;
  const common = { id, name: path, 'data-path': path, 'aria-describedby': errorId, required: required || null };
  if (schema.enum || schema.type === 'boolean') {
    const values = schema.enum ?? [true, false];
    control = element('select', { ...common, 'data-kind': schema.type === 'boolean' ? 'boolean' : 'enum' }, [
      element('option', { value: '', text: words.word('choose') }),
      ...values.map((v) =>
        element('option', { value: String(v), text: typeof v === 'boolean' ? words.word(v ? 'yes' : 'no') : words.choice(v) }),
      ),
    ]);
  } else if (schema.format === 'date') {
    control = element('input', { ...common, type: 'date', 'data-kind': 'date' });
  } else {
    const inputMode = /\\d\{4\}/.test(schema.pattern ?? '') || name === 'phone' ? 'numeric' : null;
    control = element('input', {
      ...common,
      type: 'text',
      maxlength: schema.maxLength,
      inputmode: inputMode,
      autocomplete: 'off',
      'data-kind': 'text',
    });
  }
  container.append(
    element('div', { class: 'field' }, [
      label,
      control,
      element('p', { class: 'error', id: errorId, 'data-error-for': path, hidden: true }),
    ]),
  );
}

/** Shows a union's fields only while its discriminator has one of their values; hidden fields are not sent. */
export function updateVisibility(container) {
  for (const holder of container.querySelectorAll('[data-when]')) {
    const selector = container.querySelector(`[data-path="${holder.dataset.when}"]`);
    const applies = selector ? holder.dataset.values.split(' ').includes(selector.value) : false;
    holder.hidden = !applies;
    for (const control of holder.querySelectorAll('[data-path]')) control.disabled = !applies;
  }
}

/** The form's values as the letter's `data`: empty fields left out (the service says what is missing). */
export function collect(container) {
  const data = {};
  for (const control of container.querySelectorAll('[data-path]')) {
    if (control.disabled || control.value === '') continue;
    const value = control.dataset.kind === 'boolean' ? control.value === 'true' : control.value;
    const keys = pathKeys(control.dataset.path);
    let target = data;
    keys.slice(0, -1).forEach((key, i) => {
      target = target[key] ??= typeof keys[i + 1] === 'number' ? [] : {};
    });
    target[keys.at(-1)] = value;
  }
  return data;
}

/** `data.items[0].what` → ['items', 0, 'what'] (the `data` root left out). */
const pathKeys = (path) =>
  path
    .split('.')
    .slice(1)
    .flatMap((segment) => {
      const [name, ...indices] = segment.split('[');
      return [name, ...indices.map((index) => Number(index.slice(0, -1)))];
    });

/** Puts a sample's data into the form: discriminators first, so the right fields are there; a list gets its rows. */
export function fill(container, data) {
  for (const control of container.querySelectorAll('[data-path]')) control.value = '';
  const flat = [];
  const walk = (value, path) => {
    if (Array.isArray(value)) {
      const group = container.querySelector(`[data-array="${path}"]`);
      if (group) rowMakers.get(group)?.(value.length);
      for (const [index, item] of value.entries()) walk(item, `${path}[${index}]`);
    } else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
    else flat.push([path, value]);
  };
  walk(data, 'data');
  for (const [path, value] of flat) {
    const control = container.querySelector(`[data-path="${path}"]`);
    if (control) control.value = String(value);
  }
  updateVisibility(container);
}
