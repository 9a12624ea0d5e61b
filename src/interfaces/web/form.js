/**
 * A form from a letter's input JSON Schema (generated from its zod schema by the service). Every schema
 * node becomes a control that can write a value into itself and read it back unchanged, so a sample loaded
 * into the page is sent exactly as it was (the round-trip test proves it for every sample):
 *
 *   object → fieldset            oneOf with a discriminator → a choice that builds only its own fields
 *   array of texts/objects → rows that can be added, removed and reordered
 *   array of an enum → check boxes        tuple (prefixItems) → a fixed number of fields
 *   boolean → yes/no radio buttons        enum → select         integer/number → a number (not text)
 *   date → DKFDS's Danish date field (day, month, year), whatever the browser's locale
 *   long text (maxLength > 200) → a resizable text area with a character count
 *   anything else → a JSON text area, so no value is ever silently dropped
 *
 * Every control carries its path (`data.applicant.name`, `data.facts[2]`), and every node an error slot for
 * that path, so problems from the service land at the field they concern.
 */

/** @typedef {{ field: (name: string) => string, choice: (value: string) => string, word: (key: string, values?: object) => string }} Words */
/** @typedef {{ element: HTMLElement, read: () => unknown, write: (value: unknown) => void }} FormNode */

let counter = 0;
const idFor = (path) => `f-${path.replace(/[^\w]/g, '-')}-${++counter}`;
const LONG_TEXT = 200;

/** A union's object options: a union nested in a union (zod's union of discriminated unions) is flattened. */
const leavesOf = (options) => options.flatMap((o) => (Array.isArray(o.oneOf) ? leavesOf(o.oneOf) : [o]));

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
  for (const child of children) if (child !== null && child !== undefined && child !== '') node.append(child);
  return node;
}

/** Where a problem of `path` is shown: a DKFDS error message (its group gets `form-error` while it shows). */
const errorSlot = (path, id) => element('span', { class: 'form-error-message', id, 'data-error-for': path, hidden: true });
const lastName = (path) =>
  path
    .replace(/\[\d+\]$/, '')
    .split('.')
    .pop();
/** Tells the page that the form changed (a row added, a choice rebuilt), as typing does. */
const changed = (node) => node.dispatchEvent(new Event('change', { bubbles: true }));

/** The officer's words the schema carries (`x-label`, `x-help`: src/letters/field-labels.ts), by path, for this form. */
let schemaWords = new Map();

/** A field's label: the schema's words, else the page's by name; a row of a list is the list's label and its number. */
const labelFor = (path, words) => {
  const row = /\[(\d+)\]$/.exec(path);
  const own = (at) => schemaWords.get(at)?.label?.[words.lang] ?? words.field(lastName(at));
  return row ? words.word('rowLabel', { name: own(path.slice(0, row.index)), n: Number(row[1]) + 1 }) : own(path);
};
const helpFor = (path, words) => schemaWords.get(path)?.help?.[words.lang] ?? null;
/** A choice's label: the schema's words for it (`x-choices`, `x-choice`), else the page's. */
const choiceLabel = (choices, value, words) =>
  typeof value === 'boolean'
    ? words.word(value ? 'yes' : 'no')
    : (choices?.[words.lang]?.[String(value)] ?? words.choice(String(value)));

/**
 * Builds the form for `schema` into `container`.
 * @returns {{ read: () => object, write: (data: object) => void, label: (path: string) => string, nameLabel: (name: string) => string | null }}
 */
export function buildForm(schema, container, words) {
  counter = 0;
  schemaWords = new Map();
  const root = nodeFor(schema, 'data', words, true, true);
  // problems of the letter as a whole (e.g. appeal guidance not configured) show above its fields
  container.replaceChildren(errorSlot('data', 'f-data-error'), root.element);
  const byName = wordsByName(schema);
  return {
    read: () => root.read() ?? {},
    write: (data) => root.write(data ?? {}),
    /** The field's label as the form shows it (the schema's words), for the error summary; rows by their list. */
    label: (path) => labelFor(path.replace(/\[\d+\]$/, ''), words),
    /** The schema's words for a property name wherever it occurs (the plan's computed facts share the input's names). */
    nameLabel: (name) => byName.get(name)?.[words.lang] ?? null,
  };
}

