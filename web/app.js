// hinagata web app: a form generated from the config's JSON Schema (labels and help from its
// Japanese descriptions), a live preview from the HTML renderer, the validator's findings, the
// commentary, downloads, YAML import/export and the 新旧対照表 of two saved versions. Plain ES
// modules, no framework: everything is rendered by the server's own code through the JSON API.

const STARTER = {
  company: { name: '株式会社サンプル商事', shortName: '当社' },
  desk: { name: 'お客様相談室' },
  intake: {
    channels: [
      {
        type: 'phone',
        number: '03-1234-5678',
        hours: '平日午前9時から午後5時まで（祝日及び年末年始を除く。）',
      },
      { type: 'email', address: 'support@example.co.jp' },
    ],
    anonymous: false,
  },
  records: { callRecording: true, retention: { years: 5 }, anonymizedUse: false },
  jurisdiction: { court: '東京地方裁判所', exclusive: true },
  optional: {
    demandCriteria: false,
    writtenStatements: false,
    customerHarassment: false,
    antisocialForces: false,
  },
  dates: { enacted: '2026-04-01', revisions: [] },
  style: { era: 'wareki', digits: 'fullwidth' },
};

/** Fields the page leaves out: the editor hint, the only template, and file overrides. */
const HIDDEN = new Set(['$schema', 'template', 'overrides', 'style.paper']);

let schema;
let state = structuredClone(STARTER);
let lastTexts = new Map();
let timer;
let version = 0;

const $ = (id) => document.getElementById(id);
const form = $('config-form');

function getPath(obj, path) {
  return path.reduce((o, k) => (o == null ? undefined : o[k]), obj);
}

function setPath(obj, path, value) {
  let o = obj;
  path.slice(0, -1).forEach((k, i) => {
    if (o[k] == null) o[k] = typeof path[i + 1] === 'number' ? [] : {};
    o = o[k];
  });
  const last = path.at(-1);
  if (value === undefined) delete o[last];
  else o[last] = value;
}

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else if (k === 'text') e.textContent = v;
    else e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) if (c != null) e.append(c);
  return e;
}

const idOf = (path) => `f-${path.join('-')}`;
const label = (s, key) =>
  (s.description ?? key)
    .replace(/^true:\s*/, '')
    .split('（')[0]
    .split('。')[0]
    .split('、false')[0];
const help = (s) =>
  (s.description ?? '').includes('（') || (s.description ?? '').includes('。')
    ? s.description
    : undefined;

function changed(path, value) {
  setPath(state, path, value);
  schedule();
}

function field(key, s, path, required) {
  const id = idOf(path);
  const value = getPath(state, path);
  const helpText = help(s);
  const wrap = (control, extra = '') =>
    el(
      'div',
      { class: `field ${extra}`, 'data-path': path.join('.') },
      el('label', { for: id, text: `${label(s, key)}${required ? '（必須）' : ''}` }),
      control,
      helpText ? el('span', { class: 'help', id: `${id}-help`, text: helpText }) : null,
    );
  if (s.type === 'boolean') {
    return el(
      'div',
      { class: 'field check', 'data-path': path.join('.') },
      el(
        'label',
        {},
        el('input', {
          type: 'checkbox',
          id,
          checked: value ?? s.default ?? false,
          onchange: (e) => changed(path, e.target.checked),
        }),
        label(s, key),
      ),
      helpText ? el('span', { class: 'help', text: helpText }) : null,
    );
  }
  if (s.enum || s.anyOf?.every((a) => a.const !== undefined)) {
    const options = s.enum ?? s.anyOf.map((a) => a.const);
    return wrap(
      el(
        'select',
        { id, onchange: (e) => changed(path, e.target.value) },
        options.map((o) =>
          el('option', { value: o, selected: (value ?? s.default) === o, text: o }),
        ),
      ),
    );
  }
  if (s.type === 'integer' || s.type === 'number') {
    return wrap(
      el('input', {
        type: 'number',
        id,
        value: value ?? '',
        min: s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : s.minimum,
        oninput: (e) => changed(path, e.target.value === '' ? undefined : Number(e.target.value)),
      }),
    );
  }
  if (s.type === 'array' && s.items?.type === 'string') {
    return wrap(
      el(
        'textarea',
        {
          id,
          'aria-describedby': helpText ? `${id}-help` : undefined,
          oninput: (e) =>
            changed(
              path,
              e.target.value
                .split('\n')
                .map((x) => x.trim())
                .filter(Boolean),
            ),
        },
        (value ?? s.default ?? []).join('\n'),
      ),
      'list',
    );
  }
  if (s.format === 'date' || key === 'date' || key === 'enacted' || key === 'effective') {
    return wrap(
      el('input', {
        type: 'date',
        id,
        value: value ?? '',
        oninput: (e) => changed(path, e.target.value || undefined),
      }),
    );
  }
  return wrap(
    el('input', {
      type: 'text',
      id,
      value: value ?? '',
      placeholder: s.default ?? '',
      'aria-describedby': helpText ? `${id}-help` : undefined,
      oninput: (e) => changed(path, e.target.value === '' ? undefined : e.target.value),
    }),
  );
}

