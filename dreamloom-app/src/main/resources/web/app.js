/* Dreamloom web app: a small hash-routed single page over the JSON API. All text goes in through textContent
   (never innerHTML), so nothing a dream says can run as code. */
'use strict';

const state = { session: null, charts: [] };

function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

async function api(method, path, body, isForm) {
  const opts = { method, headers: {}, credentials: 'same-origin' };
  if (method !== 'GET') opts.headers['X-CSRF-Token'] = state.session ? state.session.csrf : '';
  if (body !== undefined) {
    if (isForm) opts.body = body;
    else { opts.headers['Content-Type'] = 'application/json'; opts.body = JSON.stringify(body); }
  }
  const res = await fetch(path, opts);
  if (res.status === 204) return null;
  const type = res.headers.get('Content-Type') || '';
  const data = type.includes('json') ? await res.json() : await res.text();
  if (!res.ok) {
    const err = new Error((data && data.error) || ('request failed (' + res.status + ')'));
    err.status = res.status;
    throw err;
  }
  return data;
}

async function loadSession() {
  state.session = await api('GET', '/api/session');
  const nav = document.getElementById('nav');
  nav.hidden = !state.session.authenticated;
  document.getElementById('logout').hidden = !state.session.authenticated;
  // an empty account link would still take a Tab stop before login, naming nothing
  document.getElementById('who').hidden = !state.session.authenticated;
  document.getElementById('who').textContent = state.session.authenticated
    ? state.session.username + (state.session.role === 'researcher' ? ' · researcher' : '') : '';
}

function toast(msg) {
  const t = document.getElementById('toast');
  t.textContent = msg; t.hidden = false;
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => { t.hidden = true; }, 3500);
}

function mount(...nodes) {
  clearTimeout(state.loading);
  state.charts.forEach(c => c.destroy());
  state.charts = [];
  const main = document.getElementById('main');
  main.removeAttribute('aria-busy');
  main.replaceChildren(...nodes.flat());
  // the tab, the history and screen readers name the page after its heading
  const h1 = main.querySelector('h1');
  document.title = h1 && h1.textContent !== 'A journal for your dreams' ? h1.textContent + ' · Dreamloom' : 'Dreamloom';
  // focus moves to the new page's heading: a screen reader announces it, and Tab goes on from the top of the page
  // rather than from wherever the element clicked on the last page used to be
  if (h1) { h1.setAttribute('tabindex', '-1'); h1.focus({ preventScroll: true }); }
}

/* Shows "Loading…" when a page takes more than a moment (coding a dream on the spot, a profile over hundreds of
   dreams), so a click never seems to do nothing; the page that arrives replaces it. */
function loadingSoon() {
  clearTimeout(state.loading);
  state.loading = setTimeout(() => {
    const main = document.getElementById('main');
    main.setAttribute('aria-busy', 'true');
    main.replaceChildren(h('p', { class: 'muted loading', id: 'loading' }, 'Loading…'));
  }, 300);
}

/* Runs fn with the button disabled and saying what it does, so a second click cannot send the request twice. */
async function busy(button, label, fn) {
  const before = button.textContent;
  button.disabled = true; button.textContent = label;
  try { return await fn(); } finally { button.disabled = false; button.textContent = before; }
}

function plural(n, word) { return n + ' ' + word + (n === 1 ? '' : 's'); }

function chip(text, cls) { return h('span', { class: 'chip' + (cls ? ' ' + cls : '') }, text); }

const MOODS = { '-2': 'very bad', '-1': 'bad', '0': 'neutral', '1': 'good', '2': 'very good' };
const LUCIDITY = ['not lucid', 'a glimmer', 'partly lucid', 'lucid', 'fully lucid'];
/* The dream-level labels the coder gives (not the dreamer's own lucidity rating above). */
const LABELS = { nightmare: 'Nightmare', lucid: 'Lucid dream' };

/* ---------- login ---------- */
function loginPage() {
  const err = h('div', { class: 'error', id: 'login-error' });
  const user = h('input', { id: 'username', autocomplete: 'username', required: true });
  const pass = h('input', { id: 'password', type: 'password', autocomplete: 'current-password', required: true });
  async function login(e) {
    e.preventDefault(); err.textContent = '';
    try {
      await loadSession(); // the page may hold the CSRF token of a session that ended meanwhile (logout elsewhere, expiry)
      await api('POST', '/api/login', { username: user.value, password: pass.value });
      await loadSession(); location.hash = '#/journal';
    } catch (x) { err.textContent = x.message; }
  }
  async function signup() {
    err.textContent = '';
    try {
      await loadSession();
      await api('POST', '/api/signup', { username: user.value, password: pass.value });
      await api('POST', '/api/login', { username: user.value, password: pass.value });
      await loadSession(); location.hash = '#/journal';
      toast('Welcome to Dreamloom');
    } catch (x) {
      err.textContent = x.status === 401 ? 'Could not sign you up with that name: it may be taken. Try another.' : x.message;
    }
  }
  mount(
    h('div', { class: 'hero' }, h('h1', {}, 'A journal for your dreams'),
      h('p', {}, 'Write down what you dreamed. Dreamloom codes each dream in the Hall/Van de Castle system, '
        + 'shows the words behind every code, and tells you what comes back night after night.')),
    h('div', { class: 'card', style: null },
      h('form', { id: 'login-form', onsubmit: login },
        h('label', { for: 'username' }, 'Username'), user,
        h('label', { for: 'password' }, 'Password (at least 10 characters)'), pass,
        h('div', { class: 'actions' },
          h('button', { type: 'submit', id: 'login-button' }, 'Log in'),
          h('button', { type: 'button', class: 'secondary', id: 'signup-button', onclick: signup }, 'Sign up')),
        err)));
  document.querySelector('#main .card').classList.add('narrow');
}

