// The review page (/review): propose the facts of an article, correct or reject them, import the rest.
// Talks only to this application: POST /datasets/proposals, then importDataset over POST /graphql, both
// with the editor's credentials, which stay in this page's memory.
'use strict';

const IMPORT = 'mutation Import($dataset: DatasetInput!) { importDataset(dataset: $dataset) { entities { type created updated unchanged } } }';
const KINDS = ['DIRECT_QUOTE', 'PARAPHRASE'];
const APPROXIMATIONS = ['EXACT', 'APPROXIMATE', 'AT_LEAST', 'AT_MOST', 'RANGE'];
const RATES = ['', 'PER_DAY', 'PER_WEEK', 'PER_MONTH', 'PER_YEAR'];

const state = { auth: null, proposal: null, items: [] };
const $ = (id) => document.getElementById(id);

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v;
    else if (v !== null && v !== undefined && v !== false) e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) if (c) e.append(c);
  return e;
}

function say(id, message, kind = '') {
  const s = $(id);
  s.textContent = message;
  s.className = kind;
}

function basic(user, password) {
  const bytes = new TextEncoder().encode(`${user}:${password}`);
  return 'Basic ' + btoa(String.fromCharCode(...bytes));
}

async function propose(body) {
  return fetch('/datasets/proposals', {
    method: 'POST',
    headers: { Authorization: state.auth, 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(body),
  });
}

// An empty article is refused with 400 by an editor, 401 or 403 otherwise: a sign-in that writes nothing.
async function signIn(event) {
  event.preventDefault();
  state.auth = basic($('user').value, $('password').value);
  say('login-status', 'Signing in…');
  const r = await propose({});
  if (r.status === 400) {
    say('login-status', `Signed in as ${$('user').value}.`, 'ok');
    $('article').hidden = false;
    $('title').focus();
  } else if (r.status === 403) {
    say('login-status', 'This account may read but not write: reviewing needs the editor role.', 'error');
  } else {
    say('login-status', 'Wrong user name or password.', 'error');
  }
}

function readFile() {
  const file = $('file').files[0];
  if (!file) return;
  file.text().then((content) => {
    try {
      const a = JSON.parse(content);
      for (const f of ['title', 'publisher', 'url', 'publishedOn', 'language', 'text']) {
        if (typeof a[f] === 'string') $(f).value = a[f];
      }
    } catch {
      $('text').value = content;
      if (!$('title').value) $('title').value = file.name.replace(/\.[^.]*$/, '');
    }
  });
}

async function submitArticle(event) {
  event.preventDefault();
  const article = {};
  for (const f of ['title', 'publisher', 'url', 'publishedOn', 'language', 'text']) {
    article[f] = $(f).value.trim() === '' ? null : (f === 'text' ? $(f).value : $(f).value.trim());
  }
  say('propose-status', 'Reading the article…');
  $('propose').disabled = true;
  try {
    const r = await propose(article);
    const body = await r.json().catch(() => ({}));
    if (!r.ok) {
      const problems = (body.problems ?? []).map((p) => `${p.field}: ${p.message}`).join('; ');
      say('propose-status', problems || `The article was refused (${r.status}).`, 'error');
      return;
    }
    say('propose-status', `${body.statements.length} statements and ${body.statistics.length} figures proposed.`, 'ok');
    show(body);
  } finally {
    $('propose').disabled = false;
  }
}

function show(proposal) {
  state.proposal = proposal;
  state.items = [
    ...proposal.statements.map((entry, i) => ({ type: 'statement', id: `s${i}`, entry, rejected: false })),
    ...proposal.statistics.map((entry, i) => ({ type: 'figure', id: `f${i}`, entry, rejected: false })),
  ];
  $('proposal').hidden = false;
  renderText();
  renderItems();
  say('import-status', '');
}

function spanOf(item) {
  return item.entry.evidence ?? { start: 0, end: 0 };
}

/** The text cut at every proposal's start and end; each piece knows the proposals that cover it. */
function renderText() {
  const text = state.proposal.sources[0].text;
  const points = new Set([0, text.length]);
  for (const item of state.items) {
    points.add(spanOf(item).start);
    points.add(spanOf(item).end);
  }
  const cuts = [...points].sort((a, b) => a - b);
  const out = $('source-text');
  out.replaceChildren();
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [a, b] = [cuts[i], cuts[i + 1]];
    const covering = state.items.filter((it) => spanOf(it).start <= a && spanOf(it).end >= b && spanOf(it).end > spanOf(it).start);
    if (covering.length === 0) {
      out.append(text.slice(a, b));
      continue;
    }
    const piece = el('span', { class: 'piece', 'data-items': covering.map((c) => c.id).join(' ') }, text.slice(a, b));
    piece.classList.toggle('statement', covering.some((c) => c.type === 'statement' && !c.rejected));
    piece.classList.toggle('figure', covering.some((c) => c.type === 'figure' && !c.rejected));
    piece.classList.toggle('rejected', covering.every((c) => c.rejected));
    piece.addEventListener('click', () => {
      const innermost = covering.reduce((x, y) => (spanOf(y).end - spanOf(y).start < spanOf(x).end - spanOf(x).start ? y : x));
      select(innermost, true);
    });
    out.append(piece);
  }
}

