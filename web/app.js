// hinagata web app: the form (form.js, generated from the schema's Japanese titles), a live
// preview from the HTML renderer, the validator's findings shown at their fields, an editor for
// an article's own wording, the commentary, downloads, YAML import/export and the 新旧対照表.
// Plain ES modules, no framework: everything is rendered by the server's own code through the API.
// The work is kept in this browser (localStorage) after every edit and restored on reload.
import {
  el,
  getPath,
  idOf,
  renderForm,
  setPath,
  showProblems,
  targetOf,
  vocabulary,
} from './form.js';

/** 「見本を開く」: a sample company, to see what the page makes. */
const SAMPLE = {
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
    customerHarassment: true,
    antisocialForces: false,
  },
  dates: { enacted: '2026-04-01', revisions: [] },
  style: { era: 'wareki', digits: 'fullwidth' },
};
/** Values of the sample that must not reach a real company's guideline. */
const SAMPLE_VALUES = new Set(['株式会社サンプル商事', '03-1234-5678', 'support@example.co.jp']);

/** 「新規作成」: nothing filled in but one way to receive consultations. */
const EMPTY = { intake: { channels: [{ type: 'email' }] } };

const WORK_KEY = 'hinagata.work';
const SAVED_KEY = 'hinagata.saved';

let schema;
let vocab;
let state;
let lastTexts = new Map();
let timer;
let version = 0;
let dirty = false;
let findings = [];
/** Problems of the imported file whose values could not be put in the form. */
let importProblems = [];
let previewReady = false;
let errorCount = -1;

const $ = (id) => document.getElementById(id);
const form = $('config-form');

// ---- words: every message in Japanese, without key names or option values -------------------

const EXTRA_WORDS = new Map([
  ['type', '受付の方法の種類'],
  ['true', 'はい'],
  ['false', 'いいえ'],
]);

/** The titles from the top of the form down to a field (「相談の記録」, 「相談記録の保存期間」). */
function titlesOf(path) {
  const parts = path.replace(/\[(\d+)\]/g, '.$1').split('.');
  const generic = parts.map((p) => (/^\d+$/.test(p) ? '*' : p));
  for (let n = generic.length; n > 0; n--) {
    const t = vocab.paths.get(generic.slice(0, n).join('.'));
    if (t) {
      const index = parts.slice(0, n).find((p) => /^\d+$/.test(p));
      return index === undefined
        ? t
        : [...t.slice(0, -1), `${t.at(-1)}（${Number(index) + 1}件目）`];
    }
  }
  return undefined;
}

/** 「相談の記録『相談記録の保存期間』」: where a field is, for the list of findings. */
function pathTitle(path) {
  const parts = path.replace(/\[(\d+)\]/g, '.$1').split('.');
  if (parts[0] === 'overrides' && parts[1])
    return `条の文言の差替え（${articleHeading(parts[1])}）`;
  const t = titlesOf(path);
  if (!t) return undefined;
  return t.length === 1 ? t[0] : `${t[0]}『${t.at(-1)}』`;
}

/**
 * Replaces field paths, key names and option values in a message by their Japanese titles; a
 * key is looked up first below the diagnostic's own path (「書けるキー: name, …」 of company).
 */
function japanese(text, near) {
  if (!text) return text;
  const parents = [];
  if (near) {
    const parts = near.replace(/\[(\d+)\]/g, '.*').split('.');
    for (let n = parts.length; n >= 0; n--) parents.push(parts.slice(0, n).join('.'));
  }
  return String(text)
    .replace(
      /[A-Za-z_$][A-Za-z0-9_$]*(?:(?:\.[A-Za-z_$][A-Za-z0-9_$]*)|(?:\[\d+\]))*/g,
      (token) => {
        if (token.includes('.') || token.includes('[')) {
          const t = titlesOf(token);
          if (t) return `「${t.at(-1)}」`;
        }
        for (const p of parents) {
          const t = vocab.paths.get(p ? `${p}.${token}` : token);
          if (t) return `「${t.at(-1)}」`;
        }
        const w = vocab.words.get(token) ?? EXTRA_WORDS.get(token);
        return w ? `「${w}」` : token;
      },
    )
    .replace(/キー/g, '項目');
}

/** A message shown at its field: a bare 「必須の項目がありません」 names the field. */
function atField(message, path) {
  const t = path ? titlesOf(path) : undefined;
  if (t && /^必須の項目がありません/.test(message)) return `${t.at(-1)}を書いてください`;
  return japanese(message, path);
}

