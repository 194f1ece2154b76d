// The measurements made in headless Chromium. Every page gets a fresh browser context (its own
// renderer process, no HTTP or code cache), and any page error or failed request fails the
// measurement instead of producing a number.

const TIMEOUT_MS = 30_000;
const DESKTOP = { width: 1280, height: 800 };

/** Rejects when the promise takes longer than the limit, naming what was awaited. */
export function within(promise, limitMs, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: nothing after ${limitMs / 1000} s`)), limitMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Opens a page in a new context. `check()` throws if the page reported an error or a failed
 * request so far; `failed` rejects at the first one (race it against a wait that would otherwise
 * time out). `delayScriptsMs`: see holdScriptsPastFirstPaint.
 */
export async function openPage(browser, { viewport = DESKTOP, delayScriptsMs = 0, init } = {}) {
  const context = await browser.createBrowserContext();
  const problems = [];
  let fail;
  const failed = new Promise((_, reject) => {
    fail = reject;
  });
  failed.catch(() => {});
  const problem = (text) => {
    problems.push(text);
    fail(new Error(text));
  };
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT_MS);
    const where = (url) => new URL(url).pathname;
    page.on('pageerror', (error) => problem(`page error: ${error.message}`));
    page.on('response', (response) => {
      if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) {
        problem(`HTTP ${response.status()} for ${where(response.url())}`);
      }
    });
    page.on('requestfailed', (request) => {
      if (!request.url().endsWith('/favicon.ico'))
        problem(`request failed: ${where(request.url())} (${request.failure()?.errorText})`);
    });
    await page.setViewport(viewport);
    if (delayScriptsMs) await holdScriptsPastFirstPaint(page, delayScriptsMs);
    if (init) await page.evaluateOnNewDocument(init);
    const check = () => {
      if (problems.length) throw new Error(problems.join('; '));
    };
    return { page, check, failed, close: () => context.close().catch(() => {}) };
  } catch (error) {
    await context.close().catch(() => {});
    throw error;
  }
}

/**
 * Holds every script request until `delayMs` after the page's first paint, so the page is seen
 * without its custom elements first, as on a slow connection. Tied to the paint rather than to
 * the clock, it holds on a busy machine too. Released after 10 s if nothing paints.
 */
async function holdScriptsPastFirstPaint(page, delayMs) {
  const held = [];
  let released = false;
  const go = (request) => request.continue().catch(() => {});
  const release = () => {
    if (released) return;
    released = true;
    held.splice(0).forEach(go);
  };
  setTimeout(release, 10_000).unref();
  await page.exposeFunction('__benchPainted', () => {
    setTimeout(release, delayMs);
  });
  await page.evaluateOnNewDocument(() => {
    new PerformanceObserver((list, observer) => {
      if (!list.getEntries().length) return;
      observer.disconnect();
      window.__benchPainted();
    }).observe({ type: 'paint', buffered: true });
  });
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.resourceType() === 'script' && !released) held.push(request);
    else go(request);
  });
}

/** Opens a page (see openPage), runs `use(opened)`, checks for errors and closes it. */
export async function withPage(browser, options, use) {
  const opened = await openPage(browser, options);
  try {
    const result = await use(opened);
    opened.check();
    return result;
  } finally {
    await opened.close();
  }
}

/** Waits for a page-side promise, failing at once on a page error and after TIMEOUT_MS. */
const pageWait = ({ page, failed }, fn, what) => within(Promise.race([page.evaluate(fn), failed]), TIMEOUT_MS, what);

/** In the page: the first element of the body (the element under test), its shadow tree's size and state. */
function inspectElement() {
  const element = document.body.firstElementChild;
  const count = (root) =>
    [...root.querySelectorAll('*')].reduce((sum, el) => sum + 1 + (el.shadowRoot ? count(el.shadowRoot) : 0), 0);
  return {
    tag: element?.localName ?? null,
    elements: element?.shadowRoot ? count(element.shadowRoot) : null,
    showsError: Boolean(element?.shadowRoot?.querySelector('[part~="error"]')),
  };
}

/**
 * Main-thread CPU from navigation to the first frame painted with every element rendered.
 *
 * Method: the CDP Performance domain in `threadTicks` time reports TaskDuration, the CPU time of
 * all tasks the renderer's main thread ran (parse, script, style, layout, paint), counted in
 * thread time, so time the thread spent descheduled by other processes on a busy machine does not
 * count. It is read as soon as bench/pages/probe.js reports the painted frame; the few idle tasks
 * in between cost well under a millisecond. Each load is a fresh context and renderer: cold
 * caches, as for a first visit.
 */
export function firstPaintCpu(browser, url) {
  return withPage(browser, {}, async (opened) => {
    const { page } = opened;
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await page.goto(url, { waitUntil: 'load' });
    await pageWait(opened, () => window.__painted, `first paint of ${new URL(url).pathname}`);
    const { metrics } = await cdp.send('Performance.getMetrics');
    opened.check();
    const task = metrics.find((metric) => metric.name === 'TaskDuration')?.value;
    if (!(task > 0)) throw new Error('Chromium reported no TaskDuration');
    const element = await page.evaluate(inspectElement);
    if (element.elements === null)
      throw new Error(`${new URL(url).pathname}: <${element.tag}> has no shadow root after first render`);
    if (element.showsError) throw new Error(`${new URL(url).pathname}: <${element.tag}> shows its error state`);
    return { cpuMs: task * 1000, ...element };
  });
}

/**
 * The first render of the page's element as plain data: its shadow root's markup (Lit's comment
 * markers left out) and the text of its style sheets. bench/bare/static.js paints it again with
 * a bare Lit element, the reference of the checklist's CPU budget.
 */
export function captureFirstRender(browser, url) {
  return withPage(browser, {}, async (opened) => {
    await opened.page.goto(url, { waitUntil: 'load' });
    await pageWait(opened, () => window.__painted, `first paint of ${new URL(url).pathname}`);
    return opened.page.evaluate(() => {
      const root = document.body.firstElementChild?.shadowRoot;
      if (!root) throw new Error('no shadow root to capture');
      const sheets = root.adoptedStyleSheets.length ? root.adoptedStyleSheets : [...root.styleSheets];
      return {
        markup: root.innerHTML.replace(/<!--[^]*?-->/g, ''),
        css: sheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n'),
      };
    });
  });
}

/** In the page, before anything loads: records layout shifts and when the first widget was defined. */
function recordShifts() {
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!entry.hadRecentInput) window.__shifts.push({ value: entry.value, startTime: entry.startTime });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  const tags = ['health-symptom-checklist', 'health-comparison-table', 'health-treatment-explainer'];
  window.__definedAt = Promise.race(tags.map((tag) => customElements.whenDefined(tag).then(() => performance.now())));
}

/** In the page: waits for every health-* element to render, then a while for late shifts. */
async function settleAndReport() {
  if (location.hash && !document.getElementById(location.hash.slice(1))) return { missingAnchor: location.hash };
  const elements = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('health-'));
  if (!elements.length) return { widgets: 0 };
  await Promise.all([...new Set(elements.map((el) => el.localName))].map((tag) => customElements.whenDefined(tag)));
  await Promise.all(elements.map((el) => el.updateComplete));
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await new Promise((resolve) => setTimeout(resolve, 500));
  const paints = performance.getEntriesByType('paint');
  const firstPaint = (paints.find((entry) => entry.name === 'first-paint') ?? paints[0])?.startTime ?? null;
  return { widgets: elements.length, shifts: window.__shifts, firstPaint, definedAt: await window.__definedAt };
}

/** Layout shifts while the widgets upgrade, `delayMs` after the first paint. */
export function layoutShifts(browser, url, viewport, delayMs) {
  return withPage(browser, { viewport, delayScriptsMs: delayMs, init: recordShifts }, async (opened) => {
    await opened.page.goto(url, { waitUntil: 'load' });
    const report = await pageWait(opened, settleAndReport, `upgrade of ${new URL(url).pathname}`);
    if (report.missingAnchor) throw new Error(`${new URL(url).pathname}: no element with the id of ${report.missingAnchor}`);
    if (!report.widgets) throw new Error(`${new URL(url).pathname}: no health-* element on the page`);
    if (report.firstPaint === null || report.firstPaint >= report.definedAt) {
      throw new Error(`${new URL(url).pathname}: the widgets upgraded before the first paint, so a shift could not be seen`);
    }
    return report.shifts;
  });
}

/** In the page: the next click's time from input to the task after the next painted frame. */
function armClick() {
  window.__frame = new Promise((resolve) => {
    addEventListener(
      'click',
      (event) => {
        const start = event.timeStamp;
        const target = event.composedPath()[0];
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve({ ms: performance.now() - start, checked: target.checked });
          channel.port2.postMessage(null);
        });
      },
      { capture: true, once: true },
    );
  });
}

/**
 * Click to frame on the first checkbox of the element under test, one page per url, clicks
 * interleaved in small batches. Clicks are real input events (CDP Input), timed from the click
 * event's timestamp to the task that runs right after the next frame's paint.
 */
export async function clickToFrame(browser, urls, clicks) {
  const targets = [];
  try {
    for (const url of urls) {
      const opened = await openPage(browser);
      const target = { url, ...opened, checked: false, samples: [] };
      targets.push(target);
      const { page } = opened;
      const path = new URL(url).pathname;
      await page.goto(url, { waitUntil: 'load' });
      await pageWait(opened, () => window.__painted, `first paint of ${path}`);
      const box = await page.evaluateHandle(
        () => document.body.firstElementChild?.shadowRoot?.querySelector('input[type="checkbox"]') ?? null,
      );
      if (!(await box.evaluate((el) => el !== null))) throw new Error(`${path}: no checkbox in the element`);
      await box.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      const rect = await box.boundingBox();
      if (!rect) throw new Error(`${path}: the first checkbox is not visible`);
      Object.assign(target, { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 });
    }
    const clickOnce = async (target) => {
      const path = new URL(target.url).pathname;
      await target.page.evaluate(armClick);
      await target.page.mouse.click(target.x, target.y);
      const { ms, checked } = await pageWait(target, () => window.__frame, `frame after a click on ${path}`);
      target.checked = !target.checked;
      if (checked !== target.checked) throw new Error(`${path}: the click did not toggle the checkbox`);
      target.check();
      // A pause of one to three frames, so clicks land at varied points of the frame.
      await new Promise((resolve) => setTimeout(resolve, 17 + Math.random() * 34));
      return ms;
    };
    // Two untimed clicks each first: the first interaction compiles the handlers on both sides.
    for (const target of targets) {
      await target.page.bringToFront();
      for (let i = 0; i < 2; i++) await clickOnce(target);
    }
    const batch = 5;
    for (let done = 0; done < clicks; done += batch) {
      for (const target of (done / batch) % 2 ? [...targets].reverse() : targets) {
        await target.page.bringToFront();
        for (let i = 0; i < Math.min(batch, clicks - done); i++) target.samples.push(await clickOnce(target));
      }
    }
    return targets.map((target) => target.samples);
  } finally {
    await Promise.all(targets.map((target) => target.close()));
  }
}

/** The 500-sign page: `clicks` timed clicks after a few untimed ones. */
export function largePackClicks(browser, url, clicks) {
  return withPage(browser, {}, async (opened) => {
    const { page } = opened;
    await page.goto(url, { waitUntil: 'load' });
    await within(
      Promise.race([page.waitForFunction(() => window.__ready, { timeout: 0 }), opened.failed]),
      TIMEOUT_MS,
      'the 500-sign checklist',
    );
    for (let warm = 0; warm < 5; warm++) await page.evaluate(() => window.__clickToResult());
    const samples = [];
    for (let run = 0; run < clicks; run++) samples.push(await page.evaluate(() => window.__clickToResult()));
    return samples;
  });
}