/* ---------- journal ---------- */
async function journalPage(params) {
  const q = new URLSearchParams();
  for (const k of ['from', 'to']) if (params.get(k)) q.set(k, params.get(k));
  const data = await api('GET', '/api/dreams' + (q.toString() ? '?' + q.toString() : ''));
  const from = h('input', { id: 'journal-from', type: 'date', value: params.get('from') || '' });
  const to = h('input', { id: 'journal-to', type: 'date', value: params.get('to') || '' });
  const filter = h('form', { class: 'filter', onsubmit: e => {
    e.preventDefault();
    const p = new URLSearchParams();
    if (from.value) p.set('from', from.value);
    if (to.value) p.set('to', to.value);
    location.hash = '#/journal' + (p.toString() ? '?' + p.toString() : '');
  } }, h('label', { for: 'journal-from' }, 'From'), from, h('label', { for: 'journal-to' }, 'to'), to,
    h('button', { type: 'submit', class: 'secondary' }, 'Show'),
    q.toString() ? h('a', { href: '#/journal' }, 'all nights') : null);
  const body = data.nights.length === 0
    ? h('div', { class: 'empty card' }, q.toString() ? 'No dreams on those nights.' : 'No dreams yet. ',
        q.toString() ? null : h('a', { href: '#/write' }, 'Write your first one.'))
    : data.nights.map(n => h('section', { class: 'night' },
        h('h3', {}, n.night === 'undated' ? 'Undated' : formatDate(n.night)),
        n.dreams.map(entryLink)));
  mount(h('h1', {}, 'Your journal'),
    h('p', { class: 'sub' }, data.count + ' dream' + (data.count === 1 ? '' : 's') + ', newest night first'),
    h('div', { class: 'toolbar' }, h('a', { class: 'button', href: '#/write', id: 'write-link' }, 'Write a dream'), filter),
    body);
}

function entryLink(d, showDate) {
  return h('a', { class: 'entry', href: '#/dream/' + d.id, 'data-id': d.id },
    h('strong', {}, d.title || firstWords(d.excerpt)),
    h('div', { class: 'excerpt' }, d.excerpt),
    h('div', { class: 'chips' },
      showDate && d.date ? chip(formatDate(d.date), 'date') : null,
      chip(d.visibility, d.visibility === 'private' ? 'private' : ''),
      (d.tags || []).map(t => chip('#' + t)),
      d.mood !== null && d.mood !== undefined ? chip('mood: ' + MOODS[d.mood]) : null,
      d.lucidity ? chip(LUCIDITY[d.lucidity]) : null));
}

function firstWords(text) {
  const words = (text || '').split(/\s+/).slice(0, 7).join(' ').replace(/[.,;:!?…]+$/, '');
  return words ? words + '…' : 'Untitled dream';
}

function formatDate(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || '');
  if (!m) return iso;
  return new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])).toLocaleDateString(undefined,
    { weekday: 'short', year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
}

/* ---------- write / edit ---------- */
async function writePage(id) {
  const d = id ? await api('GET', '/api/dreams/' + id) : null;
  // the reader's own calendar day: toISOString alone gives the UTC date, tomorrow's on an American evening
  const now = new Date();
  const today = new Date(now.getTime() - now.getTimezoneOffset() * 60000).toISOString().slice(0, 10);
  const f = {
    title: h('input', { id: 'title', value: d ? d.title : '' }),
    date: h('input', { id: 'date', type: 'date', value: d ? d.date : today }),
    text: h('textarea', { id: 'text', placeholder: 'I was in a house I did not know…' }),
    tags: h('input', { id: 'tags', placeholder: 'water, family', value: d ? (d.tags || []).join(', ') : '' }),
    mood: select('mood', [['', '—'], ['-2', 'very bad'], ['-1', 'bad'], ['0', 'neutral'], ['1', 'good'], ['2', 'very good']], d && d.mood !== null ? String(d.mood) : ''),
    lucidity: select('lucidity', [['', '—']].concat(LUCIDITY.map((l, i) => [String(i), l])), d && d.lucidity !== null ? String(d.lucidity) : ''),
    sleep: select('sleepQuality', [['', '—'], ['1', '1 poor'], ['2', '2'], ['3', '3'], ['4', '4'], ['5', '5 great']], d && d.sleepQuality !== null ? String(d.sleepQuality) : ''),
    vis: select('visibility', [['private', 'Private (only you)'], ['shared', 'Shared (others see it, anonymised)'], ['public', 'Public']], d ? d.visibility : 'private'),
  };
  f.text.value = d ? d.text : '';
  const err = h('div', { class: 'error', id: 'write-error' });
  async function save(e) {
    e.preventDefault(); err.textContent = '';
    const body = { text: f.text.value, title: f.title.value, date: f.date.value, tags: f.tags.value,
      mood: f.mood.value, lucidity: f.lucidity.value, sleepQuality: f.sleep.value, visibility: f.vis.value };
    try {
      const saved = await busy(document.getElementById('save-button'), 'Saving…',
        () => id ? api('PUT', '/api/dreams/' + id, body) : api('POST', '/api/dreams', body));
      toast('Saved'); location.hash = '#/dream/' + saved.id;
    } catch (x) { err.textContent = x.message; }
  }
  mount(h('h1', {}, id ? 'Edit dream' : 'Write a dream'),
    h('p', { class: 'sub' }, 'Dreams are private unless you choose otherwise.'),
    h('form', { class: 'card', id: 'dream-form', onsubmit: save },
      h('div', { class: 'row' }, h('div', {}, h('label', { for: 'title' }, 'Title'), f.title),
        h('div', {}, h('label', { for: 'date' }, 'Night of'), f.date)),
      h('label', { for: 'text' }, 'The dream'), f.text,
      h('div', { class: 'row' },
        h('div', {}, h('label', { for: 'tags' }, 'Tags (comma-separated)'), f.tags),
        h('div', {}, h('label', { for: 'mood' }, 'Mood on waking'), f.mood),
        h('div', {}, h('label', { for: 'lucidity' }, 'Lucidity'), f.lucidity),
        h('div', {}, h('label', { for: 'sleepQuality' }, 'Sleep quality'), f.sleep)),
      h('label', { for: 'visibility' }, 'Who may see it'), f.vis,
      h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'save-button' }, 'Save dream'),
        h('a', { href: id ? '#/dream/' + id : '#/journal' }, 'Cancel')),
      err));
}

