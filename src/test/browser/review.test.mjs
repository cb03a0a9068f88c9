// Browser test of the review page (/review): an editor signs in, pastes an article, corrects a figure,
// rejects a statement and imports; the facts are then found through the API, the rejected one absent.
// Every request must stay on the application's host. run.sh starts the packaged application with an
// editor password (EDITOR_PASSWORD) and sets BASE_URL.
import { after, afterEach, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const BASE_URL = process.env.BASE_URL ?? 'http://127.0.0.1:8080';
const PASSWORD = process.env.EDITOR_PASSWORD ?? 'browser-test-secret';
const TIMEOUT = { timeout: 180_000 };
const SCREENSHOT_DIR = process.env.SCREENSHOT_DIR ?? fileURLToPath(new URL('../../../target/browser/', import.meta.url));
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const APP = new URL(BASE_URL);
const CHROMIUM_ARGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-default-apps',
  '--disable-domain-reliability', '--metrics-recording-only'];

// Written for this test: no real people, real countries.
const ARTICLE = {
  title: 'Floods force thousands from their homes in eastern Slovakia',
  publishedOn: '2024-05-14',
  text: 'KOSICE — Floods have forced some 3,400 people from their homes in eastern Slovakia since May 9, '
    + 'the interior ministry said on Tuesday.\n'
    + '“The water is still rising in several villages,” said Jana Horvathova, a spokeswoman for the ministry.\n'
    + 'She said at least 210 soldiers were helping with evacuations.\n'
    + 'Hungary said it had sent 40 rescuers across the border.',
};

let browser;
const offsite = [];
const pageErrors = [];
const refused = [];

before(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
});

after(async () => {
  await browser?.close();
});

afterEach(() => {
  const seen = { offsite: offsite.splice(0), refused: refused.splice(0), pageErrors: pageErrors.splice(0) };
  assert.deepEqual(seen, { offsite: [], refused: [], pageErrors: [] },
    'the page requested nothing from another host, had nothing refused and threw nothing');
});

async function newPage() {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, deviceScaleFactor: 1 });
  await context.route('**/*', (route) => {
    const u = new URL(route.request().url());
    if (u.protocol !== 'data:' && u.protocol !== 'blob:' && u.host !== APP.host) {
      offsite.push(u.href);
      return route.abort('blockedbyclient');
    }
    return route.continue();
  });
  await context.exposeBinding('reportRefusal', (source, what) => refused.push(`${source.page.url()}: ${what}`));
  await context.addInitScript(() => document.addEventListener('securitypolicyviolation',
    (e) => window.reportRefusal(`${e.blockedURI} (${e.effectiveDirective})`)));
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
  return page;
}

async function graphql(query, variables) {
  const r = await fetch(BASE_URL + '/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const json = await r.json();
  assert.equal(json.errors, undefined, JSON.stringify(json.errors));
  return json.data;
}

test('an editor reviews an article, corrects a figure, rejects a statement and imports the rest', TIMEOUT, async () => {
  const page = await newPage();
  await page.goto(BASE_URL + '/review');
  await page.fill('#password', PASSWORD);
  await page.click('#login-form button[type=submit]');
  await page.waitForSelector('#article:not([hidden])');

  await page.fill('#title', ARTICLE.title);
  await page.fill('#publishedOn', ARTICLE.publishedOn);
  await page.fill('#text', ARTICLE.text);
  const proposed = page.waitForResponse((r) => new URL(r.url()).pathname === '/datasets/proposals' && r.request().method() === 'POST');
  await page.click('#propose');
  const proposal = await (await proposed).json();
  await page.waitForSelector('#proposal:not([hidden]) .card');
  assert.ok(proposal.statements.length >= 4, `statements proposed: ${JSON.stringify(proposal.statements.map((s) => s.excerpt))}`);

  // Every proposal is highlighted in the text.
  const pieces = await page.locator('#source-text .piece').count();
  assert.ok(pieces >= proposal.statements.length, 'the text shows the proposals');

  // Correct a figure: the 3,400 displaced become 3,450.
  const figure = proposal.statistics.find((s) => s.value === 3400);
  assert.ok(figure, `the 3,400 is proposed: ${JSON.stringify(proposal.statistics)}`);
  const figureCard = page.locator(`.card[data-key="${figure.key}"]`);
  await figureCard.locator('input[name=value]').fill('3450');

  // Reject Hungary's statement, which the editor cannot confirm.
  const hungary = proposal.statements.find((s) => s.excerpt.startsWith('Hungary said'));
  assert.ok(hungary, 'Hungary’s statement is proposed');
  await page.locator(`.card[data-key="${hungary.key}"] button.reject`).click();
  await page.waitForSelector(`.card[data-key="${hungary.key}"].is-rejected`);

  // Select a statement in the text: its card is selected.
  await page.locator('#source-text .piece.statement').first().click();
  await page.waitForSelector('.card.selected');

  const imported = page.waitForResponse((r) => new URL(r.url()).pathname === '/graphql' && r.request().method() === 'POST');
  await page.click('#import');
  const answer = await (await imported).json();
  assert.equal(answer.errors, undefined, JSON.stringify(answer.errors));
  await page.waitForFunction(() => document.getElementById('import-status').textContent.startsWith('Imported'));
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'review.png'), fullPage: true });

  // The facts are in the graph: the corrected figure, and every statement but the rejected one.
  const data = await graphql(`query Imported($id: ID!) { source(id: $id) {
      statements(first: 50) { nodes { id excerpt speaker { id } evidence { start end } } }
      statistics(first: 50) { nodes { id value excerpt evidence { start end confidence } } } } }`,
  { id: proposal.sources[0].key });
  const statements = data.source.statements.nodes;
  assert.equal(statements.length, proposal.statements.length - 1);
  assert.ok(statements.every((s) => !s.excerpt.startsWith('Hungary said')), 'the rejected statement is not imported');
  const stored = data.source.statistics.nodes.find((s) => s.id === figure.key);
  assert.equal(stored.value, 3450);
  assert.deepEqual([stored.evidence.start, stored.evidence.end], [figure.evidence.start, figure.evidence.end]);
  assert.equal(ARTICLE.text.slice(stored.evidence.start, stored.evidence.end), stored.excerpt);
  await page.context().close();
});

test('problems the importer finds are shown against the item', TIMEOUT, async () => {
  const page = await newPage();
  await page.goto(BASE_URL + '/review');
  await page.fill('#password', PASSWORD);
  await page.click('#login-form button[type=submit]');
  await page.waitForSelector('#article:not([hidden])');
  await page.fill('#title', ARTICLE.title + ' (second look)');
  await page.fill('#publishedOn', ARTICLE.publishedOn);
  await page.fill('#text', ARTICLE.text);
  await page.click('#propose');
  await page.waitForSelector('#proposal:not([hidden]) .card.figure');
  const card = page.locator('.card.figure').first();
  await card.locator('input[name=country]').fill('XX');
  await page.click('#import');
  await page.waitForFunction(() => document.getElementById('import-status').textContent.startsWith('Nothing was imported'));
  const problems = await card.locator('.problems li').allInnerTexts();
  assert.ok(problems.some((p) => p.startsWith('country')), `the country's problem is shown on the figure: ${problems}`);
  await page.context().close();
});