/** Every property name of the schema with its first `x-label`, options and rows included. */
function wordsByName(schema, found = new Map()) {
  if (!schema || typeof schema !== 'object') return found;
  for (const [name, child] of Object.entries(schema.properties ?? {})) {
    if (child?.['x-label'] && !found.has(name)) found.set(name, child['x-label']);
    wordsByName(child, found);
  }
  for (const child of [...(schema.oneOf ?? []), ...(schema.anyOf ?? []), ...(schema.prefixItems ?? [])])
    wordsByName(child, found);
  if (schema.items && typeof schema.items === 'object') wordsByName(schema.items, found);
  return found;
}

/** @returns {FormNode} */
function nodeFor(schema, path, words, required, isRoot = false) {
  if (schema['x-label']) schemaWords.set(path, { label: schema['x-label'], help: schema['x-help'] });
  const options = schema.oneOf ? leavesOf(schema.oneOf) : null;
  if (options && discriminatorOf(options)) return unionNode(options, path, words, required, isRoot);
  if (schema.type === 'object') return objectNode(schema, path, words, required, isRoot);
  if (schema.type === 'array' && Array.isArray(schema.prefixItems)) return tupleNode(schema, path, words, required);
  if (schema.type === 'array' && schema.items?.enum) return checklistNode(schema, path, words, required);
  if (schema.type === 'array' && schema.items && typeof schema.items === 'object') return listNode(schema, path, words, required);
  if (schema.type === 'boolean') return yesNoNode(path, words, required);
  if (schema.enum) return enumNode(schema.enum, path, words, required, schema['x-choices']);
  if (schema.type === 'integer' || schema.type === 'number') return numberNode(schema, path, words, required);
  if (schema.type === 'string' && schema.format === 'date') return dateNode(path, words, required);
  if (schema.type === 'string') return textNode(schema, path, words, required);
  if (isOfficerText(schema)) return officerTextNode(schema, path, words, required);
  return jsonNode(path, words, required);
}

/** The officer's text (src/letters/officer-text.ts): a Danish string, or `{ "da": …, "ar": … }` per language. */
const isOfficerText = (schema) =>
  Array.isArray(schema.anyOf) && schema.anyOf[0]?.type === 'string' && schema.anyOf[1]?.properties?.da !== undefined;

/** "Arabisk (oversættelse)", "Arabic (translation)": the language by its name in the page's language (CLDR). */
const translationLabel = (language) =>
  Object.fromEntries(
    [
      ['da', 'oversættelse'],
      ['en', 'translation'],
    ].map(([page, word]) => {
      const name = new Intl.DisplayNames([page], { type: 'language' }).of(language) ?? language;
      return [page, `${name.charAt(0).toUpperCase()}${name.slice(1)} (${word})`];
    }),
  );

/**
 * The Danish text in its text area and, below it, one for the letter's second language (the others hidden, their
 * text kept): a translation left empty is printed as the Danish in a box saying so. Read back as the Danish string,
 * or `{ da, <language>: … }` where a translation is written.
 */
function officerTextNode(schema, path, words, required) {
  const danish = textNode(schema.anyOf[0], path, words, required);
  const others = Object.keys(schema.anyOf[1].properties).filter((language) => language !== 'da');
  const translations = others.map((language) => {
    schemaWords.set(`${path}.${language}`, { label: translationLabel(language) });
    const node = textNode(schema.anyOf[1].properties[language], `${path}.${language}`, words, false);
    const control = node.element.querySelector('[data-path]');
    control.setAttribute('lang', language);
    control.setAttribute('dir', 'auto');
    const hint = element('span', { class: 'form-hint', id: `${control.id}-only-danish`, text: words.word('danishOnlyHint') });
    control.before(hint);
    control.setAttribute('aria-describedby', `${hint.id} ${control.getAttribute('aria-describedby') ?? ''}`.trim());
    return { language, node };
  });
  const show = () => {
    const second = document.getElementById('second-language')?.value;
    for (const { language, node } of translations) node.element.hidden = language !== second;
  };
  document.getElementById('second-language')?.addEventListener('change', show);
  show();
  return {
    element: element('div', { class: 'officer-text' }, [danish.element, ...translations.map(({ node }) => node.element)]),
    read() {
      const da = danish.read();
      const written = translations.map(({ language, node }) => [language, node.read()]).filter(([, text]) => text !== undefined);
      if (!written.length) return da;
      return { ...(da === undefined ? {} : { da }), ...Object.fromEntries(written) };
    },
    write(value) {
      const byLanguage = value !== null && typeof value === 'object' ? value : { da: value };
      danish.write(byLanguage.da);
      for (const { language, node } of translations) node.write(byLanguage[language]);
      // a sample or draft sets the second language after its data: show its area once that is done
      queueMicrotask(show);
    },
  };
}