function select(item, scroll) {
  for (const p of document.querySelectorAll('.piece.selected, .card.selected')) p.classList.remove('selected');
  for (const p of document.querySelectorAll('.piece')) {
    if (p.dataset.items.split(' ').includes(item.id)) p.classList.add('selected');
  }
  const card = document.querySelector(`.card[data-id="${item.id}"]`);
  card.classList.add('selected');
  if (scroll) card.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
}

function actorNames() {
  const names = new Map();
  for (const o of state.proposal.officials) names.set(o.key, o.name);
  for (const o of state.proposal.organizations) names.set(o.key, o.name);
  return names;
}

function field(item, name, label, kind = 'text', options = null) {
  const value = item.entry[name];
  let input;
  if (options) {
    input = el('select', { name });
    for (const o of options) input.append(el('option', { value: o, text: o === '' ? '(none)' : o, selected: (value ?? '') === o }));
  } else if (kind === 'textarea') {
    input = el('textarea', { name, rows: 2 });
    input.value = value ?? '';
  } else {
    input = el('input', { name, type: kind, step: kind === 'number' ? 'any' : null, list: name === 'speaker' || name === 'reportedBy' ? 'actors' : null });
    input.value = value ?? '';
  }
  input.addEventListener('input', () => {
    const v = input.value.trim();
    item.entry[name] = v === '' ? null : kind === 'number' ? Number(v) : v;
    input.closest('.card').querySelector('.problems').replaceChildren();
  });
  return el('label', { class: kind === 'textarea' ? 'wide' : null }, label, input);
}

function renderItems() {
  const names = actorNames();
  const list = $('items');
  list.replaceChildren();
  const datalist = el('datalist', { id: 'actors' });
  for (const [key, name] of names) datalist.append(el('option', { value: key, text: name }));
  list.append(datalist);
  for (const item of state.items) {
    const e = item.entry;
    const isStatement = item.type === 'statement';
    const who = isStatement ? e.speaker : e.reportedBy;
    const title = isStatement
      ? `${e.kind === 'DIRECT_QUOTE' ? 'Quote' : 'Paraphrase'} · ${names.get(who) ?? who ?? 'speaker unknown'}`
      : `${e.metric} · ${[e.value, e.low, e.high].filter((x) => x !== null).join('–')} ${e.unit}`;
    const reject = el('button', { type: 'button', class: 'reject', text: 'Reject' });
    const card = el('section', { class: `card ${item.type}`, 'data-id': item.id, 'data-kind': item.type, 'data-key': e.key },
      el('header', {}, el('h3', { text: title }),
        el('span', { class: 'confidence', text: `confidence ${e.evidence ? Math.round(e.evidence.confidence * 100) : '–'}%` }), reject),
      el('blockquote', { text: e.excerpt }));
    const fields = el('div', { class: 'fields' });
    if (isStatement) {
      fields.append(field(item, 'speaker', 'Speaker (key)'), field(item, 'kind', 'Kind', 'text', KINDS),
        field(item, 'saidOn', 'Said on', 'date'), field(item, 'text', 'What was said', 'textarea'));
    } else {
      fields.append(field(item, 'value', 'Value', 'number'), field(item, 'low', 'Low', 'number'), field(item, 'high', 'High', 'number'),
        field(item, 'approximation', 'Approximation', 'text', APPROXIMATIONS), field(item, 'rate', 'Rate', 'text', RATES),
        field(item, 'periodStart', 'From', 'date'), field(item, 'periodEnd', 'To', 'date'),
        field(item, 'country', 'Country'), field(item, 'originCountry', 'From country'),
        field(item, 'metric', 'Metric'), field(item, 'unit', 'Unit'), field(item, 'reportedBy', 'Reported by (key)'));
    }
    card.append(fields, el('ul', { class: 'problems', role: 'alert' }));
    reject.addEventListener('click', (ev) => {
      ev.stopPropagation();
      item.rejected = !item.rejected;
      card.classList.toggle('is-rejected', item.rejected);
      reject.textContent = item.rejected ? 'Restore' : 'Reject';
      renderText();
    });
    card.addEventListener('click', () => select(item, false));
    list.append(card);
  }
}