function select(id, options, value) {
  const s = h('select', { id }, options.map(([v, l]) => h('option', { value: v }, l)));
  s.value = value;
  return s;
}

/* ---------- dream page ---------- */
async function dreamPage(id) {
  const d = await api('GET', '/api/dreams/' + id);
  const text = h('div', { class: 'dream-text', id: 'dream-text' }, textNodes(d.segments, d.labels || []));
  const legend = h('div', { class: 'legend', id: 'legend' },
    d.legend.filter(l => l.count > 0 || ['emotions', 'interactions', 'characters', 'settings'].includes(l.group))
      .map(l => h('span', {}, h('i', { class: 'sw ' + l.group }), l.label + ' (' + l.count + ')')),
    (d.labels || []).some(l => l.value) ? h('span', {}, h('i', { class: 'sw lbl' }), 'Nightmare / lucid evidence') : null);
  const meta = h('div', { class: 'meta' },
    d.date ? h('span', {}, formatDate(d.date)) : null,
    h('span', {}, d.words + ' words'),
    d.mood !== null && d.mood !== undefined ? h('span', {}, 'mood: ' + MOODS[d.mood]) : null,
    d.lucidity !== null && d.lucidity !== undefined ? h('span', {}, LUCIDITY[d.lucidity]) : null,
    d.sleepQuality ? h('span', {}, 'sleep ' + d.sleepQuality + '/5') : null,
    h('span', {}, d.visibility), (d.tags || []).map(t => chip('#' + t)),
    (d.labels || []).filter(l => l.value).map(l => chip(LABELS[l.name] || l.name, 'label ' + l.name)));
  const labels = (d.labels || []).length ? h('ul', { class: 'codes labels', id: 'labels' }, d.labels.map(l => h('li', {},
    h('strong', {}, LABELS[l.name] || l.name), ': ', l.value ? 'yes' : 'no',
    l.value && l.evidence.length ? h('div', { class: 'ev' }, 'because of “' + l.evidence.join('”, “') + '”') : null))) : null;
  const codes = d.codes.length === 0
    ? h('p', { class: 'muted' }, 'No codes yet: the coder found nothing to code in this report.')
    : h('ul', { class: 'codes', id: 'codes' }, d.codes.map(c => h('li', {},
        h('code', { class: 'hl-' + c.group }, c.code), ' ', h('span', { class: 'muted' }, c.category.replace('_', ' ')),
        c.meaning ? h('div', { class: 'meaning' }, c.meaning) : null,
        c.evidence.length ? h('div', { class: 'ev' }, '“' + c.evidence.join('”, “') + '”') : null)));
  const scenes = d.scenes.map(s => h('div', { class: 'scene' },
    h('div', { class: 'where' }, 'Scene ' + s.n + ' · ' + s.setting), h('div', {}, s.opening)));
  const canvas = h('canvas', { id: 'emotion-chart', role: 'img', 'aria-label': 'Emotions across the dream: '
    + (d.emotionTimeline.points.length ? d.emotionTimeline.points.map(p => p.emotion + ' (“' + p.words + '”) at ' + Math.round(p.position) + '%').join(', ')
      : 'no coded emotion') });
  const similarBox = h('div', { id: 'similar' }, h('p', { class: 'muted' }, 'Looking for similar dreams…'));
  const actions = d.own ? h('div', { class: 'actions' },
    h('a', { class: 'button secondary', href: '#/edit/' + d.id }, 'Edit'),
    h('button', { class: 'danger', id: 'delete-button', onclick: async e => {
      if (!confirm('Delete this dream? This cannot be undone.')) return;
      try {
        await busy(e.currentTarget, 'Deleting…', () => api('DELETE', '/api/dreams/' + d.id));
        toast('Dream deleted'); location.hash = '#/journal';
      } catch (x) { toast('Could not delete: ' + x.message); }
    } }, 'Delete')) : h('p', { class: 'muted' }, 'Shared by another dreamer (anonymised).');
  mount(h('h1', { id: 'dream-title' }, d.title || 'Untitled dream'), meta,
    h('div', { class: 'layout' },
      h('div', {}, h('div', { class: 'card' }, legend, text), actions,
        h('h2', {}, 'Emotions across the dream'),
        h('div', { class: 'card' }, hasEmotions(d.emotionTimeline)
          ? h('div', { class: 'chart-box' }, canvas)
          : h('p', { class: 'muted' }, 'No emotion was coded in this dream.')),
        h('h2', {}, 'Scenes'), h('div', { class: 'card' }, scenes)),
      h('aside', {}, labels ? h('h2', {}, 'Nightmare? Lucid?') : null, labels ? h('div', { class: 'card' }, labels) : null,
        h('h2', {}, 'Codes'), h('div', { class: 'card' }, codes,
          h('p', { class: 'muted coder' }, 'Coders: ' + d.coder.split('+').join(', '))),
        h('h2', {}, 'Similar dreams'), h('div', { class: 'card' }, similarBox))));
  if (hasEmotions(d.emotionTimeline) && window.Chart) emotionChart(canvas, d.emotionTimeline);
  loadSimilar(d.id, similarBox);
}