/** A fieldset with a legend and an error slot for the group (e.g. "must be filled in" on the whole object). */
function group(path, words, required, label = labelFor(path, words)) {
  const legendId = idFor(`${path}-legend`);
  const slot = errorSlot(path, `${legendId}-error`);
  const fieldset = element('fieldset', { class: 'group', 'data-group': path, 'aria-describedby': slot.id }, [
    element('legend', { class: 'form-label', id: legendId }, [label, required ? '' : ` ${words.word('optional')}`]),
    slot,
  ]);
  return fieldset;
}

function objectNode(schema, path, words, required, isRoot) {
  const target = isRoot ? element('div', { 'data-group': path }) : group(path, words, required);
  const requiredKeys = new Set(schema.required ?? []);
  const children = Object.entries(schema.properties ?? {}).map(([key, child]) => {
    const node = nodeFor(child, `${path}.${key}`, words, requiredKeys.has(key));
    target.append(node.element);
    return [key, node];
  });
  return {
    element: target,
    read() {
      const value = {};
      for (const [key, node] of children) {
        const child = node.read();
        if (child !== undefined) value[key] = child;
      }
      return Object.keys(value).length ? value : undefined;
    },
    write(value) {
      const source = value && typeof value === 'object' ? value : {};
      for (const [key, node] of children) node.write(source[key]);
    },
  };
}

/**
 * A discriminated union: a select of the options; choosing one builds exactly that option's fields.
 * Values of fields the options share survive a change of choice.
 */
function unionNode(options, path, words, required, isRoot) {
  const key = discriminatorOf(options);
  const target = isRoot ? element('div', { 'data-group': path }) : group(path, words, required);
  // Options that share a value of the discriminator (e.g. several kinds of grant) are told apart by a second
  // choice: the value's options, without this discriminator, become a union of their own inside this one.
  const byValue = new Map();
  for (const option of options) {
    const value = option.properties[key].const;
    byValue.set(value, [...(byValue.get(value) ?? []), option]);
  }
  const values = [...byValue.keys()];
  const labels = {
    [words.lang]: Object.fromEntries(
      options.map((o) => [String(o.properties[key].const), o.properties[key]['x-choice']?.[words.lang]]).filter(([, l]) => l),
    ),
  };
  const discriminator = options[0].properties[key];
  if (discriminator['x-label'])
    schemaWords.set(`${path}.${key}`, { label: discriminator['x-label'], help: discriminator['x-help'] });
  const choice = enumNode(values, `${path}.${key}`, words, true, labels);
  const fields = element('div', { class: 'choice-fields' });
  target.append(choice.element, fields);
  let current = null;
  /** [name, node]; the name '' is a union of the value's options, whose read spreads into this one's. */
  let nodes = [];
  // Values written before an option is chosen (the next letter of a case starts with its shared facts only): held,
  // read back as they are, and given to the option's fields when the officer chooses one.
  let pending = null;
  const readFields = () => {
    const value = {};
    for (const [name, node] of nodes) {
      const child = node.read();
      if (child === undefined) continue;
      if (name === '') Object.assign(value, child);
      else value[name] = child;
    }
    return value;
  };
  const without = (option) => ({
    ...option,
    properties: Object.fromEntries(Object.entries(option.properties).filter(([name]) => name !== key)),
    required: (option.required ?? []).filter((name) => name !== key),
  });
  const build = (selected) => {
    const kept = { ...pending, ...readFields() };
    pending = null;
    current = selected;
    const group = byValue.get(selected) ?? [];
    if (group.length > 1) {
      const inner = group.map(without);
      nodes = discriminatorOf(inner) ? [['', unionNode(inner, path, words, true, true)]] : [['', jsonNode(path, words, true)]];
    } else {
      const option = group[0];
      const requiredKeys = new Set(option?.required ?? []);
      nodes = Object.entries(option?.properties ?? {})
        .filter(([name]) => name !== key)
        .map(([name, child]) => [name, nodeFor(child, `${path}.${name}`, words, requiredKeys.has(name))]);
    }
    fields.replaceChildren(...nodes.map(([, node]) => node.element));
    for (const [name, node] of nodes) {
      if (name === '') node.write(kept);
      else if (kept[name] !== undefined) node.write(kept[name]);
    }
  };
  choice.element.addEventListener('change', (event) => {
    if (event.target.dataset?.path !== `${path}.${key}`) return;
    const selected = choice.read();
    if (selected !== current) build(selected);
  });
  return {
    element: target,
    read() {
      const selected = choice.read();
      if (selected === undefined) return pending ? { ...pending } : undefined;
      return { [key]: selected, ...readFields() };
    },
    write(value) {
      const source = value && typeof value === 'object' ? value : {};
      choice.write(source[key]);
      nodes = [];
      build(choice.read());
      for (const [name, node] of nodes) node.write(name === '' ? source : source[name]);
      const { [key]: _chosen, ...rest } = source;
      if (choice.read() === undefined && Object.keys(rest).length) pending = rest;
    },
  };
}

