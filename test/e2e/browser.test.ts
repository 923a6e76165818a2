import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';

// The real server (`isnad serve --samples`, in-process) on a free loopback port with a temp store,
// driven by Debian's chromium. One browser for the file; a fresh page per test.

const ROOT = join(import.meta.dirname, '..', '..');
const CHROMIUM = '/usr/bin/chromium';
const SHOTS = join(ROOT, 'test-output', 'screenshots');
const TOKEN = 'e2e-token';
const SEED = 'rt-dprk-troops.ar.txt';
const SAMPLES = ['ar/wnar-021-politics.txt', 'ar/wnar-022-politics.txt', 'en/wnen-2019-01-04-magnitogorsk-apartment-building-collapses-after-explosion-do.txt', 'en/wnen-2019-09-09-longtime-leader-of-zimbabwe-robert-mugabe-dies-aged-95.txt'];
/** An English article and its Arabic translation: a republication link between them. */
const PAIR = ['pairs/tico-wikinews-1.en.txt', 'pairs/tico-wikinews-1.ar.txt'];
const HOSTILE = [
  '<script>window.__pwned = 1</script> Breaking <img src=x onerror="window.__pwned = 2"> news',
  '',
  'A paragraph with a <a href="javascript:window.__pwned = 3">javascript: link</a> and a </textarea><script>alert(4)</script> closing tag.',
  '',
  'Another paragraph <svg onload="window.__pwned = 5"></svg> said the officials, who added nothing more about the matter.',
].join('\n');