function articleHeading(id) {
  const s = previewDoc()?.querySelector(`section[data-article="${CSS.escape(id)}"] h2`);
  return s ? s.textContent : id;
}

// ---- state, autosave, leaving ------------------------------------------------------------------

function autosave() {
  try {
    localStorage.setItem(WORK_KEY, JSON.stringify({ config: state, savedAt: Date.now() }));
    $('autosave').textContent =
      `入力はこのブラウザに自動で保存されています（${new Date().toLocaleTimeString('ja-JP')}）`;
  } catch {
    $('autosave').textContent =
      '入力をこのブラウザに保存できませんでした。「設定を保存」でファイルに保存してください';
  }
}

function onChange(path, value, rerender) {
  setPath(state, path, value);
  dirty = true;
  autosave();
  if (rerender) {
    const focus =
      typeof rerender === 'string'
        ? rerender
        : document.activeElement?.id
          ? `#${document.activeElement.id}`
          : null;
    draw(focus);
  }
  schedule();
}

/** Redraws the form and puts the focus back (by id, or by the button's data-focus key). */
function draw(focus = document.activeElement?.id ? `#${document.activeElement.id}` : null) {
  renderForm(form, schema, state, onChange);
  showProblems(form, allProblems(), atField);
  if (!focus) return;
  const target = focus.startsWith('#')
    ? document.getElementById(focus.slice(1))
    : form.querySelector(`[data-focus="${CSS.escape(focus)}"]`);
  target?.focus();
}

function load(config, message) {
  state = structuredClone(config);
  lastTexts = new Map();
  importProblems = [];
  errorCount = -1;
  draw(null);
  autosave();
  announce(message);
  schedule(0);
}

function confirmDiscard() {
  return (
    !dirty ||
    window.confirm(
      'いまの入力を消して切り替えます。よろしいですか。（必要なら先に「設定を保存」を押してください）',
    )
  );
}

window.addEventListener('beforeunload', (e) => {
  if (!dirty) return;
  e.preventDefault();
  e.returnValue = '';
});

// ---- announcements: only what changed, never on every keystroke --------------------------------

function announce(text) {
  if (text && $('status').textContent !== text) $('status').textContent = text;
}

function progress(text) {
  $('progress').textContent = text;
}

// ---- the preview: updated in place, so it keeps its place --------------------------------------

const PREVIEW_STYLE =
  'section.changed{outline:3px solid #ffbf47;outline-offset:4px;background:#fffbea} section[data-article]{cursor:pointer} section.editing{box-shadow:-6px 0 0 #0b5cad}';

function previewDoc() {
  return previewReady ? $('preview').contentDocument : null;
}

function showPreview(html) {
  const next = new DOMParser().parseFromString(html, 'text/html');
  next.head.append(Object.assign(next.createElement('style'), { textContent: PREVIEW_STYLE }));
  const texts = new Map(
    [...next.querySelectorAll('section[data-article], header.title-block')].map((s) => [
      s.dataset.article ?? 'title',
      s.textContent,
    ]),
  );
  const changedIds = [];
  if (lastTexts.size > 0)
    for (const [id, text] of texts) if (lastTexts.get(id) !== text) changedIds.push(id);
  lastTexts = texts;
  const mark = (doc) => {
    for (const id of changedIds)
      (id === 'title'
        ? doc.querySelector('header.title-block')
        : doc.querySelector(`section[data-article="${CSS.escape(id)}"]`)
      )?.classList.add('changed');
    const editing = $('override-article').value;
    if (editing)
      doc.querySelector(`section[data-article="${CSS.escape(editing)}"]`)?.classList.add('editing');
  };
  const doc = previewDoc();
  if (!doc) {
    mark(next);
    $('preview').srcdoc = `<!doctype html>${next.documentElement.outerHTML}`;
    return;
  }
  const scroller = doc.scrollingElement;
  const top = scroller.scrollTop;
  doc.head.replaceChildren(...[...next.head.childNodes].map((n) => doc.importNode(n, true)));
  doc.body.replaceWith(doc.importNode(next.body, true));
  mark(doc);
  scroller.scrollTop = top;
  const first = changedIds.find((id) => id !== 'title');
  const target = first ? doc.querySelector(`section[data-article="${CSS.escape(first)}"]`) : null;
  if (target) {
    const r = target.getBoundingClientRect();
    const h = doc.defaultView.innerHeight;
    if (r.bottom < 0 || r.top > h) target.scrollIntoView({ block: 'start' });
  }
  articleList();
}

