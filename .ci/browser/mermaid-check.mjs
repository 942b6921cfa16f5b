// The maps `lsk graph --format mermaid` writes, drawn by mermaid (the library GitHub and
// GitLab use for ```mermaid blocks) in headless Chromium: each must render without an
// error, with a lane for every role and a box for every activity.
//
// Usage: node mermaid-check.mjs FILE.mmd...
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const executablePath = execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'])
  .toString().trim();
const mermaidSource = readFileSync(require.resolve('mermaid/dist/mermaid.min.js'), 'utf8');
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu'],
});
const page = await browser.newPage();
await page.setContent('<!DOCTYPE html><html><body></body></html>');
await page.addScriptTag({ content: mermaidSource });
await page.evaluate(() => window.mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' }));
let failed = 0;
for (const file of process.argv.slice(2)) {
  const text = readFileSync(file, 'utf8');
  const result = await page.evaluate(async (t) => {
    try {
      const { svg } = await window.mermaid.render('karta', t);
      const holder = document.createElement('div');
      holder.innerHTML = svg;
      document.body.replaceChildren(holder);
      return { ok: true, clusters: holder.querySelectorAll('g.cluster').length, nodes: holder.querySelectorAll('g.node').length };
    } catch (e) {
      return { ok: false, error: String(e && e.message || e) };
    }
  }, text);
  const lanes = (text.match(/^\s*subgraph /gm) || []).length;
  const boxes = (text.match(/^\s*a\d+\[/gm) || []).length;
  if (!result.ok) {
    failed++;
    console.log(`FAIL ${file}: ${result.error}`);
  } else if (result.clusters < lanes || result.nodes < boxes) {
    failed++;
    console.log(`FAIL ${file}: ${result.clusters} lanes of ${lanes} and ${result.nodes} boxes of ${boxes} drawn`);
  } else {
    console.log(`ok ${file}: ${result.clusters} lanes, ${result.nodes} boxes`);
  }
}
await browser.close();
process.exit(failed ? 1 : 0);