// Not skipped when Chromium is missing: a missing browser is a broken set-up (.ci/run installs it).
if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install chromium)`);

describe('in the browser', () => {
  let dir: string;
  let base: string;
  let browser: Browser;
  let stop: () => void;
  let served: Promise<number>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'isnad-e2e-'));
    const samples = join(dir, 'samples');
    mkdirSync(join(samples, 'ar'), { recursive: true });
    mkdirSync(join(samples, 'en'));
    mkdirSync(join(samples, 'pairs'));
    copyFileSync(join(ROOT, 'samples', SEED), join(samples, SEED));
    for (const s of [...SAMPLES, ...PAIR]) copyFileSync(join(ROOT, 'samples', s), join(samples, s));
    writeFileSync(join(samples, 'en', 'hostile.txt'), HOSTILE);
    const listening = new Promise<string>((resolve) => {
      served = main(['node', 'isnad', 'serve', '--samples', '--port', '0', '--host', '127.0.0.1'], {
        stdout: () => {}, stderr: () => {}, stdoutIsTTY: false, stderrIsTTY: false, stdin: (async function* () {})(), cwd: dir,
        env: { ISNAD_DB: join(dir, 'isnad.db'), ISNAD_SAMPLES: samples, ISNAD_TOKEN: TOKEN, ISNAD_SECRET: 'e2e-secret' },
        onListening: (url) => resolve(url.replace(/\/$/, '')),
        shutdown: () => new Promise<void>((r) => (stop = r)),
      });
    });
    base = await listening;
    browser = await chromium.launch({
      executablePath: CHROMIUM, headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    });
    mkdirSync(SHOTS, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    stop?.();
    expect(await served).toBe(0);
    rmSync(dir, { recursive: true, force: true });
  });

  /** A page that records console errors, uncaught exceptions and dialogs. */
  async function open(path: string): Promise<{ page: Page; problems: string[] }> {
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    const problems: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('dialog', (d) => { problems.push(`dialog: ${d.message()}`); void d.dismiss(); });
    await page.goto(`${base}${path}`);
    return { page, problems };
  }

  it('opens the seed from the home page: Arabic right to left, statements marked, share links, no console error', async () => {
    const { page, problems } = await open('/');
    await page.screenshot({ path: join(SHOTS, 'home.png'), fullPage: true });
    await page.getByRole('link', { name: 'كوريا الشمالية ترد على مزاعم نشر قوات في روسيا' }).first().click();
    await page.waitForURL(/\/articles\//);
    await page.screenshot({ path: join(SHOTS, 'article.png'), fullPage: true });

    const dirs = await page.$$eval('article p.para, article h1', (els) => els.map((el) => getComputedStyle(el).direction));
    expect(dirs.length).toBeGreaterThan(3);
    expect(new Set(dirs)).toEqual(new Set(['rtl']));
    // Statements come from the attribution stage, built in parallel: at least one must be marked.
    const marks = await page.$$eval('mark[data-stance]', (els) => els.map((el) => [el.getAttribute('data-stance'), el.getAttribute('title')]));
    expect(marks.length).toBeGreaterThanOrEqual(1);
    expect(await page.locator('sup.tag').first().textContent()).toMatch(/^(asserts|denies|accuses|doubts|warns|demands)$/);
    expect(await page.locator('details summary').textContent()).toMatch(/Removed lines/);

    const url = page.url();
    const shares = await page.$$eval('a[data-share]', (els) => els.map((el) => el.getAttribute('href') ?? ''));
    expect(shares).toHaveLength(5);
    for (const href of shares) expect(href).toContain(encodeURIComponent(url));
    expect(await page.inputValue('#share-url')).toBe(url);
    expect(await page.getAttribute('link[rel=canonical]', 'href')).toBe(url);
    expect(await page.getAttribute('meta[property="og:url"]', 'content')).toBe(url);
    expect(await page.locator('button[data-copy]').isVisible()).toBe(await page.evaluate(() => Boolean(navigator.clipboard)));
    await page.screenshot({ path: join(SHOTS, 'article-top.png') });

    // An entity named in the text links to its page (when the entity stage finds any).
    const entity = page.locator('article a.entity').first();
    if (await entity.count()) {
      await entity.click();
      await page.waitForURL(/\/entities\//);
      expect(await page.locator('h2').first().textContent()).toMatch(/^Statements by/);
      await page.screenshot({ path: join(SHOTS, 'entity.png'), fullPage: true });
    }
    expect(problems).toEqual([]);
    await page.close();
  });

  it('opens the claim of the seed: a timeline of positions, each linked to its sentence, JSON-LD inert, no console error', async () => {
    const { page, problems } = await open('/');
    await page.getByRole('link', { name: 'كوريا الشمالية ترد على مزاعم نشر قوات في روسيا' }).first().click();
    await page.waitForURL(/\/articles\//);
    // The seed's troop-deployment claim: the article's claim with the most statements there, listed first.
    await page.locator('section.claims-box a.title').first().click();
    await page.waitForURL(/\/claims\//);
    const positions = await page.$$eval('ol.timeline li[data-position]', (els) => els.map((el) => el.getAttribute('data-position')));
    expect(positions.length).toBeGreaterThanOrEqual(3);
    expect(await page.$$eval('ol.timeline blockquote', (els) => els.map((el) => getComputedStyle(el).direction))).toContain('rtl');
    const counts = await page.$$eval('p .positions .pos', (els) => els.map((el) => el.textContent));
    expect(counts).toHaveLength(3);
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
    expect(ld['@type']).toBe('ClaimReview');
    await page.screenshot({ path: join(SHOTS, 'claim.png'), fullPage: true });
    // A timeline entry leads to its sentence, marked in the article.
    const href = await page.locator('ol.timeline blockquote a').first().getAttribute('href');
    expect(href).toMatch(/^\/articles\/[^#]+#s-\d+$/);
    await page.locator('ol.timeline blockquote a').first().click();
    await page.waitForURL(/#s-\d+$/);
    expect(await page.locator(`mark#${href!.split('#')[1]}`).count()).toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('searches for بيسكوف and reaches the seed', async () => {
    const { page, problems } = await open('/');
    await page.fill('header input[name=q]', 'بيسكوف');
    await page.press('header input[name=q]', 'Enter');
    await page.waitForURL(/\/search\?/);
    await page.screenshot({ path: join(SHOTS, 'search.png'), fullPage: true });
    expect(await page.locator('ol.results mark').first().textContent()).toContain('بيسكوف');
    expect(await page.$eval('ol.results p.snippet', (el) => getComputedStyle(el).direction)).toBe('rtl');
    await page.locator('ol.results a.title').first().click();
    await page.waitForURL(/\/articles\//);
    expect(await page.locator('h1').textContent()).toContain('كوريا الشمالية');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('subscribes to a search by email from its page, choosing a daily digest: the 202 page', async () => {
    const { page, problems } = await open(`/search?q=${encodeURIComponent('بيسكوف')}`);
    const box = page.getByRole('region', { name: 'Get alerts by email' });
    await box.getByLabel('Email', { exact: true }).fill('reader@example.org');
    await box.getByLabel('a daily digest').check();
    await page.screenshot({ path: join(SHOTS, 'subscribe-form.png'), fullPage: true });
    const [answer] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/subscriptions') && r.request().method() === 'POST'),
      box.getByRole('button', { name: 'Subscribe' }).click(),
    ]);
    expect(answer.status()).toBe(202);
    await page.waitForURL(/\/subscriptions$/);
    expect(await page.locator('h1').textContent()).toBe('Check your inbox');
    await page.screenshot({ path: join(SHOTS, 'subscribe-done.png') });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows each statement of the seed with its chain: speaker, RT as state media, the blog that republished it', async () => {
    const { page, problems } = await open('/');
    await page.getByRole('link', { name: 'كوريا الشمالية ترد على مزاعم نشر قوات في روسيا' }).first().click();
    await page.waitForURL(/\/articles\//);
    const chains = await page.$$eval('ol.statements .chain', (els) => els.map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim()));
    expect(chains.length).toBeGreaterThanOrEqual(1);
    for (const c of chains) expect(c).toMatch(/ — reported by RT \(Russian state media\), republished in Arabic by موقع تجاربنا$/);
    // The names keep their own direction inside the English line.
    expect(await page.$eval('ol.statements .chain .site', (el) => getComputedStyle(el).direction)).toBe('rtl');
    expect(await page.$eval('ol.statements .chain', (el) => getComputedStyle(el).direction)).toBe('ltr');
    // Its feeds are announced in the head of the claim page it leads to.
    await page.locator('section.claims-box a.title').first().click();
    await page.waitForURL(/\/claims\//);
    expect(await page.$$eval('head link[rel=alternate]', (els) => els.map((el) => el.getAttribute('type')))).toEqual(['application/atom+xml', 'application/rss+xml']);
    expect(await page.locator('ol.timeline .chain').count()).toBeGreaterThanOrEqual(1);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('searches for Peskov in English and reaches the Arabic seed that names him بيسكوف', async () => {
    const { page, problems } = await open('/search?q=Peskov');
    const titles = await page.$$eval('ol.results a.title', (els) => els.map((el) => el.textContent));
    expect(titles).toContain('كوريا الشمالية ترد على مزاعم نشر قوات في روسيا');
    await page.locator('ol.results a.title', { hasText: 'كوريا الشمالية ترد على مزاعم نشر قوات في روسيا' }).first().click();
    await page.waitForURL(/\/articles\//);
    expect(await page.locator('article h1').textContent()).toContain('كوريا الشمالية');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows the republication chain of a translated article, both ways', async () => {
    const { page, problems } = await open('/?lang=en');
    await page.locator('a.title', { hasText: 'Bangladesh reports five new deaths' }).first().click();
    await page.waitForURL(/\/articles\//);
    const line = await page.locator('section.republication li[data-link=translation]').first().textContent();
    expect(line).toMatch(/^translated (from|by) /);
    await page.screenshot({ path: join(SHOTS, 'republication.png'), fullPage: true });
    await page.locator('section.republication li[data-link=translation] a').first().click();
    await page.waitForURL(/\/articles\//);
    expect(await page.locator('section.republication li[data-link=translation]').first().textContent()).toMatch(/^translated (from|by) /);
    expect(await page.$eval('article h1', (el) => getComputedStyle(el).direction)).toBe('rtl');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('searches for an English word with the filter form and reaches the article', async () => {
    const { page, problems } = await open('/search');
    await page.fill('form.search-form input[name=q]', 'Magnitogorsk');
    await page.selectOption('form.search-form select[name=lang]', 'en');
    await page.click('form.search-form button[type=submit]');
    await page.waitForURL(/lang=en/);
    await page.locator('ol.results a.title').first().click();
    await page.waitForURL(/\/articles\//);
    expect(await page.locator('h1').textContent()).toContain('Magnitogorsk');
    expect(await page.$eval('article p.para', (el) => getComputedStyle(el).direction)).toBe('ltr');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows hostile text as text: no script runs from an ingested article or a pasted one', async () => {
    const { page, problems } = await open('/?lang=en');
    await page.locator('a.title', { hasText: 'Breaking' }).first().click();
    await page.waitForURL(/\/articles\//);
    expect(await page.locator('h1').textContent()).toContain('<script>window.__pwned = 1</script>');
    expect(await page.locator('main img, main svg, main script').count()).toBe(0);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

    await page.goto(`${base}/add`);
    await page.fill('#add-text', HOSTILE.replace('Breaking', 'Pasted'));
    await page.fill('#add-token', TOKEN);
    await page.click('form.add button[type=submit]');
    await page.waitForURL(/\/articles\//);
    expect(await page.locator('h1').textContent()).toContain('Pasted');
    expect(await page.locator('main img, main svg, main script').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(problems).toEqual([]);
    await page.close();
  });
  it('moves a statement out of the seed\'s claim from its page: the statement is gone from the timeline', async () => {
    const { page, problems } = await open('/');
    await page.getByRole('link', { name: 'كوريا الشمالية ترد على مزاعم نشر قوات في روسيا' }).first().click();
    await page.waitForURL(/\/articles\//);
    await page.locator('section.claims-box a.title').first().click();
    await page.waitForURL(/\/claims\//);
    const claimUrl = page.url();
    const before = await page.locator('ol.timeline > li').count();
    const box = page.getByRole('region', { name: 'Correct this grouping' });
    const item = box.locator('form.move-out li').first();
    const statement = await item.getAttribute('data-statement');
    expect(statement).toMatch(/:\d+$/);
    expect(await item.locator('q').evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    await box.locator('form.move-out').getByLabel('Write token').fill(TOKEN);
    await page.screenshot({ path: join(SHOTS, 'claim-correct.png'), fullPage: true });
    const [moved] = await Promise.all([
      page.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith('/move-out')),
      item.getByRole('button', { name: 'Move out' }).click(),
    ]);
    expect((await moved.response())?.status()).toBe(303);
    await page.waitForLoadState('load');
    expect(page.url()).toBe(claimUrl);
    await expect.poll(() => page.locator('ol.timeline > li').count()).toBe(before - 1);
    expect(await page.locator(`form.move-out li[data-statement="${statement}"]`).count()).toBe(0);
    expect(await page.locator(`ol.timeline a[href$="#s-${statement!.split(':').pop()}"]`).count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('moves a statement into the seed\'s claim by the id its article page shows: the timeline grows by one', async () => {
    const { page, problems } = await open('/');
    await page.getByRole('link', { name: 'كوريا الشمالية ترد على مزاعم نشر قوات في روسيا' }).first().click();
    await page.waitForURL(/\/articles\//);
    const shown = await page.$$eval('ol.statements > li[data-statement]', (els) => els.map((el) => [el.getAttribute('data-statement'), el.querySelector('.sid code')?.textContent]));
    expect(shown.length).toBeGreaterThan(1);
    for (const [data, visible] of shown) expect(visible).toBe(data);
    await page.locator('ol.statements').screenshot({ path: join(SHOTS, 'article-statement-ids.png') });
    await page.locator('section.claims-box a.title').first().click();
    await page.waitForURL(/\/claims\//);
    const claimUrl = page.url();
    const box = page.getByRole('region', { name: 'Correct this grouping' });
    const members = await box.locator('form.move-out li').evaluateAll((els) => els.map((el) => el.getAttribute('data-statement')));
    const outside = shown.map(([id]) => id!).find((id) => !members.includes(id));
    expect(outside).toBeDefined();
    const before = await page.locator('ol.timeline > li').count();
    await box.getByLabel('Move a statement into this claim').fill(`  ${outside}  `);
    await box.locator('form.move-in').getByLabel('Write token').fill(TOKEN);
    await box.screenshot({ path: join(SHOTS, 'claim-move-in.png') });
    const [moved] = await Promise.all([
      page.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith('/move-in')),
      box.getByRole('button', { name: 'Move into this claim' }).click(),
    ]);
    expect((await moved.response())?.status()).toBe(303);
    await page.waitForLoadState('load');
    expect(page.url()).toBe(claimUrl);
    await expect.poll(() => page.locator('ol.timeline > li').count()).toBe(before + 1);
    expect(await page.locator(`form.move-out li[data-statement="${outside}"]`).count()).toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });
});