function showPlaceholder(text) {
  if (previewReady) return;
  $('preview').srcdoc =
    `<!doctype html><html lang="ja"><body style="font-family:sans-serif;color:#444;padding:1rem"><p>${text}</p></body></html>`;
}

// ---- findings ---------------------------------------------------------------------------------

const SEVERITY = { error: '誤り', warning: '注意', info: '参考' };

function sampleWarnings() {
  const out = [];
  const check = (path, v) => {
    if (typeof v === 'string' && SAMPLE_VALUES.has(v))
      out.push({
        rule: 'web/sample-value',
        severity: 'warning',
        path,
        message: '見本の値のままです。自社の値に書き換えてください',
      });
  };
  check('company.name', state.company?.name);
  (state.intake?.channels ?? []).forEach((c, i) => {
    check(`intake.channels[${i}].number`, c?.number);
    check(`intake.channels[${i}].address`, c?.address);
  });
  return out;
}

function allProblems() {
  return [...findings, ...importProblems, ...sampleWarnings()];
}

function renderFindings() {
  const all = allProblems();
  const list = $('findings');
  const errors = all.filter((d) => d.severity === 'error');
  $('finding-count').textContent = String(errors.length);
  $('finding-count').classList.toggle('zero', errors.length === 0);
  $('finding-count').setAttribute('aria-label', `誤り${errors.length}件`);
  list.replaceChildren(
    ...(all.length === 0
      ? [el('li', { text: '必須の定め及び整合性の問題は見つかりませんでした。' })]
      : all.map((d) => {
          const target = d.path ? targetOf(form, d.path) : null;
          const where = d.path ? pathTitle(d.path) : undefined;
          const article = d.path?.startsWith('overrides.')
            ? d.path.slice('overrides.'.length)
            : articleOf(d.article);
          return el(
            'li',
            { class: d.severity },
            el('strong', { text: `${SEVERITY[d.severity] ?? '注意'}　` }),
            d.article ? `${d.article}: ` : where ? `${where}: ` : '',
            d.path ? atField(d.message, d.path) : japanese(d.message),
            d.position && d.rule?.startsWith('config/') && importProblems.includes(d)
              ? `（読み込んだファイルの${d.position.line}行目）`
              : '',
            d.hint ? el('div', { class: 'help', text: japanese(d.hint, d.path) }) : null,
            target && !article
              ? el('a', {
                  href: `#${target.querySelector('input,select,textarea')?.id ?? ''}`,
                  text: '入力欄へ移る',
                  onclick: (e) => {
                    e.preventDefault();
                    const c = target.querySelector('input,select,textarea,button');
                    c?.scrollIntoView({ block: 'center' });
                    c?.focus();
                  },
                })
              : null,
            article
              ? el('a', {
                  href: '#override-text',
                  text: 'この条の文言を見る',
                  onclick: (e) => {
                    e.preventDefault();
                    selectTab('preview');
                    void editArticle(article);
                  },
                })
              : null,
          );
        })),
  );
  showProblems(form, all, atField);
  renderOverrideFindings();
  const count = errors.length;
  // The first count after a start or a switch is not announced: the message of that step stays.
  if (count !== errorCount && errorCount !== -1)
    announce(
      count === 0
        ? '誤りはなくなりました。'
        : `設定又は文書に誤りが${count}件あります。検査結果を確かめてください。`,
    );
  errorCount = count;
}

/** The article id a finding's place (「第５条（相談受付の拒絶）第２項」) belongs to. */
function articleOf(place) {
  if (!place) return undefined;
  for (const s of previewDoc()?.querySelectorAll('section[data-article]') ?? []) {
    const h = s.querySelector('h2')?.textContent;
    if (h && place.startsWith(h)) return s.dataset.article;
  }
  return undefined;
}

// ---- the server ---------------------------------------------------------------------------------

async function api(path, payload) {
  return fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(payload),
  });
}