/* The report as highlighted segments (the codes' evidence), with the evidence of the labels that apply (nightmare,
   lucid) underlined on top: a code's mark gets the underline, plain text is cut at the label's words. */
function textNodes(segments, labels) {
  const spans = labels.filter(l => l.value).flatMap(l => (l.spans || []).map(x => ({ ...x, name: LABELS[l.name] || l.name })));
  const inLabel = (a, b) => spans.filter(x => x.start < b && x.end > a);
  const out = [];
  let at = 0;
  for (const s of segments) {
    const a = at, b = at + s.text.length;
    at = b;
    const hits = inLabel(a, b);
    if (s.groups) {
      const names = hits.map(x => x.name);
      out.push(h('mark', { class: 'hl hl-' + s.groups[0] + (hits.length ? ' lbl' : ''), 'data-groups': s.groups.join(' '),
        title: s.codes.concat(names.map(n => n + ' evidence')).join(' · ') }, s.text));
      continue;
    }
    // plain text: cut it where label evidence starts and ends
    const cuts = [...new Set([a, b, ...hits.flatMap(x => [Math.max(a, x.start), Math.min(b, x.end)])])].sort((x, y) => x - y);
    for (let i = 0; i + 1 < cuts.length; i++) {
      const piece = s.text.slice(cuts[i] - a, cuts[i + 1] - a);
      const covering = inLabel(cuts[i], cuts[i + 1]);
      out.push(covering.length ? h('mark', { class: 'lbl', title: covering.map(x => x.name + ' evidence').join(' · ') }, piece) : piece);
    }
  }
  return out;
}

const EMOTION_COLOURS = { anger: '#c0392b', apprehension: '#8e44ad', sadness: '#2e6fb0', confusion: '#b7950b', happiness: '#27a060', other: '#777' };

function hasEmotions(tl) {
  return tl.points.length > 0 || (tl.sentences || []).some(s => s.emotions.length > 0);
}

function emotionChart(canvas, tl) {
  const classes = tl.classes;
  const wide = canvas.parentNode.clientWidth > 480; // on a phone the axis titles would cover the tick labels
  const line = (tl.sentences || []).length
    ? tl.sentences.map(s => ({ x: s.position, y: s.valence, emotions: s.emotions }))
    : tl.points.map(p => ({ x: p.position, y: Math.max(-1, Math.min(1, p.balance)) }));
  const chart = new Chart(canvas, {
    data: {
      datasets: [
        { type: 'line', label: 'feeling (+1 happy … −1 negative)', yAxisID: 'y2', data: line,
          borderColor: '#4b5fa8', backgroundColor: 'rgba(75,95,168,.08)', fill: true, tension: .2, pointRadius: 2 },
        { type: 'scatter', label: 'emotions', data: tl.points.map(p => ({ x: p.position, y: classes.indexOf(p.emotion), words: p.words, code: p.code })),
          pointRadius: 7, pointBackgroundColor: tl.points.map(p => EMOTION_COLOURS[p.emotion] || '#777') },
      ],
    },
    options: {
      maintainAspectRatio: false, animation: false,
      scales: {
        x: { type: 'linear', min: 0, max: 100, title: { display: true, text: 'position in the dream (%)' } },
        y: { min: -0.6, max: classes.length - 0.4, afterBuildTicks: axis => { axis.ticks = classes.map((_, i) => ({ value: i })); },
          ticks: { callback: v => classes[v] || '' }, title: { display: wide, text: 'coded emotion' } },
        y2: { position: 'right', min: -1.1, max: 1.1, grid: { display: false }, title: { display: wide, text: 'feeling per sentence' } },
      },
      plugins: { legend: { display: false }, tooltip: { callbacks: { label: c => c.raw.words ? c.raw.code + ': “' + c.raw.words + '”' : 'feeling ' + c.raw.y + (c.raw.emotions && c.raw.emotions.length ? ' (' + c.raw.emotions.join(', ') + ')' : '') } } },
    },
  });
  state.charts.push(chart);
}

async function loadSimilar(id, box) {
  try {
    const s = await api('GET', '/api/dreams/' + id + '/similar');
    if (!s.available) { box.replaceChildren(h('p', { class: 'muted' }, s.note)); return; }
    const link = x => h('a', { class: 'entry small', href: '#/dream/' + x.id },
      h('strong', {}, x.title || (x.date ? formatDate(x.date) : 'Dream ' + x.id)),
      h('div', { class: 'excerpt' }, x.excerpt),
      x.reasons && x.reasons.length ? h('div', { class: 'chips' }, x.reasons.slice(0, 3).map(r => chip(r))) : null);
    const t = s.thread || {};
    const nodes = [];
    nodes.push(...(s.similar.length ? s.similar.map(link) : [h('p', { class: 'muted' }, 'No similar dreams yet.')]));
    if (t.theme) nodes.push(h('h3', { class: 'mini' }, 'Theme'), h('p', {}, t.theme));
    if (t.earlier && t.earlier.length) nodes.push(h('h3', { class: 'mini' }, 'Earlier in the thread'), ...t.earlier.map(link));
    if (t.later && t.later.length) nodes.push(h('h3', { class: 'mini' }, 'Later in the thread'), ...t.later.map(link));
    box.replaceChildren(...nodes);
  } catch (x) { box.replaceChildren(h('p', { class: 'muted' }, x.message)); }
}

