// Checks the generated rustdoc of winerror in a real headless Chromium: the search finds a
// constant by its decimal, hex, HRESULT and name; a link from one error's page lands on the
// related error's page; in-page anchors of the family tables resolve; the seed page links its
// twin no more than twice and writes mentions' values as `13815 (0x35F7)`; every family
// module's tables fit a 1280×800 window, with names that wrap yet copy and find whole.
//
// Usage: node docs.test.mjs BASE_URL [SCREENSHOT_DIR]
// BASE_URL serves the `target/doc` folder. CHROMIUM names the browser (default: chromium on PATH).
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const base = process.argv[2];
const screenshots = process.argv[3];
if (!base) {
  console.error('usage: node docs.test.mjs BASE_URL [SCREENSHOT_DIR]');
  process.exit(2);
}
const executablePath = process.env.CHROMIUM || 'chromium';
const TIMEOUT_MS = 30_000;

// The searches of the issue: value spellings and the name, each must list the constant first.
const NAME = 'ERROR_IPSEC_IKE_MM_DELAY_DROP';
const PAGE = 'winerror/ipsec/constant.ERROR_IPSEC_IKE_MM_DELAY_DROP.html';
const TWIN = 'winerror/ipsec/constant.ERROR_IPSEC_IKE_QM_DELAY_DROP.html';
// The window a module page must fit: tables wrap long names rather than push the message out.
const WINDOW = { width: 1280, height: 800 };
const searches = [
  ['decimal', '13814'],
  ['hex', '0x35F6'],
  ['HRESULT hex', '0x800735F6'],
  ['HRESULT signed decimal', '-2147011082'],
  ['name', NAME],
  ['name in lowercase', NAME.toLowerCase()],
];
// The same for an HRESULT and an NTSTATUS value: hex, hex without 0x, signed decimal.
const valueSearches = [
  ['winerror/hresult_sspi/constant.SEC_E_UNTRUSTED_ROOT.html', ['0x80090325', '80090325', '-2146893019']],
  ['winerror/ntstatus_c00002xx/constant.STATUS_CONNECTION_RESET.html', ['0xC000020D', 'C000020D', '-1073741299']],
];