/** The accepted facts, with only the officials and organizations they name. */
function accepted() {
  const p = state.proposal;
  const statements = state.items.filter((i) => i.type === 'statement' && !i.rejected);
  const figures = state.items.filter((i) => i.type === 'figure' && !i.rejected);
  const kept = new Set(statements.map((i) => i.entry.key));
  const stats = figures.map((i) => ({ ...i.entry, statement: kept.has(i.entry.statement) ? i.entry.statement : null }));
  const used = new Set([...statements.map((i) => i.entry.speaker), ...stats.map((s) => s.reportedBy)].filter(Boolean));
  return {
    submitted: { statements, figures },
    dataset: {
      sources: p.sources, countries: [], places: [], events: [],
      organizations: p.organizations.filter((o) => used.has(o.key)),
      officials: p.officials.filter((o) => used.has(o.key)),
      statements: statements.map((i) => i.entry), statistics: stats,
    },
  };
}

async function importAccepted() {
  for (const ul of document.querySelectorAll('.problems')) ul.replaceChildren();
  const { submitted, dataset } = accepted();
  say('import-status', 'Importing…');
  $('import').disabled = true;
  try {
    const r = await fetch('/graphql', {
      method: 'POST',
      headers: { Authorization: state.auth, 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query: IMPORT, variables: { dataset } }),
    });
    const body = await r.json();
    if (body.errors?.length) {
      let unplaced = [];
      for (const error of body.errors) {
        const problems = error.extensions?.problems ?? [{ field: '', message: error.message }];
        for (const problem of problems) {
          const m = /(statements|statistics)\[(\d+)\]\.?(.*)/.exec(problem.field ?? '');
          const item = m && (m[1] === 'statements' ? submitted.statements : submitted.figures)[Number(m[2])];
          if (item) {
            document.querySelector(`.card[data-id="${item.id}"] .problems`).append(el('li', { text: `${m[3] || 'entry'}: ${problem.message}` }));
          } else {
            unplaced.push(problem.field ? `${problem.field}: ${problem.message}` : problem.message);
          }
        }
      }
      say('import-status', `Nothing was imported. ${unplaced.join('; ') || 'See the problems shown against the items.'}`, 'error');
      return;
    }
    const counts = body.data.importDataset.entities.map((e) => `${e.type}: ${e.created} created, ${e.updated} updated, ${e.unchanged} unchanged`);
    say('import-status', `Imported. ${counts.join('; ')}.`, 'ok');
  } finally {
    $('import').disabled = false;
  }
}

document.addEventListener('DOMContentLoaded', () => {
  $('login-form').addEventListener('submit', signIn);
  $('article-form').addEventListener('submit', submitArticle);
  $('file').addEventListener('change', readFile);
  $('import').addEventListener('click', importAccepted);
});
