// What puppeteer-core over WebDriver BiDi does not (yet) do for Firefox, and our tests need. Everything
// else goes through puppeteer and @web/test-runner-chrome as they are.
//
// 1. The viewport. `Page.setViewport` sends `browsingContext.setViewport` together with
//    `emulation.setScreenOrientationOverride`. Firefox ESR 140 does not know the second command, so the
//    whole call fails, and @web/test-runner-chrome calls `setViewport` before every test file: not one
//    Firefox test ran. Puppeteer tolerates an unknown `emulation.setTouchOverride` the same way, not (yet)
//    this one. Our tests need the viewport's size, never its orientation: when the browser answers
//    "unknown command", the frame's public `browsingContext` sizes the viewport alone.
// 2. The keyboard focus. A Tab past the last stop of a page (or of a modal dialog) takes the focus to the
//    browser's own toolbar, and `Page.bringToFront` (`browsingContext.activate`) does not give it back in
//    Firefox ESR 140: every later key press of the run went to the toolbar. A person presses Tab until
//    they are back in the page; so does this, then returns the focus to the element that had it.

/** True for the error a WebDriver BiDi browser gives for a command it does not implement. */
export function isUnknownCommand(error) {
  return /unknown command|unsupported operation/i.test(String(error?.message ?? error));
}

/**
 * Makes `page.setViewport` size the viewport even where the browser lacks a command that only the
 * orientation needs. Returns the page, for `chromeLauncher({createPage})`.
 */
export function tolerateUnknownViewportCommands(page) {
  const upstream = page.setViewport.bind(page);
  page.setViewport = async (viewport) => {
    try {
      await upstream(viewport);
    } catch (error) {
      if (!isUnknownCommand(error)) throw error;
      await page.mainFrame().browsingContext.setViewport({
        viewport: {width: viewport.width, height: viewport.height},
        devicePixelRatio: viewport.deviceScaleFactor ?? null,
      });
    }
  };
  return page;
}

const pageHasFocus = (page) => page.evaluate(() => document.hasFocus());

/**
 * Gives the page the system focus back when the browser's toolbar (or another tab) holds it, and leaves
 * the focus in the page where it was. Throws when that is not possible, so a test fails with this reason
 * instead of a wrong focus later.
 */
export async function focusThePage(page) {
  if (await pageHasFocus(page)) return;
  await page.bringToFront();
  if (await pageHasFocus(page)) return;
  // The element the page would give the keys to (a test may have focused it from script meanwhile).
  const remembered = await page.evaluateHandle(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active;
  });
  for (let press = 0; press < 10 && !(await pageHasFocus(page)); press++) await page.keyboard.press('Tab');
  if (!(await pageHasFocus(page))) throw new Error('The page did not get the keyboard focus back from the browser window');
  await remembered.evaluate((el) => el?.focus?.());
  await remembered.dispose();
}
