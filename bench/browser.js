// The bench's browser: one headless Chromium for the whole run, and a fresh context for every page.
import {chromium} from 'playwright-core';

/** Headless Chromium with frames and timers at full speed even when no window has focus. */
export function launchBrowser(executablePath) {
  return chromium.launch({executablePath, args: [
    '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows',
  ]});
}

/** Longest a page may take: a peer with 10,000 rows needs minutes on a busy 2-core machine. */
const PAGE_TIMEOUT_MS = 300_000;

/**
 * Runs `use(page, context)` on a page of a fresh context: a cold HTTP cache and a new renderer, so no
 * run warms up the next. A script error, a console error or a page that hangs stops the bench: its
 * figures would mean nothing. `allowConsoleError` lets a peer's known, harmless message through.
 */
export async function withPage(browser, what, use, {context: contextOptions = {}, allowConsoleError} = {}) {
  const context = await browser.newContext(contextOptions);
  let timer;
  try {
    const page = await context.newPage();
    const failed = new Promise((_, reject) => {
      page.on('pageerror', (error) => reject(new Error(`${what}: ${error.message}`)));
      page.on('console', (message) => {
        if (message.type() === 'error' && !allowConsoleError?.test(message.text())) {
          reject(new Error(`${what}: console error: ${message.text()}`));
        }
      });
      timer = setTimeout(() => reject(new Error(`${what}: no result after ${PAGE_TIMEOUT_MS / 1000} s`)), PAGE_TIMEOUT_MS);
    });
    failed.catch(() => {}); // an error after the result came is no longer ours to report
    return await Promise.race([use(page, context), failed]);
  } finally {
    clearTimeout(timer);
    await context.close();
  }
}