/* ---------- library ---------- */
async function libraryPage(params) {
  const q = h('input', { id: 'q', placeholder: 'words, or a query like  water AND sister', value: params.get('q') || '' });
  const from = h('input', { id: 'from', type: 'date', value: params.get('from') || '' });
  const to = h('input', { id: 'to', type: 'date', value: params.get('to') || '' });
  const mode = select('mode', [['hybrid', 'words and meaning'], ['lexical', 'exact words'], ['semantic', 'meaning only']],
    params.get('mode') || 'hybrid');
  const results = h('div', { id: 'results' });
  const facets = h('div', { class: 'facets', id: 'facets' });
  function go(e, extra) {
    if (e) e.preventDefault();
    const p = new URLSearchParams();
    if (q.value) p.set('q', q.value);
    if (from.value) p.set('from', from.value);
    if (to.value) p.set('to', to.value);
    if (mode.value !== 'hybrid') p.set('mode', mode.value);
    for (const [k, v] of Object.entries(extra || {})) p.set(k, v);
    for (const k of ['series', 'dreamer']) if (params.get(k) && !(extra && k in extra)) p.set(k, params.get(k));
    const next = '#/library?' + p.toString();
    // a search typed in the box: the box keeps the focus on the new page, to refine the query
    state.refine = !extra && location.hash !== next;
    location.hash = next;
  }
  mount(h('h1', {}, 'Library'), h('p', { class: 'sub' }, 'Your dreams and the ones others chose to share.'),
    h('form', { class: 'card', onsubmit: go },
      h('div', { class: 'row' }, h('div', {}, h('label', { for: 'q' }, 'Search'), q),
        h('div', {}, h('label', { for: 'mode' }, 'Match'), mode),
        h('div', {}, h('label', { for: 'from' }, 'From'), from), h('div', {}, h('label', { for: 'to' }, 'To'), to)),
      h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'search-button' }, 'Search'))),
    h('div', { class: 'layout' }, results, h('aside', {}, facets)));
  if (state.refine) { state.refine = false; q.focus(); }
  const p = new URLSearchParams(params);
  // a facet the reader clicked narrows the results: say so, and offer the way back
  const filters = ['series', 'dreamer'].filter(k => p.get(k));
  const active = filters.length ? h('div', { class: 'chips', id: 'active-filters' }, filters.map(k => {
    const without = new URLSearchParams(p); without.delete(k);
    return h('a', { class: 'chip', href: '#/library?' + without.toString(), title: 'Show all ' + k + 's again' },
      k + ': ' + p.get(k) + ' ✕');
  })) : null;
  try {
    const r = await api('GET', '/api/search?' + p.toString());
    const lag = r.pending > 0 ? ' (' + r.pending + ' dream' + (r.pending === 1 ? '' : 's') + ' just written not searchable yet: they are being coded and indexed)' : '';
    const none = r.hits.length === 0 ? h('div', { class: 'empty card', id: 'no-hits' }, p.get('q')
      ? 'Nothing matches “' + p.get('q') + '”. Try other words, or match by meaning.'
      : 'No dreams to show yet. Write one in your journal, or import some.') : null;
    // words and meaning: the facets count only the dreams with the words, so say how the total splits
    const split = r.mode === 'hybrid' && r.wordMatches < r.total
      ? ' — ' + r.wordMatches + ' with the words (counted at the side), ' + (r.total - r.wordMatches) + ' more close in meaning' : '';
    results.replaceChildren(...[h('p', { class: 'muted', id: 'total' }, plural(r.total, 'dream') + split + lag), active, none].filter(Boolean),
      ...r.hits.map(x => {
        const e = entryLink(x, true);
        if (x.snippet) e.querySelector('.excerpt').replaceChildren(...snippetNodes(x.snippet));
        return e;
      }));
    facets.replaceChildren(...Object.entries(r.facets || {}).map(([name, counts]) => h('div', {},
      h('h3', {}, name),
      Object.entries(counts).slice(0, 12).map(([v, n]) => h('a', { href: '#', onclick: e => { e.preventDefault(); go(null, facetParam(name, v)); } },
        h('span', {}, v), h('span', { class: 'n' }, n))))));
  } catch (x) { results.replaceChildren(h('div', { class: 'error' }, x.message)); }
}

/* The index's snippets are HTML-escaped text with matches in <b>…</b>: rebuild them as text nodes, never as HTML. */
function snippetNodes(snippet) {
  const decode = t => t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  const out = [];
  let bold = false;
  for (const part of snippet.split(/(<b>|<\/b>)/)) {
    if (part === '<b>') bold = true;
    else if (part === '</b>') bold = false;
    else if (part) out.push(bold ? h('b', {}, decode(part)) : document.createTextNode(decode(part)));
  }
  return out;
}

function facetParam(name, value) {
  if (name === 'year' && /^\d{4}$/.test(value)) return { from: value + '-01-01', to: value + '-12-31' };
  if (name === 'series' || name === 'dreamer') return { [name]: value === '(none)' ? '' : value };
  return {};
}