/** The constants a rustdoc search lists, in order, as paths relative to the doc root. */
async function searchResults(page, term) {
  await page.goto(`${base}/winerror/index.html?search=${encodeURIComponent(term)}`);
  // The search is done when the results (or the "no results" notice) are rendered.
  await page.waitForSelector('#search #results > .active', { timeout: TIMEOUT_MS });
  return page.$$eval('#search #results > .search-results.active a.result-constant', (links) =>
    links.map((a) => new URL(a.href).pathname.replace(/^\//, '')),
  );
}

/** Opens `from`, clicks the link to `target` inside the section titled `section`, returns the landing. */
async function follow(page, from, section, target) {
  await page.goto(`${base}/${from}`);
  const heading = page.locator('.docblock h2, .docblock h3', { hasText: section }).first();
  await heading.waitFor({ timeout: TIMEOUT_MS });
  // The list right after the section heading holds the links.
  const link = heading.locator(`xpath=following-sibling::ul[1]//a[normalize-space(.)="${target}"]`).first();
  const [response] = await Promise.all([page.waitForEvent('response', { timeout: TIMEOUT_MS }), link.click()]);
  await page.waitForLoadState('load');
  const title = (await page.locator('h1').first().innerText()).replace(/\s+/g, '');
  return { url: new URL(page.url()).pathname.replace(/^\//, ''), status: response.status(), title };
}

const results = [];
async function check(name, body) {
  try {
    await body();
    results.push([name, null]);
    console.log(`ok   ${name}`);
  } catch (error) {
    results.push([name, error]);
    console.log(`FAIL ${name}: ${error.message.split('\n')[0]}`);
  }
}
function expect(condition, message) {
  if (!condition) throw new Error(message);
}

const profile = mkdtempSync(join(tmpdir(), 'winerror-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless: true,
  viewport: { width: 1280, height: 900 },
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(TIMEOUT_MS);

  for (const [kind, term] of searches) {
    await check(`search by ${kind} "${term}" lists ${NAME} first`, async () => {
      const found = await searchResults(page, term);
      expect(found.length > 0, `no constant in the results`);
      expect(found[0] === PAGE, `first result is ${found[0]} (of ${found.length})`);
    });
  }

  for (const [target, terms] of valueSearches) {
    for (const term of terms) {
      await check(`search "${term}" lists ${target.split('.').at(-2)} first`, async () => {
        const found = await searchResults(page, term);
        expect(found[0] === target, `first result is ${found[0]} (of ${found.length})`);
      });
    }
  }

  // The search must be able to say no: a value no error has lists no constant.
  await check('search for a value no error has ("0x7FFF1234") lists no constant', async () => {
    const found = await searchResults(page, '0x7FFF1234');
    expect(found.length === 0, `found ${found.join(', ')}`);
  });

  if (screenshots) {
    mkdirSync(screenshots, { recursive: true });
    await searchResults(page, '0x800735F6');
    await page.screenshot({ path: join(screenshots, 'search.png') });
  }

  await check('"Related Errors" link from MM_DELAY_DROP lands on QM_DELAY_DROP', async () => {
    const landing = await follow(page, PAGE, 'Related Errors', 'ERROR_IPSEC_IKE_QM_DELAY_DROP');
    expect(landing.status === 200, `HTTP ${landing.status}`);
    expect(landing.url === TWIN, `landed on ${landing.url}`);
    expect(landing.title.includes('ERROR_IPSEC_IKE_QM_DELAY_DROP'), `page title is ${landing.title}`);
  });

  // QM_DELAY_DROP's page is the official message alone, so its twin is listed there.
  await check('"Same message" link from QM_DELAY_DROP lands on MM_DELAY_DROP', async () => {
    const landing = await follow(page, TWIN, 'Same message', NAME);
    expect(landing.status === 200, `HTTP ${landing.status}`);
    expect(landing.url === PAGE, `landed on ${landing.url}`);
  });

  await check('the seed page links its twin at most twice and writes mentions as "13815 (0x35F7)"', async () => {
    await page.goto(`${base}/${PAGE}`);
    const doc = page.locator('.docblock').first();
    const twinLinks = await doc.locator('a[href$="constant.ERROR_IPSEC_IKE_QM_DELAY_DROP.html"]').count();
    expect(twinLinks >= 1 && twinLinks <= 2, `${twinLinks} links to the twin`);
    const text = await doc.innerText();
    expect(text.includes('ERROR_IPSEC_IKE_QM_DELAY_DROP 13815 (0x35F7)'), 'no mention written "13815 (0x35F7)"');
    expect(!/\d - 0x/.test(text), `a mention still reads like a subtraction: ${text.match(/.{30}\d - 0x.{8}/)}`);
  });

  await check('"Same value" of ERROR_WINHTTP_TIMEOUT names its WinINet twin, linked from Related Errors', async () => {
    const from = 'winerror/winhttp/constant.ERROR_WINHTTP_TIMEOUT.html';
    await page.goto(`${base}/${from}`);
    // The page lists its twin under Related Errors, so the computed section names it without a
    // second link and points there.
    const same = page.locator('.docblock h2, .docblock h3', { hasText: 'Same value' }).first();
    const item = await same.locator('xpath=following-sibling::ul[1]/li[1]').innerText();
    expect(item.includes('ERROR_INTERNET_TIMEOUT') && item.includes('Related Errors'), `Same value says: ${item}`);
    const landing = await follow(page, from, 'Related Errors', 'ERROR_INTERNET_TIMEOUT');
    expect(landing.status === 200, `HTTP ${landing.status}`);
    expect(landing.url === 'winerror/wininet/constant.ERROR_INTERNET_TIMEOUT.html', `landed on ${landing.url}`);
    expect(landing.title.includes('ERROR_INTERNET_TIMEOUT'), `page title is ${landing.title}`);
  });

  await check('ERROR_ACCESS_DENIED and E_ACCESSDENIED link each other in their facts tables', async () => {
    const pairs = [
      ['winerror/system/constant.ERROR_ACCESS_DENIED.html', 'winerror/hresult_com/constant.E_ACCESSDENIED.html'],
      ['winerror/hresult_com/constant.E_ACCESSDENIED.html', 'winerror/system/constant.ERROR_ACCESS_DENIED.html'],
    ];
    for (const [from, to] of pairs) {
      await page.goto(`${base}/${from}`);
      const target = new URL(`${base}/${to}`).href;
      const hrefs = await page.$$eval('.docblock table a', (links) => links.map((a) => a.href));
      expect(hrefs.includes(target), `${from} links ${hrefs.join(', ')}`);
      const response = await page.request.get(target);
      expect(response.ok(), `${to}: HTTP ${response.status()}`);
    }
  });

  await check('"Neighbours" link from QM_DELAY_DROP lands on ERROR_IPSEC_IKE_ERROR', async () => {
    const landing = await follow(page, TWIN, 'Neighbours', 'ERROR_IPSEC_IKE_ERROR');
    expect(landing.status === 200, `HTTP ${landing.status}`);
    expect(landing.url.endsWith('ipsec/constant.ERROR_IPSEC_IKE_ERROR.html'), `landed on ${landing.url}`);
  });

  if (screenshots) {
    await page.goto(`${base}/${PAGE}`);
    await page.screenshot({ path: join(screenshots, 'constant.png') });
    await page.screenshot({ path: join(screenshots, 'constant-full.png'), fullPage: true });
    await page.goto(`${base}/winerror/ipsec/index.html`);
    await page.screenshot({ path: join(screenshots, 'family.png') });
    await page.goto(`${base}/winerror/index.html`);
    await page.screenshot({ path: join(screenshots, 'crate.png'), fullPage: true });
  }

  await check('every in-page anchor of the largest family page has its target', async () => {
    await page.goto(`${base}/winerror/ds/index.html`);
    const missing = await page.$$eval('.docblock a[href^="#"]', (links) =>
      links.map((a) => a.getAttribute('href').slice(1)).filter((id) => !document.getElementById(id)),
    );
    const count = await page.locator('.docblock a[href^="#"]').count();
    expect(count > 0, 'no in-page anchors');
    expect(missing.length === 0, `missing targets: ${missing.join(', ')}`);
  });

  await check('the crate root links to every family module, and each opens', async () => {
    await page.goto(`${base}/winerror/index.html`);
    const hrefs = (selector) => page.$$eval(selector, (links) => [...new Set(links.map((a) => a.href))].sort());
    const modules = await hrefs('.item-table a.mod');
    const linked = await hrefs('.docblock a[href$="/index.html"]');
    expect(modules.length > 0, 'the crate root lists no modules');
    const unlinked = modules.filter((href) => !linked.includes(href));
    expect(unlinked.length === 0, `the guide does not link ${unlinked.join(', ')}`);
    for (const href of linked) {
      const response = await page.request.get(href);
      expect(response.ok(), `${href}: HTTP ${response.status()}`);
    }
  });

  await check(`every family module fits a ${WINDOW.width}×${WINDOW.height} window, message column included`, async () => {
    await page.setViewportSize(WINDOW);
    await page.goto(`${base}/winerror/index.html`);
    const modules = await page.$$eval('.item-table a.mod', (links) => [...new Set(links.map((a) => a.href))].sort());
    expect(modules.length > 0, 'the crate root lists no modules');
    const problems = [];
    let widest = { module: '', scrollWidth: 0 };
    let latest = { module: '', messageLeft: 0 };
    for (const href of modules) {
      await page.goto(href);
      const found = await page.evaluate((width) => {
        const out = { scrollWidth: document.documentElement.scrollWidth, messageLeft: 0, problems: [] };
        for (const table of document.querySelectorAll('.docblock table')) {
          const heads = table.querySelectorAll('thead th');
          const message = heads[heads.length - 1];
          if (!message || message.textContent.trim() !== 'Message') continue;
          const box = message.getBoundingClientRect();
          const left = box.left + window.scrollX;
          const right = box.right + window.scrollX;
          out.messageLeft = Math.max(out.messageLeft, Math.round(left));
          const holder = table.parentElement;
          if (left >= width) out.problems.push(`message column starts at ${Math.round(left)} px`);
          else if (right > width) out.problems.push(`message column ends at ${Math.round(right)} px`);
          else if (holder.scrollWidth > holder.clientWidth + 1) {
            out.problems.push(`table is ${holder.scrollWidth} px in a ${holder.clientWidth} px box`);
          }
        }
        if (out.scrollWidth > width) out.problems.push(`document is ${out.scrollWidth} px wide`);
        return out;
      }, WINDOW.width);
      const module = new URL(href).pathname.split('/').slice(-2)[0];
      if (found.scrollWidth > widest.scrollWidth) widest = { module, scrollWidth: found.scrollWidth };
      if (found.messageLeft > latest.messageLeft) latest = { module, messageLeft: found.messageLeft };
      for (const problem of new Set(found.problems)) problems.push(`${module}: ${problem}`);
    }
    console.log(
      `     ${modules.length} modules; widest document ${widest.scrollWidth} px (${widest.module}); ` +
        `latest message column at ${latest.messageLeft} px (${latest.module})`,
    );
    expect(problems.length === 0, problems.slice(0, 8).join('; '));
  });

  await check('a wrapped name in a module table copies and finds as one word', async () => {
    await page.goto(`${base}/winerror/ipsec/index.html`);
    const copied = await page.evaluate((name) => {
      const link = document.querySelector(`.docblock table a[href="constant.${name}.html"]`);
      if (!link) return null;
      const range = document.createRange();
      range.selectNodeContents(link);
      const selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      const text = selection.toString();
      selection.removeAllRanges();
      return { text, found: window.find(name, true) };
    }, NAME);
    expect(copied, `no table cell links ${NAME}`);
    expect(copied.text === NAME, `selecting the cell copies ${JSON.stringify(copied.text)}`);
    expect(copied.found, 'find in page does not find the name');
  });
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}

const failed = results.filter(([, error]) => error).length;
console.log(`browser: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