/** A list of objects (channels, revisions): rows with add and remove buttons. */
function rows(key, s, path) {
  const items = getPath(state, path) ?? [];
  const variants = s.items.anyOf ?? s.items.oneOf ?? [s.items];
  const tagged = variants.every((v) => v.properties?.type?.const);
  const box = el(
    'fieldset',
    { 'data-path': path.join('.') },
    el('legend', { text: label(s, key) }),
    help(s) ? el('p', { class: 'help', text: help(s) }) : null,
  );
  items.forEach((item, i) => {
    const variant = tagged
      ? (variants.find((v) => v.properties.type.const === item.type) ?? variants[0])
      : variants[0];
    const row = el('div', { class: 'row' });
    if (tagged) {
      const id = idOf([...path, i, 'type']);
      row.append(
        el(
          'div',
          { class: 'field' },
          el('label', { for: id, text: '方法' }),
          el(
            'select',
            {
              id,
              onchange: (e) => {
                items[i] = { type: e.target.value };
                changed(path, items);
                renderForm();
              },
            },
            variants.map((v) =>
              el('option', {
                value: v.properties.type.const,
                selected: v.properties.type.const === item.type,
                text: v.description ?? v.properties.type.const,
              }),
            ),
          ),
        ),
      );
    }
    for (const [k, sub] of Object.entries(variant.properties)) {
      if (k === 'type') continue;
      row.append(field(k, sub, [...path, i, k], (variant.required ?? []).includes(k)));
    }
    row.append(
      el('button', {
        type: 'button',
        text: '削除',
        'aria-label': `${label(s, key)}の${i + 1}件目を削除`,
        onclick: () => {
          items.splice(i, 1);
          changed(path, items);
          renderForm();
        },
      }),
    );
    box.append(row);
  });
  box.append(
    el('button', {
      type: 'button',
      text: '追加',
      onclick: () => {
        items.push(tagged ? { type: variants[0].properties.type.const } : {});
        changed(path, items);
        renderForm();
      },
    }),
  );
  return box;
}

/** The retention period: years or months. */
function period(key, s, path) {
  const value = getPath(state, path) ?? s.default ?? { years: 5 };
  const unit = 'months' in value ? 'months' : 'years';
  const id = idOf(path);
  const update = (amount, u) => changed(path, amount === '' ? {} : { [u]: Number(amount) });
  const number = el('input', {
    type: 'number',
    id,
    min: 1,
    value: value[unit] ?? '',
    oninput: (e) => update(e.target.value, select.value),
  });
  const select = el(
    'select',
    { 'aria-label': '単位', onchange: (e) => update(number.value, e.target.value) },
    el('option', { value: 'years', selected: unit === 'years', text: '年' }),
    el('option', { value: 'months', selected: unit === 'months', text: 'か月' }),
  );
  return el(
    'div',
    { class: 'field', 'data-path': path.join('.') },
    el('label', { for: id, text: label(s, key) }),
    el('div', { style: 'display:flex;gap:.4rem' }, number, select),
  );
}