/* ---------- profile ---------- */
async function profilePage(params) {
  const norms = params.get('norms') || 'female';
  const series = params.get('series') || '';
  const p = await api('GET', '/api/profile?norms=' + encodeURIComponent(norms) + (series ? '&series=' + encodeURIComponent(series) : ''));
  const goTo = (n, s) => { location.hash = '#/profile?norms=' + n + (s ? '&series=' + encodeURIComponent(s) : ''); };
  const hCanvas = h('canvas', { id: 'profile-chart', role: 'img',
    'aria-label': "Bar chart of Cohen's h for each indicator against the norms; the table below it has the numbers" });
  const tCanvas = h('canvas', { id: 'trend-chart', role: 'img', 'aria-label': 'Dreams, mood and lucidity by month: '
    + p.trends.map(t => t.month + ' ' + plural(t.dreams, 'dream')).join(', ') });
  const ind = p.indicators;
  const hProfile = ind.available && ind.values && ind.values.some(v => v.h !== undefined && v.h !== null);
  const kindred = h('div', { id: 'kindred' }, h('p', { class: 'muted' }, 'Looking…'));
  const themeList = (items, label) => items.length
    ? h('ul', { class: 'codes' }, items.map(t => h('li', {}, h('span', {}, label(t.name)), ' ', h('span', { class: 'muted' }, '· ' + t.dreams + ' dreams'))))
    : h('p', { class: 'muted' }, 'Nothing recurs yet.');
  const allSeries = p.allSeries || [];
  // a researcher compares one corpus at a time; a dreamer with only a journal has nothing to choose
  const seriesPicker = allSeries.length > 1 ? [h('label', { for: 'series' }, 'the dreams of'),
    (() => { const sel = select('series', [['', 'all series (' + allSeries.reduce((a, x) => a + x.dreams, 0) + ')']]
        .concat(allSeries.map(x => [x.series, x.series + ' (' + x.dreams + ')'])), series);
      sel.addEventListener('change', () => goTo(norms, sel.value)); return sel; })()] : [];
  mount(h('h1', {}, series ? 'Series ' + series : 'Your profile'),
    h('p', { class: 'sub' }, plural(p.dreams, 'dream') + (series ? ' in this series' : ' in your journal')),
    h('h2', {}, 'Against the norms (h-profile)'),
    h('div', { class: 'filter' }, seriesPicker, h('label', { for: 'norms' }, 'Compare with the'),
      (() => { const sel = select('norms', [['female', 'female norms'], ['male', 'male norms']], norms);
        sel.addEventListener('change', () => goTo(sel.value, series)); return sel; })()),
    h('div', { class: 'card', id: 'profile-card' }, hProfile ? h('div', { class: 'chart-box tall' }, hCanvas)
      : h('p', { class: 'muted', id: 'profile-note' }, ind.note || 'Not enough coded dreams for a profile yet.'),
      hProfile ? h('p', { class: 'muted' }, 'Bars show Cohen\'s h against the Hall/Van de Castle ' + ind.norms + ' norms; ±0.2 is a small difference, ±0.5 a medium one.') : null,
      hProfile ? indicatorTable(ind.values) : null,
      (ind.warnings || []).length ? h('details', { class: 'warnings' },
        h('summary', {}, '⚠ ' + ind.warnings[0] + (ind.warnings.length > 1 ? ' (and ' + (ind.warnings.length - 1) + ' more notes)' : '')),
        ind.warnings.slice(1).map(w => h('p', { class: 'muted small' }, w))) : null),
    h('h2', {}, 'Over time'), h('div', { class: 'card' }, h('div', { class: 'chart-box' }, tCanvas)),
    h('div', { class: 'grid2' },
      h('div', {}, h('h2', {}, 'Recurring codes'), h('div', { class: 'card' }, themeList(p.themes.codes, n => n))),
      h('div', {}, h('h2', {}, 'Recurring words and tags'), h('div', { class: 'card' },
        h('h3', { class: 'mini' }, 'Tags'), themeList(p.themes.tags, n => '#' + n),
        h('h3', { class: 'mini' }, 'Words'), themeList(p.themes.words, n => n)))),
    h('h2', {}, 'Kindred dreams others shared'), h('div', { class: 'card' }, kindred));
  if (window.Chart) {
    if (hProfile) hChart(hCanvas, ind.values.filter(v => v.h !== undefined && v.h !== null));
    trendChart(tCanvas, p.trends);
  }
  try {
    const k = await api('GET', '/api/kindred');
    kindred.replaceChildren(...(k.kindred.length ? k.kindred.map(x => h('a', { class: 'entry', href: '#/dream/' + x.id },
      h('div', { class: 'excerpt' }, x.excerpt), h('div', { class: 'chips' }, x.sharedWords.map(w => chip(w)))))
      : [h('p', { class: 'muted' }, 'No shared dream resembles yours yet.')]));
  } catch (x) { kindred.replaceChildren(h('p', { class: 'error' }, x.message)); }
}

/* The numbers behind the chart, for reading them exactly and for those who cannot see the chart: each indicator,
   the value, the norm, Cohen's h and the p value of the test (adjusted for the many indicators compared). */
function indicatorTable(values) {
  const p = x => x === null || x === undefined ? '—' : x < 0.001 ? '< .001' : x.toFixed(3).replace(/^0/, '');
  const star = x => x !== null && x !== undefined && x < 0.05 ? ' *' : '';
  return h('details', { class: 'indicators', id: 'indicator-table' },
    h('summary', {}, 'Effect sizes and significance, as a table'),
    h('div', { class: 'table-scroll' }, h('table', {},
      h('thead', {}, h('tr', {}, ['indicator', 'value', 'norms', 'h', 'p', 'p adjusted'].map((t, i) => h('th', { scope: 'col', class: i >= 3 ? 'num' : null }, t)))),
      h('tbody', {}, values.map(v => h('tr', {}, h('th', { scope: 'row' }, v.name), h('td', {}, v.value === null ? '—' : fmt(v.value)),
        h('td', {}, v.reference === null ? '—' : fmt(v.reference)),
        h('td', { class: 'num' }, v.h === null || v.h === undefined ? '—' : (v.h > 0 ? '+' : '') + v.h.toFixed(2)),
        h('td', { class: 'num' }, p(v.p)), h('td', { class: 'num' }, p(v.pAdjusted) + star(v.pAdjusted))))))),
    h('p', { class: 'muted small' }, '* significant at .05 after adjusting for the number of indicators compared.'));
}

function significant(v) { return v.pAdjusted !== null && v.pAdjusted !== undefined && v.pAdjusted < 0.05; }

