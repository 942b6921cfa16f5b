// The published site as staff see it: every kind of page opened in headless Chromium
// (Debian's), with no request leaving file://, axe-core finding no WCAG 2.1 A/AA
// violation, the search finding a word from a routine's body, and the keyboard reaching
// the skip link, the search and the main content. Screenshots of the start, a process and
// a routine page go to the folder given as the second argument.
//
// Usage: node site-check.mjs SITE_DIR SCREENSHOT_DIR
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { readFileSync, readdirSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const site = resolve(process.argv[2]);
const shots = resolve(process.argv[3] || 'screenshots');
mkdirSync(shots, { recursive: true });
const executablePath = execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'])
  .toString().trim();
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const failures = [];
const fail = (what) => { failures.push(what); console.log('FAIL ' + what); };

// One page of each kind, the first of its folder in file order.
const first = (folder) => {
  const files = readdirSync(join(site, folder)).filter((f) => f.endsWith('.html') && f !== 'index.html').sort();
  return files.length ? `${folder}/${files[0]}` : null;
};
const pages = {
  start: 'index.html',
  process: first('processer'),
  routine: readdirSync(join(site, 'dokument')).filter((f) => f.startsWith('rut-')).sort().map((f) => `dokument/${f}`)[0] || first('dokument'),
  role: first('roller'),
  documents: 'dokument/index.html',
  roles: 'roller/index.html',
  coverage: 'krav.html',
  due: 'att-gora.html',
  wheel: 'arshjul.html',
  search: 'sok.html',
  accessibility: 'tillganglighet.html',
};

const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu'],
});
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const url = (rel, query = '') => `file://${join(site, rel)}${query}`;

async function open(rel, query = '') {
  const page = await context.newPage();
  const external = [];
  page.on('request', (r) => { if (!r.url().startsWith('file://')) external.push(r.url()); });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url(rel, query), { waitUntil: 'load' });
  return { page, external, errors };
}

for (const [kind, rel] of Object.entries(pages)) {
  if (!rel) { fail(`${kind}: no page of this kind in the site`); continue; }
  const { page, external, errors } = await open(rel);
  if (external.length) fail(`${kind} (${rel}): external requests: ${external.join(', ')}`);
  if (errors.length) fail(`${kind} (${rel}): script errors: ${errors.join('; ')}`);
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () => await window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  }));
  for (const v of result.violations) {
    fail(`${kind} (${rel}): axe ${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  }
  const lang = await page.evaluate(() => document.documentElement.lang);
  if (!lang) fail(`${kind} (${rel}): no lang on <html>`);
  if (['start', 'process', 'routine'].includes(kind)) {
    await page.screenshot({ path: join(shots, `${kind}.png`), fullPage: true });
  }
  console.log(`ok ${kind} (${rel}): ${result.passes.length} axe checks passed, no violation`);
  await page.close();
}

// Search: a word from the routine's body (not its title) finds the routine.
{
  const body = readFileSync(join(site, pages.routine), 'utf8');
  const text = body.split('<div class="document">')[1] || '';
  const title = (body.match(/<h1>([^<]*)/) || [])[1] || '';
  const word = (text.replace(/<[^>]+>/g, ' ').match(/[\p{L}]{9,}/gu) || [])
    .find((w) => !title.toLowerCase().includes(w.toLowerCase()));
  if (!word) {
    fail('search: no long word in the routine body to search for');
  } else {
    const prefix = word.slice(0, 7).toLowerCase();
    const { page, external } = await open('sok.html', `?q=${encodeURIComponent(prefix)}`);
    const hits = await page.$$eval('#traffar a', (as) => as.map((a) => a.getAttribute('href')));
    if (!hits.includes(pages.routine)) fail(`search: "${prefix}" (from "${word}") does not find ${pages.routine}: ${hits.join(', ')}`);
    else console.log(`ok search: "${prefix}" finds ${pages.routine} among ${hits.length}`);
    // Typing in the field searches too.
    await page.fill('#sokord', '');
    await page.type('#sokord', word.toLowerCase());
    const typed = await page.$$eval('#traffar a', (as) => as.map((a) => a.getAttribute('href')));
    if (!typed.includes(pages.routine)) fail(`search: typing "${word}" does not find ${pages.routine}`);
    if (external.length) fail(`search: external requests: ${external.join(', ')}`);
    await page.close();
  }
}

// Keyboard: the first Tab reaches the skip link, which moves to the main content; the
// search field and the menu are reachable with Tab.
{
  const { page } = await open('index.html');
  await page.keyboard.press('Tab');
  const firstFocus = await page.evaluate(() => document.activeElement && document.activeElement.className);
  if (firstFocus !== 'skip') fail(`keyboard: the first Tab reaches "${firstFocus}", not the skip link`);
  await page.keyboard.press('Enter');
  const afterSkip = await page.evaluate(() => document.activeElement && document.activeElement.id);
  if (afterSkip !== 'innehall') fail(`keyboard: the skip link leads to "${afterSkip}", not the main content`);
  const { page: again } = await open('index.html');
  const reached = [];
  for (let i = 0; i < 12; i++) {
    await again.keyboard.press('Tab');
    reached.push(await again.evaluate(() => document.activeElement && (document.activeElement.id || document.activeElement.textContent.trim())));
  }
  if (!reached.includes('sok')) fail(`keyboard: Tab does not reach the search field: ${reached.join(' → ')}`);
  else console.log(`ok keyboard: skip link → main; Tab reaches the search field (${reached.slice(0, 5).join(' → ')} …)`);
  await page.close();
  await again.close();
}

await browser.close();
if (failures.length) {
  console.log(`${failures.length} failures`);
  process.exit(1);
}
console.log('site-check: all pages passed');