async function refresh() {
  const mine = ++version;
  progress('プレビューを更新しています…');
  let preview;
  let validation;
  try {
    [preview, validation] = await Promise.all([
      api('/api/build?format=html&doc=guideline&force=1', { config: state }),
      api('/api/validate', { config: state }),
    ]);
  } catch {
    if (mine === version) {
      progress('');
      announce(
        '画面の元のプログラム（hinagata serve）とつながりません。終了していないか確かめてください。',
      );
    }
    return;
  }
  if (mine !== version) return;
  const report = validation.ok ? await validation.json() : { files: [{ findings: [] }] };
  findings = report.files?.[0]?.findings ?? [];
  if (!preview.ok) {
    const body = await preview.json().catch(() => ({}));
    if (mine !== version) return;
    if (findings.length === 0) findings = body.diagnostics ?? [];
    $('preview-stale').hidden = !previewReady;
    showPlaceholder(
      'まだ文書を作れません。左の欄に商号、相談窓口の名称などを入れてください。見本を見るには「見本を開く」を押してください。',
    );
    renderFindings();
    progress('');
    return;
  }
  const html = await preview.text();
  if (mine !== version) return;
  $('preview-stale').hidden = true;
  showPreview(html);
  renderFindings();
  progress('');
}

function schedule(ms = 250) {
  clearTimeout(timer);
  timer = setTimeout(refresh, ms);
}

/** The file name of a download, from `filename*=UTF-8''…` (RFC 5987) or `filename="…"`. */
function fileNameOf(res, fallback) {
  const cd = res.headers.get('content-disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(cd)?.[1];
  if (star) return decodeURIComponent(star);
  return /filename="([^"]+)"/.exec(cd)?.[1] ?? fallback;
}