function section(key, s, path, required) {
  if (HIDDEN.has(path.join('.'))) return null;
  if (s.type === 'object' && s.properties) {
    return el(
      'fieldset',
      { 'data-path': path.join('.') },
      el('legend', { text: label(s, key) }),
      Object.entries(s.properties).map(([k, sub]) =>
        section(k, sub, [...path, k], (s.required ?? []).includes(k)),
      ),
    );
  }
  if (s.type === 'array' && s.items && s.items.type !== 'string') return rows(key, s, path);
  if (s.anyOf && s.anyOf.some((a) => a.type === 'object')) return period(key, s, path);
  return field(key, s, path, required);
}

function renderForm() {
  const focused = document.activeElement?.id;
  form.replaceChildren(
    ...Object.entries(schema.properties)
      .map(([k, s]) => section(k, s, [k], (schema.required ?? []).includes(k)))
      .filter(Boolean),
  );
  if (focused && $(focused)) $(focused).focus();
}

async function api(path, payload) {
  const res = await fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(payload),
  });
  return res;
}

function showProblems(diagnostics) {
  for (const f of form.querySelectorAll('.field.invalid')) {
    f.classList.remove('invalid');
    f.querySelector('.problem')?.remove();
  }
  for (const d of diagnostics) {
    if (!d.path) continue;
    const dotted = d.path.replace(/\[(\d+)\]/g, '.$1');
    const f = form.querySelector(`[data-path="${CSS.escape(dotted)}"]`);
    if (f && f.classList.contains('field')) {
      f.classList.add('invalid');
      f.append(el('span', { class: 'problem', role: 'alert', text: d.message }));
    }
  }
}

function renderFindings(findings) {
  const list = $('findings');
  const errors = findings.filter((d) => d.severity === 'error');
  $('finding-count').textContent = String(errors.length);
  $('finding-count').classList.toggle('zero', errors.length === 0);
  list.replaceChildren(
    ...(findings.length === 0
      ? [el('li', { text: '必須の定め及び整合性の問題は見つかりませんでした。' })]
      : findings.map((d) => {
          const target = d.path
            ? form.querySelector(`[data-path="${CSS.escape(d.path.replace(/\[(\d+)\]/g, '.$1'))}"]`)
            : null;
          return el(
            'li',
            { class: d.severity, 'data-rule': d.rule },
            el('strong', { text: `[${d.rule}] ` }),
            d.article ? `${d.article}: ` : '',
            d.path ? `${d.path}: ` : '',
            d.message,
            d.hint ? el('div', { class: 'help', text: d.hint }) : null,
            target
              ? el('a', {
                  href: '#',
                  text: ' 設定へ',
                  onclick: (e) => {
                    e.preventDefault();
                    target.querySelector('input,select,textarea')?.focus();
                  },
                })
              : null,
          );
        })),
  );
  showProblems(findings);
}

/** Outlines the articles whose text changed since the last preview. */
function highlight(html) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const texts = new Map(
    [...doc.querySelectorAll('section[data-article]')].map((s) => [
      s.dataset.article,
      s.textContent,
    ]),
  );
  if (lastTexts.size > 0) {
    for (const [id, text] of texts) {
      if (lastTexts.get(id) !== text)
        doc.querySelector(`section[data-article="${id}"]`)?.classList.add('changed');
    }
  }
  lastTexts = texts;
  doc.head.append(
    Object.assign(doc.createElement('style'), {
      textContent:
        'section.changed{outline:3px solid #ffbf47;outline-offset:4px;background:#fffbea} section[data-article]{cursor:pointer}',
    }),
  );
  return `<!doctype html>${doc.documentElement.outerHTML}`;
}

