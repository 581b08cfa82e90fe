// Opens HTML pages in headless Chromium (puppeteer-core driving the
// system's /usr/bin/chromium; nothing is downloaded) and reports what a
// reader would meet, one JSON object a line on stdout:
//   node browse.js check FILE...      text of the page, console errors,
//                                     every request that is not data: or
//                                     the file itself
//   node browse.js filter INDEX WORDS...  the index's rows shown after
//                                     typing each WORDS into its filter box
// Exit 0 when it ran (the shell test judges the results), 2 on a failure
// to drive the browser.
'use strict';
const path = require('path');
const os = require('os');
const fs = require('fs');
const puppeteer = require('puppeteer-core');

async function open(browser, file) {
  const page = await browser.newPage();
  const url = 'file://' + path.resolve(file);
  const errors = [], requests = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warn' || m.type() === 'warning')
      errors.push(m.type() + ': ' + m.text());
  });
  page.on('pageerror', (e) => errors.push('pageerror: ' + e.message));
  await page.setRequestInterception(true);
  page.on('request', (r) => {
    const u = r.url();
    if (u === url || u.startsWith('data:')) return r.continue();
    requests.push(u);
    r.abort();
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, errors, requests };
}

async function check(browser, files) {
  for (const f of files) {
    const { page, errors, requests } = await open(browser, f);
    const info = await page.evaluate(() => ({
      text: document.body.innerText,
      lang: document.documentElement.lang,
      scripts: document.scripts.length,
      images: Array.from(document.images).map((i) => i.complete && i.naturalWidth > 0),
      links: Array.from(document.links).map((a) => a.getAttribute('href')),
      markers: Array.from(document.querySelectorAll('li[data-marker]')).map(
        (li) => getComputedStyle(li, '::marker').content),
    }));
    console.log(JSON.stringify(Object.assign({ file: f, errors, requests }, info)));
    await page.close();
  }
}

async function filter(browser, file, queries) {
  const { page, errors, requests } = await open(browser, file);
  const count = () => page.evaluate(() => ({
    total: document.querySelectorAll('#register tbody tr').length,
    shown: Array.from(document.querySelectorAll('#register tbody tr'))
      .filter((r) => !r.hidden && r.offsetParent !== null)
      .map((r) => r.cells[0].textContent),
    status: document.getElementById('shown').textContent,
    boxVisible: !document.getElementById('filter-box').hidden,
  }));
  const out = { file, errors, requests, before: await count(), after: [] };
  for (const q of queries) {
    await page.click('#filter', { clickCount: 3 });
    await page.keyboard.press('Backspace');
    await page.type('#filter', q);
    out.after.push(Object.assign({ query: q }, await count()));
  }
  console.log(JSON.stringify(out));
}

(async () => {
  const [mode, ...args] = process.argv.slice(2);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isoexport-chromium-'));
  let browser;
  try {
    browser = await puppeteer.launch({
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      headless: true,
      userDataDir: dir,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run',
             '--disable-background-networking', '--disable-component-update',
             '--disable-sync', '--disable-dev-shm-usage'],
    });
    if (mode === 'check') await check(browser, args);
    else if (mode === 'filter') await filter(browser, args[0], args.slice(1));
    else throw new Error('usage: browse.js check FILE... | filter INDEX WORDS...');
  } catch (e) {
    console.error('browse.js: ' + (e && e.stack ? e.stack : e));
    process.exitCode = 2;
  } finally {
    if (browser) await browser.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
})();
