// The form, generated from the config's JSON Schema: each field's Japanese title, help and option
// labels come from the schema's metadata (src/config/schema.ts), so no key name or option value
// is ever shown. Every control has a bound <label>, its help and its error message tied to it by
// aria-describedby, and aria-invalid while it has an error.

/** Fields the page does not show as form fields: the editor hint, the only template and paper,
 * and the overrides (they have their own editor beside the preview). */
export const HIDDEN = new Set(['$schema', 'template', 'overrides', 'style.paper']);

export function getPath(obj, path) {
  return path.reduce((o, k) => (o == null ? undefined : o[k]), obj);
}

export function setPath(obj, path, value) {
  let o = obj;
  path.slice(0, -1).forEach((k, i) => {
    if (o[k] == null || typeof o[k] !== 'object') o[k] = typeof path[i + 1] === 'number' ? [] : {};
    o = o[k];
  });
  const last = path.at(-1);
  if (value === undefined) {
    if (Array.isArray(o) && typeof last === 'number') o.splice(last, 1);
    else delete o[last];
  } else o[last] = value;
}

export function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false || v === null) continue;
    if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else if (k === 'text') e.textContent = v;
    else if (k === 'checked' || k === 'selected' || k === 'value') e[k] = v;
    else e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) if (c != null) e.append(c);
  return e;
}

export const idOf = (path) => `f-${path.join('-')}`;
const titleOf = (s, key) => s.title ?? s.description ?? key;

/** Japanese titles of every field and labels of every option, for messages and for tests. */
export function vocabulary(schema) {
  const words = new Map();
  const paths = new Map();
  const walk = (s, path, trail) => {
    if (!s || typeof s !== 'object') return;
    const t = s.title;
    const here = t && path.length ? [...trail, t] : trail;
    if (path.length && t) {
      words.set(String(path.at(-1)), t);
      paths.set(path.join('.'), here);
    }
    for (const [v, l] of Object.entries(s.optionLabels ?? {})) words.set(v, l);
    for (const [k, sub] of Object.entries(s.properties ?? {})) walk(sub, [...path, k], here);
    for (const v of s.anyOf ?? s.oneOf ?? []) {
      if (v.properties?.type?.const && v.title) words.set(v.properties.type.const, v.title);
      walk(v, path, here);
    }
    if (s.items) walk(s.items, [...path, '*'], here);
  };
  walk(schema, [], []);
  return { words, paths };
}

/**
 * Builds the form into `root` for `state`. `onChange(path, value, rerender)` is called with every
 * committed edit (never while an IME composition is in progress).
 */