function hChart(canvas, values) {
  canvas.parentNode.style.height = Math.max(300, 24 * values.length + 70) + 'px';
  const narrow = canvas.parentNode.clientWidth < 480;
  state.charts.push(new Chart(canvas, {
    type: 'bar',
    data: { labels: values.map(v => v.name), datasets: [{ label: "Cohen's h vs norms", data: values.map(v => v.h),
      // significant differences (adjusted p < .05) in full colour, the others pale: the eye goes to what holds up
      backgroundColor: values.map(v => (v.h >= 0 ? 'rgba(75,95,168,' : 'rgba(192,57,43,') + (significant(v) ? '.8)' : '.3)')) }] },
    options: { indexAxis: 'y', maintainAspectRatio: false, animation: false,
      scales: { x: { suggestedMin: -1, suggestedMax: 1, title: { display: true, text: "Cohen's h (these dreams − norms); pale bars: not significant" } },
        // on a phone the long indicator names would push the bars off the chart: smaller type, names shortened
        // (the table below the chart has them in full)
        y: { ticks: { autoSkip: false, font: { size: narrow ? 10 : 12 },
          callback: (v, i) => { const n = values[i].name; return narrow && n.length > 20 ? n.slice(0, 19) + '…' : n; } } } },
      plugins: { legend: { display: false }, tooltip: { callbacks: { afterLabel: c => {
        const v = values[c.dataIndex];
        return (v.value !== null ? 'these dreams ' + fmt(v.value) : '') + (v.reference !== null ? ' · norms ' + fmt(v.reference) : '') + (v.reading ? '\n' + v.reading : '');
      } } } } },
  }));
}

function fmt(x) { return typeof x === 'number' ? (Math.abs(x) < 1.5 ? Math.round(x * 100) + '%' : x.toFixed(2)) : ''; }

function trendChart(canvas, trends) {
  state.charts.push(new Chart(canvas, {
    data: { labels: trends.map(t => t.month), datasets: [
      { type: 'bar', label: 'dreams', data: trends.map(t => t.dreams), backgroundColor: 'rgba(75,95,168,.35)', yAxisID: 'y' },
      { type: 'line', label: 'mood (−2…2)', data: trends.map(t => t.mood), borderColor: '#27a060', yAxisID: 'y2', spanGaps: true, tension: .3 },
      { type: 'line', label: 'lucidity (0…4)', data: trends.map(t => t.lucidity), borderColor: '#8e44ad', yAxisID: 'y2', spanGaps: true, tension: .3 },
    ] },
    options: { maintainAspectRatio: false, animation: false,
      scales: { y: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: 'dreams' } },
        y2: { position: 'right', min: -2, max: 4, grid: { display: false } } } },
  }));
}

/* ---------- import / export ---------- */
async function transferPage() {
  const file = h('input', { id: 'import-file', type: 'file' });
  const format = select('import-format', [['auto', 'auto-detect'], ['text', 'text / Markdown'], ['dreambank', 'DreamBank'], ['csv', 'CSV / TSV'], ['jsonl', 'JSONL'], ['cards', 'HVdC cards']], 'auto');
  const out = h('div', { id: 'import-result' });
  const upload = e => { e.preventDefault(); sendFile(file, format, out, e.submitter, '/api/import?'); };
  const nodes = [h('h1', {}, 'Import & export'), h('p', { class: 'sub' }, 'The same formats as the command line.'),
    h('div', { class: 'grid2' },
      h('form', { class: 'card', onsubmit: upload }, h('h2', {}, 'Import into your journal'),
        h('label', { for: 'import-file' }, 'File'), file, h('label', { for: 'import-format' }, 'Format'), format,
        h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'import-button' }, 'Import')), out),
      h('div', { class: 'card' }, h('h2', {}, 'Export your dreams'),
        h('p', {}, h('a', { href: '/api/export?format=csv', download: true }, 'CSV'), ' — one row per dream, for R or SPSS'),
        h('p', {}, h('a', { href: '/api/export?format=jsonl', download: true }, 'JSONL'), ' — one object per line'),
        h('p', {}, h('a', { href: '/api/export?format=cards', download: true }, 'HVdC cards'), ' — the coding of each dream')))];
  if (state.session.role === 'researcher') {
    const c = await api('GET', '/api/corpora');
    const cFile = h('input', { id: 'corpus-file', type: 'file' });
    const cFormat = select('corpus-format', [['auto', 'auto-detect'], ['dreambank', 'DreamBank (series.tsv + .json)'], ['csv', 'CSV / TSV'], ['jsonl', 'JSONL'], ['cards', 'HVdC cards'], ['text', 'text / Markdown']], 'auto');
    const cVis = select('corpus-visibility', [['shared', 'Shared (others see it, anonymised)'], ['private', 'Private (only you)'], ['public', 'Public']], 'shared');
    const cName = h('input', { id: 'corpus-series', maxlength: '100', placeholder: 'from the file' });
    const cOut = h('div', { id: 'corpus-result' });
    nodes.push(h('h2', {}, 'Your corpora'), h('div', { class: 'grid2' },
      h('div', { class: 'card' }, c.corpora.length ? h('div', { class: 'table-scroll' }, h('table', { id: 'corpora' },
        h('thead', {}, h('tr', {}, ['series', 'dreams', 'shared', ''].map(t => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, c.corpora.map(x => h('tr', {}, h('th', { scope: 'row' }, x.series), h('td', {}, x.dreams), h('td', {}, x.sharedDreams),
          h('td', {}, h('a', { href: '#/profile?series=' + encodeURIComponent(x.series) }, 'compare with the norms')))))))
        : h('p', { class: 'muted' }, 'No corpus yet: import one.')),
      h('form', { class: 'card', id: 'corpus-form', onsubmit: e => {
        e.preventDefault();
        const named = cName.value.trim() ? 'series=' + encodeURIComponent(cName.value.trim()) + '&' : '';
        sendFile(cFile, cFormat, cOut, e.submitter, '/api/corpora?visibility=' + encodeURIComponent(cVis.value) + '&' + named, () => route());
      } }, h('h2', {}, 'Import a corpus'),
        h('p', { class: 'muted small' }, 'A research corpus you own. Name it, or its series name comes from the file: a '
          + 'DreamBank series (columns n, date, dream) is named after its .tsv file, a CSV or JSONL file from its '
          + 'series column; dreams without one are listed as (journal).'),
        h('label', { for: 'corpus-file' }, 'File'), cFile, h('label', { for: 'corpus-series' }, 'Corpus name'), cName,
        h('label', { for: 'corpus-format' }, 'Format'), cFormat,
        h('label', { for: 'corpus-visibility' }, 'Who may see it'), cVis,
        h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'corpus-button' }, 'Import corpus')), cOut)));
  }
  mount(...nodes);
}