function save(blob, name) {
  const a = el('a', { href: URL.createObjectURL(blob), download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

/** A download with feedback: the button is busy, the status says what is made and what came. */
async function fetchDownload(button, what, path, payload) {
  if (button.disabled) return;
  button.disabled = true;
  button.setAttribute('aria-busy', 'true');
  announce(`${what}を作成しています…`);
  try {
    const res = await api(path, payload);
    if (!res.ok) {
      const body = await res.json().catch(() => ({}));
      if (body.diagnostics?.length) {
        findings = body.diagnostics;
        renderFindings();
      }
      announce(`${what}を作成できませんでした。${body.error ?? ''}（検査結果を確かめてください）`);
      return;
    }
    const name = fileNameOf(res, 'hinagata');
    save(await res.blob(), name);
    dirty = false;
    announce(`${what}をダウンロードしました（${name}）。`);
  } catch {
    announce(`${what}を作成できませんでした。hinagata serve が動いているか確かめてください。`);
  } finally {
    button.disabled = false;
    button.removeAttribute('aria-busy');
  }
}

// ---- tabs ----------------------------------------------------------------------------------------

const TABS = ['preview', 'findings', 'commentary', 'compare'];

function selectTab(name, focus = false) {
  for (const t of TABS) {
    const tab = $(`tab-${t}`);
    tab.setAttribute('aria-selected', String(t === name));
    tab.tabIndex = t === name ? 0 : -1;
    $(`pane-${t}`).hidden = t !== name;
  }
  if (focus) $(`tab-${name}`).focus();
}

async function showCommentary(articleId) {
  const res = await api('/api/build?format=html&doc=commentary&force=1', { config: state });
  if (!res.ok) return announce('逐条解説を作れません。検査結果を確かめてください。');
  const frame = $('commentary');
  frame.onload = () => frame.contentDocument?.getElementById(articleId)?.scrollIntoView();
  frame.srcdoc = await res.text();
  selectTab('commentary');
}

// ---- the article editor (overrides) ---------------------------------------------------------------

function articleList() {
  const select = $('override-article');
  const current = select.value;
  const overrides = state.overrides ?? {};
  const options = [...(previewDoc()?.querySelectorAll('section[data-article]') ?? [])].map((s) => {
    const id = s.dataset.article;
    const heading = s.querySelector('h2')?.textContent ?? id;
    return el('option', {
      value: id,
      selected: id === current,
      text: `${heading}${overrides[id] !== undefined ? '（文言を変更済み）' : ''}`,
    });
  });
  const texts = options.map((o) => o.textContent).join('|');
  if (select.dataset.texts === texts) return;
  select.dataset.texts = texts;
  select.replaceChildren(el('option', { value: '', text: '（条を選んでください）' }), ...options);
  select.value = current;
}

async function editArticle(id) {
  const select = $('override-article');
  select.value = id;
  const editor = $('override-editor');
  editor.hidden = !id;
  if (!id) return;
  const heading = articleHeading(id);
  $('override-label').textContent = `${heading}の文言`;
  const text = $('override-text');
  const own = state.overrides?.[id];
  if (own !== undefined) text.value = own;
  else {
    text.value = '';
    const res = await api('/api/articles', { config: state });
    if (res.ok) {
      const body = await res.json();
      text.value = body.articles.find((a) => a.id === id)?.text ?? '';
    }
  }
  text.dataset.original = own === undefined ? text.value : '';
  const section = previewDoc()?.querySelector(`section[data-article="${CSS.escape(id)}"]`);
  for (const s of previewDoc()?.querySelectorAll('section.editing') ?? [])
    s.classList.remove('editing');
  section?.classList.add('editing');
  section?.scrollIntoView({ block: 'start' });
  renderOverrideFindings();
}

function renderOverrideFindings() {
  const id = $('override-article').value;
  const list = $('override-findings');
  if (!id) return list.replaceChildren();
  const heading = articleHeading(id).replace(/（.*$/, '');
  const mine = allProblems().filter(
    (d) => d.path === `overrides.${id}` || (d.article && d.article.startsWith(heading)),
  );
  const items = mine.map((d) =>
    el(
      'li',
      { class: d.severity },
      `${SEVERITY[d.severity] ?? '注意'}　${japanese(d.message)}`,
      d.hint ? el('div', { class: 'help', text: japanese(d.hint) }) : null,
    ),
  );
  const text = items.length === 0 ? 'この条の文言に問題は見つかりませんでした。' : '';
  list.replaceChildren(...(items.length ? items : [el('li', { text })]));
}

function overrideInput(e) {
  if (e.isComposing) return;
  const id = $('override-article').value;
  if (!id) return;
  const value = e.target.value;
  state.overrides = { ...(state.overrides ?? {}) };
  if (value.trim() === '' || value === e.target.dataset.original) delete state.overrides[id];
  else state.overrides[id] = value;
  if (Object.keys(state.overrides).length === 0) delete state.overrides;
  dirty = true;
  autosave();
  schedule();
}

// ---- start --------------------------------------------------------------------------------------

function restore() {
  try {
    const saved = JSON.parse(localStorage.getItem(WORK_KEY) ?? 'null');
    if (saved && typeof saved.config === 'object' && saved.config) return saved;
  } catch {
    /* a broken entry is ignored: the page starts empty */
  }
  return null;
}

function savedVersionInfo() {
  try {
    const saved = JSON.parse(localStorage.getItem(SAVED_KEY) ?? 'null');
    if (!saved?.config) return null;
    return saved;
  } catch {
    return null;
  }
}

function showSavedVersion() {
  const saved = savedVersionInfo();
  $('saved-version').textContent = saved
    ? `比較の元: ${new Date(saved.savedAt).toLocaleString('ja-JP')}に保存した版（${saved.config.company?.name ?? '商号なし'}）`
    : '比較の元の版はまだ保存されていません。';
}

function compareOptions() {
  return {
    labels: $('compare-labels').value,
    full: $('compare-full').checked,
    remarks: $('compare-remarks').checked,
  };
}

async function init() {
  const res = await fetch('/api/schema');
  schema = await res.json();
  vocab = vocabulary(schema);
  form.addEventListener('submit', (e) => e.preventDefault());
  // An IME composition is committed at compositionend: only then does the edit count.
  document.addEventListener('compositionend', (e) => {
    e.target.dispatchEvent(new window.Event('input', { bubbles: true }));
  });
  const saved = restore();
  state = structuredClone(saved?.config ?? EMPTY);
  draw(null);
  if (saved) announce('前回の入力を復元しました。');

  for (const b of document.querySelectorAll('[data-download]')) {
    b.addEventListener('click', () => {
      const [doc, format] = b.dataset.download.split(':');
      void fetchDownload(b, b.textContent.trim(), `/api/build?format=${format}&doc=${doc}`, {
        config: state,
      });
    });
  }
  $('export-yaml').addEventListener('click', (e) =>
    fetchDownload(e.currentTarget, '設定のファイル', '/api/yaml', { config: state }),
  );
  $('new-config').addEventListener('click', () => {
    if (confirmDiscard()) load(EMPTY, '新規作成にしました。左の欄を上から埋めてください。');
  });
  $('open-sample').addEventListener('click', () => {
    if (confirmDiscard())
      load(SAMPLE, '見本（架空の会社）を開きました。見本の値は自社の値に書き換えてください。');
  });

  const tabs = $('tabs');
  for (const t of TABS) $(`tab-${t}`).addEventListener('click', () => selectTab(t));
  tabs.addEventListener('keydown', (e) => {
    const i = TABS.findIndex((t) => $(`tab-${t}`).getAttribute('aria-selected') === 'true');
    const to = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: TABS.length - 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    selectTab(TABS[(to + TABS.length) % TABS.length], true);
  });
  selectTab('preview');

  $('preview').addEventListener('load', () => {
    previewReady = Boolean($('preview').contentDocument?.querySelector('section[data-article]'));
    if (!previewReady) return;
    $('preview').contentDocument.addEventListener('click', (e) => {
      const section = e.target.closest?.('section[data-article]');
      if (section) void editArticle(section.dataset.article);
    });
    articleList();
  });
  $('override-article').addEventListener('change', (e) => void editArticle(e.target.value));
  $('override-text').addEventListener('input', overrideInput);
  $('override-reset').addEventListener('click', () => {
    const id = $('override-article').value;
    if (!id || !state.overrides?.[id]) return;
    delete state.overrides[id];
    if (Object.keys(state.overrides).length === 0) delete state.overrides;
    dirty = true;
    autosave();
    void editArticle(id);
    schedule(0);
    announce('組込みの文言に戻しました。');
  });
  $('override-commentary').addEventListener('click', () => {
    const id = $('override-article').value;
    if (id) void showCommentary(id);
  });

  $('import-yaml').addEventListener('change', async (e) => {
    const input = e.target;
    const file = input.files?.[0];
    input.value = ''; // the same file chosen again is read again
    if (!file || !confirmDiscard()) return;
    const res = await api('/api/import', { yaml: await file.text() });
    const body = await res.json().catch(() => ({}));
    if (!res.ok) {
      findings = body.diagnostics ?? [];
      renderFindings();
      selectTab('findings');
      announce(`「${file.name}」を読み込めませんでした。${body.error ?? ''}`);
      return;
    }
    load(body.config, '');
    dirty = false;
    const kept = (body.problems ?? []).filter(
      (d) =>
        !d.path || getPath(state, d.path.replace(/\[(\d+)\]/g, '.$1').split('.')) === undefined,
    );
    importProblems = kept.map((d) => ({
      ...d,
      severity: d.rule === 'config/override-file' ? 'error' : 'warning',
    }));
    const n = body.problems?.length ?? 0;
    announce(
      n === 0
        ? `「${file.name}」を読み込みました。`
        : `「${file.name}」を読み込みました。問題が${n}件あります。赤く示した欄を直してください。`,
    );
    draw(null);
  });

  $('save-version').addEventListener('click', () => {
    localStorage.setItem(SAVED_KEY, JSON.stringify({ config: state, savedAt: Date.now() }));
    showSavedVersion();
    announce('いまの版を比較の元として保存しました。設定を変えてから「比べる」を押してください。');
  });
  $('compare').addEventListener('click', async () => {
    const saved = savedVersionInfo();
    if (!saved) return announce('比較の元の版がまだ保存されていません。');
    const res = await api('/api/diff', { old: saved.config, new: state, ...compareOptions() });
    const body = await res.json().catch(() => ({}));
    if (!res.ok) {
      findings = body.diagnostics ?? [];
      renderFindings();
      return announce(`比べられませんでした。${body.error ?? ''}`);
    }
    const s = body.summary;
    $('compare-summary').textContent =
      `新設 ${s.added.length}、削除 ${s.removed.length}、改正 ${s.changed.length}、条番号の変更 ${s.renumbered.length}`;
    $('comparison').srcdoc = body.html;
    announce('新旧対照表を作りました。');
  });
  for (const b of document.querySelectorAll('[data-compare]')) {
    b.addEventListener('click', () => {
      const saved = savedVersionInfo();
      if (!saved) return announce('比較の元の版がまだ保存されていません。');
      void fetchDownload(b, b.textContent.trim(), `/api/diff?format=${b.dataset.compare}`, {
        old: saved.config,
        new: state,
        ...compareOptions(),
      });
    });
  }
  showSavedVersion();
  await refresh();
}

void init();

export { idOf };