/** Rows of the item schema: add, remove, move up and down; each row's path carries its index. */
function listNode(schema, path, words, required) {
  const target = group(path, words, required);
  const rows = element('ol', { class: 'rows' });
  const add = element('button', { type: 'button', class: 'button button-secondary add', text: words.word('addRow') });
  target.append(rows, add);
  let items = [];
  // an empty list given as a value ([], e.g. "no debts") reads back as one; a list never filled in is left out
  let emptyIsValue = false;
  const max = schema.maxItems ?? Number.POSITIVE_INFINITY;
  const render = (values) => {
    items = values.map((value, index) => {
      const node = nodeFor(schema.items, `${path}[${index}]`, words, true);
      node.write(value);
      const label = labelFor(`${path}[${index}]`, words);
      const tools = element('div', { class: 'row-tools', role: 'group', 'aria-label': label }, [
        rowButton('moveUp', label, index === 0, () => move(index, -1), words),
        rowButton('moveDown', label, index === values.length - 1, () => move(index, 1), words),
        rowButton('removeRow', label, false, () => remove(index), words),
      ]);
      rows.append(element('li', { class: 'row' }, [node.element, tools]));
      return node;
    });
    add.disabled = values.length >= max;
  };
  const current = () => items.map((node) => node.read());
  const rerender = (values, focus) => {
    rows.replaceChildren();
    render(values);
    changed(target);
    focus?.();
  };
  const move = (index, by) => {
    const values = current();
    const [moved] = values.splice(index, 1);
    values.splice(index + by, 0, moved);
    rerender(values, () => rows.children[index + by]?.querySelector('[data-path]')?.focus());
  };
  const remove = (index) => {
    const values = current();
    values.splice(index, 1);
    rerender(values, () => (rows.children[Math.min(index, values.length - 1)]?.querySelector('[data-path]') ?? add).focus());
  };
  add.addEventListener('click', () => {
    rerender([...current(), undefined], () => rows.lastElementChild?.querySelector('[data-path]')?.focus());
  });
  render([]);
  return {
    element: target,
    // an empty row stays in place (JSON null), so the service names it instead of it vanishing
    read: () => (items.length ? current().map((v) => (v === undefined ? null : v)) : emptyIsValue ? [] : undefined),
    write(value) {
      emptyIsValue = Array.isArray(value);
      rows.replaceChildren();
      render(Array.isArray(value) ? value : []);
    },
  };
}

function rowButton(action, rowLabel, disabled, onClick, words) {
  const button = element('button', {
    type: 'button',
    class: `button button-tertiary row-${action}`,
    disabled,
    'aria-label': `${words.word(action)}: ${rowLabel}`,
    title: words.word(action),
    text: words.word(`${action}Symbol`),
  });
  button.addEventListener('click', onClick);
  return button;
}

/** A fixed-length list (JSON Schema prefixItems), e.g. the two countries of the 5/01 paragraph. */
function tupleNode(schema, path, words, required) {
  const target = group(path, words, required);
  const nodes = schema.prefixItems.map((item, index) => {
    const node = nodeFor(item, `${path}[${index}]`, words, true);
    target.append(node.element);
    return node;
  });
  return {
    element: target,
    read() {
      const values = nodes.map((node) => node.read());
      return values.every((v) => v === undefined) ? undefined : values.map((v) => (v === undefined ? null : v));
    },
    write(value) {
      nodes.forEach((node, index) => {
        node.write(Array.isArray(value) ? value[index] : undefined);
      });
    },
  };
}