/* Uploads the chosen file to path (which ends in ? or &) and says what came of it in out. */
async function sendFile(file, format, out, button, path, after) {
  out.replaceChildren();
  if (!file.files.length) { out.replaceChildren(h('p', { class: 'error', role: 'alert' }, 'Choose a file first.')); return; }
  const fd = new FormData(); fd.append('file', file.files[0]);
  const where = p => p.file + (p.line ? ':' + p.line : '') + ' — ' + p.what + (p.todo ? ' (' + p.todo + ')' : '');
  try {
    const r = await busy(button || file, 'Importing…', () => api('POST', path + 'format=' + encodeURIComponent(format.value), fd, true));
    const msg = 'Imported ' + plural(r.imported, 'dream') + ', already there ' + r.duplicates + ', rejected ' + r.rejected + '.';
    out.replaceChildren(h('p', { role: 'status' }, msg), ...r.problems.map(p => h('p', { class: 'error' }, where(p))),
      ...(r.warnings || []).map(p => h('p', { class: 'muted' }, '⚠ ' + where(p))));
    toast(msg);
    // a clean import refreshes the page (the new corpus shows in the table); problems stay on screen to be read
    if (after && r.imported > 0 && !r.problems.length && !(r.warnings || []).length) after();
  } catch (x) { out.replaceChildren(h('p', { class: 'error', role: 'alert' }, x.message)); }
}

/* ---------- account ---------- */
function accountPage() {
  const pwErr = h('div', { class: 'error', id: 'password-error' });
  const current = h('input', { id: 'current-password', type: 'password', autocomplete: 'current-password', required: true });
  const next = h('input', { id: 'new-password', type: 'password', autocomplete: 'new-password', required: true });
  async function change(e) {
    e.preventDefault(); pwErr.textContent = '';
    try {
      const r = await api('PUT', '/api/account/password', { current: current.value, password: next.value });
      current.value = ''; next.value = ''; toast(r.message);
    } catch (x) { pwErr.textContent = x.message; }
  }
  const delErr = h('div', { class: 'error', id: 'delete-error' });
  const confirmPw = h('input', { id: 'delete-password', type: 'password', autocomplete: 'current-password', required: true });
  const sure = h('input', { id: 'delete-sure', type: 'checkbox', required: true });
  async function remove(e) {
    e.preventDefault(); delErr.textContent = '';
    try {
      await api('DELETE', '/api/account', { password: confirmPw.value });
      await loadSession(); location.hash = '#/login'; toast('Your account and your dreams are deleted.');
    } catch (x) { delErr.textContent = x.message; }
  }
  mount(h('h1', {}, 'Your account'), h('p', { class: 'sub' }, 'Signed in as ' + state.session.username + '.'),
    h('div', { class: 'grid2' },
      h('form', { class: 'card', id: 'password-form', onsubmit: change }, h('h2', {}, 'Change your password'),
        h('label', { for: 'current-password' }, 'Current password'), current,
        h('label', { for: 'new-password' }, 'New password (at least 10 characters)'), next,
        h('p', { class: 'muted small' }, 'Your other sessions (other browsers, other devices) will be logged out.'),
        h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'password-button' }, 'Change password')), pwErr),
      h('form', { class: 'card', id: 'delete-form', onsubmit: remove }, h('h2', {}, 'Delete your account'),
        h('p', {}, 'This deletes every dream you wrote or imported, their codings and your sessions, for good. ',
          h('a', { href: '#/transfer' }, 'Export your dreams'), ' first if you want to keep them.'),
        h('label', { for: 'delete-password' }, 'Your password'), confirmPw,
        h('label', { class: 'check' }, sure, ' I understand that this cannot be undone'),
        h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'danger', id: 'delete-account-button' }, 'Delete my account')),
        delErr)));
}

/* ---------- router ---------- */
async function route() {
  if (!state.session) await loadSession();
  const hash = location.hash || '#/journal';
  const [path, query] = hash.slice(1).split('?');
  const params = new URLSearchParams(query || '');
  const parts = path.split('/').filter(Boolean);
  document.querySelectorAll('nav a').forEach(a => a.classList.toggle('active', a.dataset.nav === parts[0]));
  if (!state.session.authenticated && parts[0] !== 'login') { location.hash = '#/login'; return; }
  loadingSoon();
  try {
    switch (parts[0]) {
      case 'login': return loginPage();
      case 'write': return await writePage(null);
      case 'edit': return await writePage(parts[1]);
      case 'dream': return await dreamPage(parts[1]);
      case 'library': return await libraryPage(params);
      case 'profile': return await profilePage(params);
      case 'transfer': return await transferPage();
      case 'account': return accountPage();
      default: return await journalPage(params);
    }
  } catch (x) {
    if (x.status === 401) { await loadSession(); location.hash = '#/login'; return; }
    mount(h('h1', {}, x.status === 404 ? 'Not found' : 'Something went wrong'),
      h('div', { class: 'card error', role: 'alert' }, x.message, ' ', h('a', { href: '#/journal' }, 'Back to your journal')));
  }
}

document.getElementById('logout').addEventListener('click', async () => {
  await api('POST', '/api/logout'); await loadSession(); location.hash = '#/login'; toast('Logged out');
});
window.addEventListener('hashchange', route);
route();
