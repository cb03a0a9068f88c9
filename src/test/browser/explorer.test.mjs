// Browser test of what a person sees: the landing page, an example followed into the explorer
// (GraphiQL) and run there, every other example run the same way, and the explorer opened on its
// own, and the chart of a figure series on the landing page and on its own. Every request a page
// makes must go to the application's own host: any other is blocked and fails the test.
// Screenshots of the explorer with its result and of the chart go to SCREENSHOT_DIR.
//
// Runs in Debian's Chromium (/usr/bin/chromium) driven by playwright-core, which downloads no
// browser. run.sh starts the packaged application and sets BASE_URL; by hand:
//   cd src/test/browser && npm ci && BASE_URL=http://127.0.0.1:8080 node --test
import { after, afterEach, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const BASE_URL = process.env.BASE_URL ?? 'http://127.0.0.1:8080';
const TIMEOUT = { timeout: 120_000 }; // for one test, so that a hang fails
const SCREENSHOT_DIR = process.env.SCREENSHOT_DIR ?? fileURLToPath(new URL('../../../target/browser/', import.meta.url));
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const APP = new URL(BASE_URL);

// Chromium's own background traffic (updates, sync, field trials) is switched off; Playwright
// gives every launch a fresh, empty profile directory.
const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox', // Chromium refuses to run as root with its sandbox
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--metrics-recording-only',
];

let browser;
const offsite = []; // requests to any host but the application's
const pageErrors = []; // uncaught script errors in any page
const refused = []; // what a page's Content-Security-Policy kept it from loading

/** True for a request that would leave the application's host (data: and blob: stay local). */
function leavesApp(url) {
  const u = new URL(url);
  if (u.protocol === 'data:' || u.protocol === 'blob:') {
    return false;
  }
  return u.host !== APP.host;
}

/**
 * A page in a new browser context (empty storage: GraphiQL keeps its tabs in local storage)
 * whose every request to another host is recorded and blocked, and every load refused by a
 * Content-Security-Policy recorded.
 */
async function newPage() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (leavesApp(url)) {
      offsite.push(url);
      return route.abort('blockedbyclient');
    }
    return route.continue();
  });
  // The landing page's Content-Security-Policy lets it load nothing from elsewhere: the browser
  // refuses such a load before it becomes a request, so refusals count as failures too.
  await context.exposeBinding('reportRefusal', (source, what) => refused.push(`${source.page.url()}: ${what}`));
  await context.addInitScript(() => document.addEventListener('securitypolicyviolation',
    (e) => window.reportRefusal(`${e.blockedURI} (${e.effectiveDirective})`)));
  const page = await context.newPage();
  page.on('websocket', (ws) => {
    if (leavesApp(ws.url().replace(/^ws/, 'http'))) {
      offsite.push(ws.url());
    }
  });
  page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
  return page;
}

async function close(page) {
  await page.context().close();
}

before(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
});

after(async () => {
  await browser?.close();
});

afterEach(() => {
  // Emptied at every check, so that a failure is told of the test that caused it.
  const seen = { offsite: offsite.splice(0), refused: refused.splice(0), pageErrors: pageErrors.splice(0) };
  assert.deepEqual(seen, { offsite: [], refused: [], pageErrors: [] },
    'the pages requested nothing from another host, had nothing refused and threw nothing');
});

/**
 * Opens the landing page and waits for its counts, so that no request of the page is cut off by
 * leaving it (a request cut off makes the server log an error).
 */
async function openLanding(page) {
  const response = await page.goto(BASE_URL + '/');
  assert.equal(response.status(), 200);
  await page.waitForFunction(() => document.getElementById('holdings')?.getAttribute('aria-busy') === 'false');
}

/** Runs what the explorer's editor holds, waits for the API's answer and for it on screen. */
async function runInExplorer(page, operationName, expectedText) {
  const editor = page.locator('.graphiql-query-editor');
  await editor.waitFor();
  await assert.doesNotReject(
    page.waitForFunction((name) => document.querySelector('.graphiql-query-editor')?.innerText.includes(name),
      operationName, { timeout: 15000 }),
    `the editor shows ${operationName}`);
  const answer = page.waitForResponse((response) => {
    const request = response.request();
    return request.method() === 'POST' && new URL(response.url()).pathname === '/graphql'
      && (request.postData() ?? '').includes(operationName);
  });
  await page.locator('.graphiql-execute-button').click();
  const json = await (await answer).json();
  assert.equal(json.errors, undefined, `${operationName} answered with errors: ${JSON.stringify(json.errors)}`);
  assert.ok(json.data && Object.values(json.data).every((v) => v !== null), `${operationName} returned data`);
  await page.waitForFunction((text) => document.querySelector('.graphiql-response')?.innerText.includes(text),
    expectedText, { timeout: 15000 });
  return json;
}