/** Several values of an enum, each once, in the schema's order: check boxes. */
function checklistNode(schema, path, words, required) {
  const target = group(path, words, required);
  const boxes = schema.items.enum.map((value) => {
    const id = idFor(`${path}-${value}`);
    const box = element('input', {
      type: 'checkbox',
      class: 'form-checkbox checkbox-large',
      id,
      value: String(value),
      'data-path': path,
      'data-kind': 'checklist',
    });
    target.append(
      element('div', { class: 'form-group-checkbox' }, [
        box,
        element('label', { for: id, text: choiceLabel(schema.items['x-choices'], value, words) }),
      ]),
    );
    return [value, box];
  });
  // an explicitly empty list ([]) is a value, and reads back as one
  let empty = false;
  target.addEventListener('change', () => {
    empty = false;
  });
  return {
    element: target,
    read() {
      const selected = boxes.filter(([, box]) => box.checked).map(([value]) => value);
      return selected.length ? selected : empty ? [] : undefined;
    },
    write(value) {
      const chosen = Array.isArray(value) ? value : [];
      empty = Array.isArray(value) && value.length === 0;
      for (const [option, box] of boxes) box.checked = chosen.includes(option);
    },
  };
}

/** A labelled single control with its hint and error slot: a DKFDS form group. */
function field(path, words, required, control, ownHints = [], after = []) {
  const id = control.id;
  const help = helpFor(path, words);
  const hints = help ? [element('span', { class: 'form-hint', id: `${id}-help`, text: help }), ...ownHints] : ownHints;
  const errorId = `${id}-error`;
  control.setAttribute('aria-describedby', [...hints.map((h) => h.id), errorId, ...after.map((a) => a.id)].join(' '));
  if (required) control.setAttribute('aria-required', 'true');
  const label = element('label', { class: 'form-label', for: id }, [
    labelFor(path, words),
    required ? '' : ` ${words.word('optional')}`,
  ]);
  return element('div', { class: 'form-group' }, [label, ...hints, errorSlot(path, errorId), control, ...after]);
}

function controlAttributes(path, kind) {
  return { id: idFor(path), name: path, 'data-path': path, 'data-kind': kind };
}

function enumNode(values, path, words, required, choices) {
  const select = element('select', { ...controlAttributes(path, 'enum'), class: 'form-select' }, [
    element('option', { value: '', text: words.word('choose') }),
    ...values.map((v) => element('option', { value: String(v), text: choiceLabel(choices, v, words) })),
  ]);
  return {
    element: field(path, words, required, select),
    read: () => values.find((v) => String(v) === select.value),
    write(value) {
      select.value = value === undefined || value === null ? '' : String(value);
    },
  };
}

/** Yes/no as two radio buttons in a fieldset: a real boolean is sent, never the text "true". */
function yesNoNode(path, words, required) {
  const legendId = idFor(`${path}-legend`);
  const errorId = `${legendId}-error`;
  const name = idFor(`${path}-radio`);
  const help = helpFor(path, words);
  const radios = [true, false].map((value) => {
    const id = idFor(`${path}-${value}`);
    const radio = element('input', {
      type: 'radio',
      class: 'form-radio radio-large',
      id,
      name,
      value: String(value),
      'data-path': path,
      'data-kind': 'boolean',
    });
    return [value, radio, element('label', { for: id, text: words.word(value ? 'yes' : 'no') })];
  });
  const fieldset = element(
    'fieldset',
    {
      class: 'form-group yes-no',
      role: 'radiogroup',
      'aria-describedby': errorId,
      'aria-required': required ? 'true' : null,
    },
    [
      element('legend', { class: 'form-label', id: legendId }, [
        labelFor(path, words),
        required ? '' : ` ${words.word('optional')}`,
      ]),
      help ? element('span', { class: 'form-hint', text: help }) : null,
      errorSlot(path, errorId),
      ...radios.map(([, radio, label]) => element('div', { class: 'form-group-radio' }, [radio, label])),
    ],
  );
  return {
    element: fieldset,
    read: () => radios.find(([, radio]) => radio.checked)?.[0],
    write(value) {
      for (const [option, radio] of radios) radio.checked = option === value;
    },
  };
}

/** A number as a number: text that is not one is sent as typed, so the service names the problem. */
function numberNode(schema, path, words, required) {
  const input = element('input', {
    ...controlAttributes(path, 'number'),
    class: 'form-input input-width-s',
    type: 'text',
    inputmode: schema.type === 'integer' ? 'numeric' : 'decimal',
    autocomplete: 'off',
  });
  return {
    element: field(path, words, required, input),
    read() {
      const text = input.value.trim();
      if (text === '') return undefined;
      const normal = text.replace(',', '.');
      return /^-?\d+(\.\d+)?$/.test(normal) ? Number(normal) : text;
    },
    write(value) {
      input.value = value === undefined || value === null ? '' : String(value);
    },
  };
}