export function renderForm(root, schema, state, onChange) {
  const changed = (path, value, rerender = false) => onChange(path, value, rerender);
  /** Calls `fn(e)` for an input that is not in the middle of an IME composition. */
  const committed = (fn) => (e) => {
    if (e.isComposing) return;
    fn(e);
  };

  const describedBy = (id, hasHelp) =>
    [hasHelp ? `${id}-help` : null, `${id}-error`].filter(Boolean).join(' ');
  const wrap = (s, key, path, control, required, extra = '') => {
    const id = idOf(path);
    const help = s.help;
    return el(
      'div',
      { class: `field ${extra}`, 'data-path': path.join('.') },
      el('label', { for: id, text: `${titleOf(s, key)}${required ? '（必須）' : ''}` }),
      control,
      help ? el('span', { class: 'help', id: `${id}-help`, text: help }) : null,
      el('span', { class: 'problem', id: `${id}-error` }),
    );
  };

  function field(key, s, path, required) {
    const id = idOf(path);
    const value = getPath(state, path);
    const aria = describedBy(id, Boolean(s.help));
    if (s.type === 'boolean' && s.default !== undefined) {
      return el(
        'div',
        { class: 'field check', 'data-path': path.join('.') },
        el('input', {
          type: 'checkbox',
          id,
          checked: value ?? s.default,
          'aria-describedby': aria,
          onchange: (e) => changed(path, e.target.checked),
        }),
        el('label', { for: id, text: titleOf(s, key) }),
        s.help ? el('span', { class: 'help', id: `${id}-help`, text: s.help }) : null,
        el('span', { class: 'problem', id: `${id}-error` }),
      );
    }
    if (s.type === 'boolean' || s.enum) {
      const options = s.type === 'boolean' ? [true, false] : s.enum;
      const current = value ?? s.default;
      const blank = s.default === undefined;
      return wrap(
        s,
        key,
        path,
        el(
          'select',
          {
            id,
            'aria-describedby': aria,
            onchange: (e) => {
              const v = e.target.value;
              changed(path, v === '' ? undefined : s.type === 'boolean' ? v === 'true' : v);
            },
          },
          blank
            ? el('option', {
                value: '',
                text: s.emptyLabel ?? '（選ばない）',
                selected: current === undefined,
              })
            : null,
          options.map((o) =>
            el('option', {
              value: String(o),
              selected: current === o,
              text: s.optionLabels?.[String(o)] ?? String(o),
            }),
          ),
        ),
        required,
      );
    }
    if (s.type === 'integer' || s.type === 'number') {
      return wrap(
        s,
        key,
        path,
        el('input', {
          type: 'number',
          id,
          inputmode: 'numeric',
          value: value ?? '',
          min: s.minimum,
          max: s.maximum,
          'aria-describedby': aria,
          oninput: committed((e) =>
            changed(path, e.target.value === '' ? undefined : Number(e.target.value)),
          ),
        }),
        required,
      );
    }
    if (s.type === 'array' && Array.isArray(s.items?.enum)) {
      // A set of options (the customer-harassment measures): one checkbox each, in schema order.
      const chosen = new Set(Array.isArray(value) ? value : (s.default ?? []));
      const labels = s.optionLabels ?? s.items.optionLabels ?? {};
      return el(
        'fieldset',
        { class: 'field choices', 'data-path': path.join('.'), 'aria-describedby': aria },
        el('legend', { text: `${titleOf(s, key)}${required ? '（必須）' : ''}` }),
        s.items.enum.map((o, i) =>
          el(
            'div',
            { class: 'check' },
            el('input', {
              type: 'checkbox',
              id: i === 0 ? id : `${id}-${i}`,
              checked: chosen.has(o),
              onchange: (e) => {
                if (e.target.checked) chosen.add(o);
                else chosen.delete(o);
                changed(
                  path,
                  s.items.enum.filter((x) => chosen.has(x)),
                );
              },
            }),
            el('label', { for: i === 0 ? id : `${id}-${i}`, text: labels[o] ?? String(o) }),
          ),
        ),
        s.help ? el('span', { class: 'help', id: `${id}-help`, text: s.help }) : null,
        el('span', { class: 'problem', id: `${id}-error` }),
      );
    }
    if (s.type === 'array' && s.items?.type === 'string') {
      return wrap(
        s,
        key,
        path,
        el(
          'textarea',
          {
            id,
            rows: 4,
            'aria-describedby': aria,
            oninput: committed((e) => {
              const lines = e.target.value
                .split('\n')
                .map((x) => x.trim())
                .filter(Boolean);
              changed(path, lines.length === 0 && s.default === undefined ? undefined : lines);
            }),
          },
          (Array.isArray(value) ? value : (s.default ?? [])).join('\n'),
        ),
        required,
        'list',
      );
    }
    if (s.format === 'date') {
      return wrap(
        s,
        key,
        path,
        el('input', {
          type: 'date',
          id,
          value: typeof value === 'string' ? value : '',
          'aria-describedby': aria,
          oninput: (e) => changed(path, e.target.value || undefined),
        }),
        required,
      );
    }
    return wrap(
      s,
      key,
      path,
      el('input', {
        type: s.format === 'email' ? 'email' : s.format === 'uri' ? 'url' : 'text',
        id,
        value: typeof value === 'string' ? value : '',
        'aria-describedby': aria,
        autocomplete: 'off',
        oninput: committed((e) =>
          changed(path, e.target.value === '' ? undefined : e.target.value),
        ),
      }),
      required,
    );
  }

  /** A list of objects (channels, revisions): rows with add and remove buttons. */
  function rows(key, s, path) {
    const items = Array.isArray(getPath(state, path)) ? getPath(state, path) : [];
    const variants = s.items.anyOf ?? s.items.oneOf ?? [s.items];
    const tagged = variants.every((v) => v.properties?.type?.const);
    const title = titleOf(s, key);
    const id = idOf(path);
    const box = el(
      'fieldset',
      {
        'data-path': path.join('.'),
        class: 'list-field',
        'aria-describedby': `${id}-help ${id}-error`,
      },
      el('legend', { text: title }),
      s.help ? el('p', { class: 'help', id: `${id}-help`, text: s.help }) : null,
      el('span', { class: 'problem', id: `${id}-error` }),
    );
    items.forEach((item, i) => {
      const variant = tagged
        ? (variants.find((v) => v.properties.type.const === item?.type) ?? variants[0])
        : variants[0];
      const row = el('div', {
        class: 'row',
        role: 'group',
        'aria-label': `${title}の${i + 1}件目`,
        'data-row': `${path.join('.')}.${i}`,
      });
      if (tagged) {
        const typeId = idOf([...path, i, 'type']);
        row.append(
          el(
            'div',
            { class: 'field', 'data-path': [...path, i, 'type'].join('.') },
            el('label', { for: typeId, text: `${i + 1}件目の方法` }),
            el(
              'select',
              {
                id: typeId,
                'aria-describedby': `${typeId}-error`,
                onchange: (e) => {
                  items[i] = { type: e.target.value };
                  changed(path, items, true);
                },
              },
              variants.map((v) =>
                el('option', {
                  value: v.properties.type.const,
                  selected: v.properties.type.const === item?.type,
                  text: v.title ?? v.description,
                }),
              ),
            ),
            el('span', { class: 'problem', id: `${typeId}-error` }),
          ),
        );
      }
      for (const [k, sub] of Object.entries(variant.properties ?? {})) {
        if (k === 'type') continue;
        row.append(field(k, sub, [...path, i, k], (variant.required ?? []).includes(k)));
      }
      row.append(
        el('button', {
          type: 'button',
          class: 'remove',
          text: '削除',
          'aria-label': `${title}の${i + 1}件目を削除`,
          'data-focus': `remove:${path.join('.')}:${i}`,
          onclick: () => {
            items.splice(i, 1);
            // Focus goes to the row that took this one's place, else to the add button.
            const next =
              items.length > i ? `remove:${path.join('.')}:${i}` : `add:${path.join('.')}`;
            changed(path, items, next);
          },
        }),
      );
      box.append(row);
    });
    const used = new Set(items.map((x) => x?.type));
    const full = s.maxItems !== undefined && items.length >= s.maxItems;
    box.append(
      el('button', {
        type: 'button',
        class: 'add',
        text: `${title}を追加`,
        disabled: full,
        'data-focus': `add:${path.join('.')}`,
        onclick: () => {
          const free = variants.find((v) => !used.has(v.properties?.type?.const)) ?? variants[0];
          items.push(tagged ? { type: free.properties.type.const } : {});
          const first = Object.keys((tagged ? free : variants[0]).properties ?? {}).find(
            (k) => k !== 'type',
          );
          changed(path, items, `#${idOf([...path, items.length - 1, first])}`);
        },
      }),
    );
    return box;
  }

  /** The retention period: a number and its unit (年 or か月). */
  function period(key, s, path) {
    const raw = getPath(state, path);
    const value = raw && typeof raw === 'object' ? raw : (s.default ?? { years: 5 });
    const unit = 'months' in value ? 'months' : 'years';
    const id = idOf(path);
    const update = (amount, u) => changed(path, amount === '' ? {} : { [u]: Number(amount) });
    const number = el('input', {
      type: 'number',
      id,
      min: 1,
      inputmode: 'numeric',
      value: value[unit] ?? '',
      'aria-describedby': `${id}-error`,
      oninput: committed((e) => update(e.target.value, select.value)),
    });
    const select = el(
      'select',
      {
        'aria-label': `${titleOf(s, key)}の単位`,
        onchange: (e) => update(number.value, e.target.value),
      },
      ['years', 'months'].map((u) =>
        el('option', { value: u, selected: unit === u, text: s.optionLabels?.[u] ?? u }),
      ),
    );
    return el(
      'div',
      { class: 'field', 'data-path': path.join('.') },
      el('label', { for: id, text: titleOf(s, key) }),
      el('div', { class: 'inline' }, number, select),
      el('span', { class: 'problem', id: `${id}-error` }),
    );
  }

  function section(key, s, path, required) {
    if (HIDDEN.has(path.join('.'))) return null;
    if (s.type === 'object' && s.properties) {
      return el(
        'fieldset',
        { 'data-path': path.join('.') },
        el('legend', { text: titleOf(s, key) }),
        el('span', { class: 'problem', id: `${idOf(path)}-error` }),
        Object.entries(s.properties).map(([k, sub]) =>
          section(k, sub, [...path, k], (s.required ?? []).includes(k)),
        ),
      );
    }
    if (s.type === 'array' && s.items && s.items.type !== 'string') return rows(key, s, path);
    if (s.anyOf && s.anyOf.some((a) => a.type === 'object')) return period(key, s, path);
    return field(key, s, path, required);
  }

  root.replaceChildren(
    ...Object.entries(schema.properties)
      .map(([k, s]) => section(k, s, [k], (schema.required ?? []).includes(k)))
      .filter(Boolean),
  );
}