async function refresh() {
  const mine = ++version;
  $('status').textContent = '更新しています…';
  const [preview, validation] = await Promise.all([
    api('/api/build?format=html&doc=guideline&force=1', state),
    api('/api/validate', state),
  ]);
  if (mine !== version) return;
  const report = await validation.json();
  if (!preview.ok) {
    const body = await preview.json();
    renderFindings(body.diagnostics ?? []);
    $('status').textContent = '設定に誤りがあります。検査結果を確かめてください。';
    return;
  }
  const html = await preview.text();
  $('preview').srcdoc = highlight(html);
  renderFindings(report.files?.[0]?.findings ?? []);
  $('status').textContent = 'プレビューを更新しました。';
}

function schedule() {
  clearTimeout(timer);
  timer = setTimeout(refresh, 250);
}

async function download(doc, format) {
  const res = await api(`/api/build?format=${format}&doc=${doc}`, state);
  if (!res.ok) {
    const body = await res.json();
    renderFindings(body.diagnostics ?? []);
    $('status').textContent = `${body.error}（検査結果を確かめてください）`;
    return;
  }
  const blob = await res.blob();
  const name =
    /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ??
    `${doc}.${format}`;
  const a = el('a', { href: URL.createObjectURL(blob), download: name });
  document.body.append(a);
  a.click();
  a.remove();
}

function selectTab(name) {
  for (const t of ['preview', 'findings', 'commentary', 'compare']) {
    $(`tab-${t}`).setAttribute('aria-selected', String(t === name));
    $(`pane-${t}`).hidden = t !== name;
  }
}

async function showCommentary(articleId) {
  const res = await api('/api/build?format=html&doc=commentary&force=1', state);
  if (!res.ok) return;
  const frame = $('commentary');
  frame.srcdoc = await res.text();
  frame.onload = () => frame.contentDocument?.getElementById(articleId)?.scrollIntoView();
  selectTab('commentary');
}

async function init() {
  schema = await (await fetch('/api/schema')).json();
  renderForm();
  for (const b of document.querySelectorAll('[data-download]')) {
    b.addEventListener('click', () => {
      const [doc, format] = b.dataset.download.split(':');
      void download(doc, format);
    });
  }
  for (const t of ['preview', 'findings', 'commentary', 'compare'])
    $(`tab-${t}`).addEventListener('click', () => selectTab(t));
  $('preview').addEventListener('load', () => {
    $('preview').contentDocument?.addEventListener('click', (e) => {
      const section = e.target.closest?.('section[data-article]');
      if (section) void showCommentary(section.dataset.article);
    });
  });
  $('export-yaml').addEventListener('click', async () => {
    const res = await api('/api/yaml', state);
    if (!res.ok) return renderFindings((await res.json()).diagnostics ?? []);
    const a = el('a', { href: URL.createObjectURL(await res.blob()), download: 'hinagata.yaml' });
    document.body.append(a);
    a.click();
    a.remove();
  });
  $('import-yaml').addEventListener('change', async (e) => {
    const file = e.target.files?.[0];
    if (!file) return;
    const res = await fetch('/api/import', { method: 'POST', body: await file.text() });
    const body = await res.json();
    if (!res.ok) {
      renderFindings(body.diagnostics ?? []);
      $('status').textContent = body.error;
      return;
    }
    state = body.config;
    renderForm();
    schedule();
  });
  $('save-version').addEventListener('click', () => {
    localStorage.setItem('hinagata.saved', JSON.stringify(state));
    $('status').textContent =
      'この版を保存しました。設定を変えてから「保存した版と比較」を押してください。';
  });
  $('compare').addEventListener('click', async () => {
    const saved = localStorage.getItem('hinagata.saved');
    if (!saved) return void ($('status').textContent = '比較する版がまだ保存されていません。');
    const res = await api('/api/diff', { old: JSON.parse(saved), new: state });
    const body = await res.json();
    if (!res.ok) return renderFindings(body.diagnostics ?? []);
    const s = body.summary;
    $('compare-summary').textContent =
      `新設 ${s.added.length}、削除 ${s.removed.length}、改正 ${s.changed.length}、条番号の変更 ${s.renumbered.length}`;
    $('comparison').srcdoc = body.html;
    selectTab('compare');
  });
  await refresh();
}

void init();