/**
 * A date as DKFDS's Danish date field: day, month and year in three boxes, whatever the browser's locale.
 * Sent as YYYY-MM-DD; boxes that make no date are sent as typed (d-m-yyyy), so the service names the problem.
 */
export function joinDate(day, month, year) {
  const [d, m, y] = [day, month, year].map((part) => part.trim());
  if (!d && !m && !y) return undefined;
  if (/^\d{1,2}$/.test(d) && /^\d{1,2}$/.test(m) && /^\d{4}$/.test(y)) return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return `${d}-${m}-${y}`;
}

export function splitDate(iso) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  return match ? [match[3], match[2], match[1]] : ['', '', ''];
}

function dateNode(path, words, required) {
  const legendId = idFor(`${path}-legend`);
  const hintId = `${legendId}-hint`;
  const errorId = `${legendId}-error`;
  const parts = ['day', 'month', 'year'].map((part) => {
    const id = idFor(`${path}-${part}`);
    const input = element('input', {
      id,
      class: 'form-input',
      type: 'text',
      inputmode: 'numeric',
      autocomplete: 'off',
      maxlength: part === 'year' ? 4 : 2,
      'data-path': path,
      'data-kind': 'date',
      'aria-describedby': `${hintId} ${errorId}`,
    });
    return [
      input,
      element('div', { class: `form-group form-group-${part}` }, [
        element('label', { class: 'form-label', for: id, text: words.word(part) }),
        input,
      ]),
    ];
  });
  const fieldset = element(
    'fieldset',
    { class: 'form-group date-field', 'aria-describedby': `${hintId} ${errorId}`, 'data-kind': 'date' },
    [
      element('legend', { class: 'form-label', id: legendId }, [
        labelFor(path, words),
        required ? '' : ` ${words.word('optional')}`,
      ]),
      element('span', { class: 'form-hint', id: hintId, text: words.word('dateHint') }),
      errorSlot(path, errorId),
      element(
        'div',
        { class: 'date-group' },
        parts.map(([, group]) => group),
      ),
    ],
  );
  const [day, month, year] = parts.map(([input]) => input);
  return {
    element: fieldset,
    read: () => joinDate(day.value, month.value, year.value),
    write(value) {
      [day.value, month.value, year.value] = typeof value === 'string' ? splitDate(value) : ['', '', ''];
    },
  };
}

function textNode(schema, path, words, required) {
  const long = (schema.maxLength ?? 0) > LONG_TEXT;
  const attributes = {
    ...controlAttributes(path, 'text'),
    class: 'form-input',
    maxlength: schema.maxLength,
    autocomplete: 'off',
  };
  const control = long
    ? element('textarea', { ...attributes, rows: 4 })
    : element('input', {
        ...attributes,
        type: 'text',
        inputmode: /\\d\{4\}/.test(schema.pattern ?? '') || lastName(path) === 'phone' ? 'numeric' : null,
      });
  if (long) {
    const count = element('span', { class: 'form-hint character-limit', id: `${control.id}-count`, 'aria-live': 'off' });
    const update = () => {
      count.textContent = words.word('characters', { n: control.value.length, max: schema.maxLength });
    };
    control.addEventListener('input', update);
    update();
    return {
      element: field(path, words, required, control, [], [count]),
      read: () => (control.value === '' ? undefined : control.value),
      write(value) {
        control.value = value === undefined || value === null ? '' : String(value);
        update();
      },
    };
  }
  return {
    element: field(path, words, required, control),
    read: () => (control.value === '' ? undefined : control.value),
    write(value) {
      control.value = value === undefined || value === null ? '' : String(value);
    },
  };
}

/** A shape the form does not know: its JSON, typed by hand, so a value is never silently dropped. */
function jsonNode(path, words, required) {
  const area = element('textarea', { ...controlAttributes(path, 'json'), class: 'form-input', rows: 3, spellcheck: 'false' });
  return {
    element: field(path, words, required, area),
    read() {
      if (area.value.trim() === '') return undefined;
      try {
        return JSON.parse(area.value);
      } catch {
        return area.value;
      }
    },
    write(value) {
      area.value = value === undefined ? '' : JSON.stringify(value);
    },
  };
}