/** The element of the form a diagnostic's path belongs to: the field, else its nearest fieldset. */
export function targetOf(root, dottedPath) {
  const parts = dottedPath.replace(/\[(\d+)\]/g, '.$1').split('.');
  for (let n = parts.length; n > 0; n--) {
    const t = root.querySelector(`[data-path="${CSS.escape(parts.slice(0, n).join('.'))}"]`);
    if (t) return t;
  }
  return null;
}

/** Shows each diagnostic at its field (aria-invalid, message tied by aria-describedby). */
export function showProblems(root, diagnostics, describe) {
  for (const f of root.querySelectorAll('.invalid, .warned')) {
    f.classList.remove('invalid', 'warned');
    for (const c of f.querySelectorAll(
      ':scope > input, :scope > select, :scope > textarea, :scope > .inline > input',
    ))
      c.removeAttribute('aria-invalid');
  }
  const messages = new Map();
  for (const d of diagnostics) {
    if (!d.path) continue;
    const t = targetOf(root, d.path);
    if (!t) continue;
    const list = messages.get(t) ?? [];
    list.push(d);
    messages.set(t, list);
  }
  for (const span of root.querySelectorAll('.problem')) {
    const owner = span.parentElement;
    const list = messages.get(owner) ?? [];
    const text = list.map((d) => describe(d.message, d.path)).join(' ');
    // Only a change of the text is written, so assistive technology is not told the same again.
    if (span.textContent !== text) span.textContent = text;
    if (list.length > 0) {
      const error = list.some((d) => d.severity === 'error');
      owner.classList.add(error ? 'invalid' : 'warned');
      if (error)
        for (const c of owner.querySelectorAll(
          ':scope > input, :scope > select, :scope > textarea, :scope > .inline > input',
        ))
          c.setAttribute('aria-invalid', 'true');
    }
  }
}