test('the landing page says what newsgraph holds and links its endpoints', TIMEOUT, async () => {
  const page = await newPage();
  await openLanding(page);
  const counts = await page.locator('[data-count]').allInnerTexts();
  assert.equal(counts.length, 4);
  for (const count of counts) {
    assert.match(count, /^[1-9][0-9,]*$/, `a count: ${counts}`);
  }
  for (const path of ['/q/graphql-ui/', '/graphql/schema.graphql', '/q/health', '/q/metrics']) {
    assert.ok(await page.locator(`a[href="${path}"]`).count() > 0, `a link to ${path}`);
  }
  const examples = await page.locator('li.example').count();
  assert.ok(examples >= 4 && examples <= 6, `4 to 6 examples, found ${examples}`);
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'landing.png'), fullPage: true });
  await close(page);
});

test('an example followed from the landing page runs in the explorer', TIMEOUT, async () => {
  const page = await newPage();
  await openLanding(page);
  await page.locator('#example-tokayev-statements a.run').click();
  await page.waitForURL((url) => url.pathname === '/q/graphql-ui/' && url.searchParams.has('query'));
  const json = await runInExplorer(page, 'TokayevStatements', 'Tokayev');
  assert.equal(json.data.official.name, 'Kassym-Jomart Tokayev');
  assert.ok(json.data.official.statements.nodes.length > 0, 'Tokayev said something');
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'explorer-tokayev.png') });
  await close(page);
});

test('every example on the landing page runs in the explorer without error', TIMEOUT, async () => {
  const page = await newPage();
  await openLanding(page);
  const examples = await page.locator('li.example').evaluateAll((items) => items.map((item) => ({
    id: item.id,
    href: item.querySelector('a.run').href,
    document: item.querySelector('pre code').textContent,
  })));
  assert.ok(examples.length >= 4);
  for (const example of examples) {
    const operation = /^\s*query\s+(\w+)/m.exec(example.document)[1];
    await page.goto(example.href);
    // The editor holds the very document the landing page shows.
    const url = new URL(page.url());
    assert.equal(url.searchParams.get('query'), example.document, `${example.id}: the link carries the document`);
    await runInExplorer(page, operation, '"data"');
  }
  await close(page);
});

test('the explorer opened on its own starts with the Kazakhstan dossier', TIMEOUT, async () => {
  const page = await newPage();
  await page.goto(BASE_URL + '/q/graphql-ui');
  const json = await runInExplorer(page, 'KazakhstanDossier', 'Kassym-Jomart Tokayev');
  assert.equal(json.data.country.name, 'Kazakhstan');
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'explorer-dossier.png') });
  await close(page);
});

// --- Charts (GET /charts/series.svg) -------------------------------------------------------------

/** The marks of a chart document, counted by their kind (class "mark exact", "mark range", ...). */
function countMarks() {
  const counts = {};
  for (const mark of document.querySelectorAll('g.mark')) {
    const kind = [...mark.classList].find((c) => c !== 'mark');
    counts[kind] = (counts[kind] ?? 0) + 1;
    if (!mark.querySelector(':scope > title')?.textContent.includes('“')) {
      counts.withoutSentence = (counts.withoutSentence ?? 0) + 1;
    }
  }
  return counts;
}

test('the landing page shows the chart of the Georgia series beside its query', TIMEOUT, async () => {
  const page = await newPage();
  await openLanding(page);
  const figure = page.locator('#example-georgia-arrivals-series figure.chart');
  await figure.scrollIntoViewIfNeeded();
  const image = figure.locator('img');
  await page.waitForFunction((img) => img.complete && img.naturalWidth > 0, await image.elementHandle());
  const src = await image.getAttribute('src');
  assert.equal(src, '/charts/series.svg?country=GE&metric=arrivals&originCountry=RU');
  const box = await image.boundingBox();
  assert.ok(box.width > 600 && box.height > 300, `the chart is drawn at a readable size: ${JSON.stringify(box)}`);
  await figure.screenshot({ path: join(SCREENSHOT_DIR, 'chart-georgia.png') });

  // The same image opened on its own: an SVG document with one mark per figure, each drawn after the
  // way it was reported, each with the sentence it came from as its tooltip.
  const response = await page.goto(BASE_URL + src);
  assert.equal(response.status(), 200);
  assert.match(response.headers()['content-type'], /^image\/svg\+xml/);
  assert.deepEqual(await page.evaluate(countMarks), { range: 1, approximate: 2, exact: 1, 'at-most': 1 });
  const labels = await page.locator('g.mark text').allTextContents();
  for (const label of ['5,000–6,000', '~10,000 (2 reports)', '11,200', '≤ 10,000']) {
    assert.ok(labels.includes(label), `the chart shows ${label}: ${labels}`);
  }
  await close(page);
});

test('every chart linked from the landing page is drawn', TIMEOUT, async () => {
  const page = await newPage();
  await openLanding(page);
  const links = await page.locator('a.chart-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.ok(links.includes('/charts/series.svg?country=KZ&metric=arrivals'), `the dossier links its chart: ${links}`);
  for (const link of links) {
    const response = await page.goto(BASE_URL + link);
    assert.equal(response.status(), 200, link);
    const counts = await page.evaluate(countMarks);
    assert.ok(Object.keys(counts).length > 0 && counts.withoutSentence === undefined, `${link}: ${JSON.stringify(counts)}`);
  }
  await close(page);
});
