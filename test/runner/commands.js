// Server commands that work the same in all three engines, for what a test cannot do from inside the
// page: real key presses (the browser's own Tab order and focus), the window's size, media emulation
// and PDFs. The commands of @web/test-runner-commands either lack these over WebDriver (WebKit) or
// name keys that Firefox's WebDriver BiDi does not know; tests use test/shared/commands.ts instead.
import {execFile} from 'node:child_process';
import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {promisify} from 'node:util';
import {engineOf} from './engines.js';
import {focusThePage} from './firefox-bidi.js';

const run = promisify(execFile);

// WebDriver's code points for the keys tests press (https://w3c.github.io/webdriver/#keyboard-actions).
const WEBDRIVER_KEYS = {
  Tab: '\uE004', Enter: '\uE007', Shift: '\uE008', Control: '\uE009', Alt: '\uE00A', Escape: '\uE00C',
  Space: ' ', PageUp: '\uE00E', PageDown: '\uE00F', End: '\uE010', Home: '\uE011',
  ArrowLeft: '\uE012', ArrowUp: '\uE013', ArrowRight: '\uE014', ArrowDown: '\uE015', Backspace: '\uE003', Delete: '\uE017',
  Meta: '\uE03D',
};

const webdriverKey = (key) => {
  const value = WEBDRIVER_KEYS[key] ?? (key.length === 1 ? key : undefined);
  if (value === undefined) throw new Error(`key "${key}" has no WebDriver code here: add it to test/runner/commands.js`);
  return value;
};

/** Puppeteer's key names, but a space as a character: Firefox's BiDi keyboard does not know "Space". */
const puppeteerKey = (key) => (key === 'Space' ? ' ' : key);

/**
 * `press`: a key or a chord (`Shift+Tab`, `Control+End`), the modifiers held while the last key is pressed;
 * `type`: text, a key press per character.
 */
async function keys(session, {press, type}) {
  const chord = press ? press.split('+') : [];
  if (engineOf(session.browser) === 'webkit') {
    // webdriverio's `keys` (the launcher's public sendKeys) presses every key of its list down, then lets
    // them go: a chord. Text goes a character at a time, so that a repeated letter is typed twice.
    if (press) await session.browser.sendKeys(session.id, chord.map(webdriverKey));
    for (const character of type ?? '') await session.browser.sendKeys(session.id, [character]);
    return true;
  }
  const page = session.browser.getPage(session.id);
  // Keys go to the window with the system focus. A tab of an earlier test file, the browser's toolbar or a
  // window the browser opened can keep it (Firefox): then the page takes no keys and nothing matches :focus.
  await focusThePage(page);
  const {keyboard} = page;
  if (press) {
    const main = puppeteerKey(chord.pop());
    for (const modifier of chord) await keyboard.down(modifier);
    await keyboard.press(main);
    for (const modifier of chord.reverse()) await keyboard.up(modifier);
  }
  if (type) await keyboard.type(type);
  return true;
}

async function viewport(session, {width, height}) {
  if (engineOf(session.browser) === 'webkit') {
    // WebDriver sizes the window, toolbar and all, and the window manager may apply it a moment later
    // (CI once read the old width): size the window by what it adds to the viewport, until the viewport
    // has the asked width. The launcher has no public call for the window's size, hence its driver.
    const driver = session.browser.driver;
    const viewportSize = () => driver.execute('return [innerWidth, innerHeight]');
    let inner = await viewportSize();
    for (let attempt = 0; attempt < 5 && inner[0] !== width; attempt++) {
      const outer = await driver.getWindowSize();
      await driver.setWindowSize(outer.width + width - inner[0], outer.height + height - inner[1]);
      for (let wait = 0; wait < 20; wait++) {
        inner = await viewportSize();
        if (inner[0] === width) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
    await session.browser.refocusWindow();
    if (inner[0] !== width) throw new Error(`WebKit's viewport is ${inner[0]} px wide, not ${width}`);
    return true;
  }
  await session.browser.getPage(session.id).setViewport({width, height});
  return true;
}

const protocolSessions = new WeakMap();

/** Media emulation needs the DevTools protocol: Chromium only (test files that need it say so in their @engines line). */
async function media(session, {media: type, reducedMotion, forcedColors}) {
  const engine = engineOf(session.browser);
  // Said back to the test, which throws it there: the server's log stays for real failures.
  if (engine !== 'chromium') return {refused: `media emulation is not possible in ${engine}: mark the test file "@engines chromium"`};
  // One protocol session per page, kept open: the emulation ends when its session is detached.
  const protocol = await protocolOf(session.browser.getPage(session.id));
  const features = [];
  if (reducedMotion) features.push({name: 'prefers-reduced-motion', value: reducedMotion});
  if (forcedColors) features.push({name: 'forced-colors', value: forcedColors});
  await protocol.send('Emulation.setEmulatedMedia', {media: type ?? '', features});
  return true;
}

/**
 * A PDF as "save as PDF" makes it, A4 portrait with 1 cm margins (what Chromium's print dialog gives by
 * default), of the page at `url` opened in a tab of its own, once it has loaded and the network is quiet
 * (and, with `defined`, once those tags' elements have come and rendered); or, without `url`, of the test
 * page as it is. Chromium through the DevTools protocol, Firefox through WebDriver
 * BiDi's browsingContext.print (puppeteer's page.pdf either way); WebKit's driver has no print command.
 * Said back: the number of pages, the page size in points, the text per page as poppler's
 * `pdftotext -raw` reads it (Debian's poppler-utils; the text in the order the browser wrote it), and
 * per page how far down its lowest word reaches, as a part of the page's height.
 */
async function pdf(session, {url, defined = []} = {}) {
  const engine = engineOf(session.browser);
  if (engine === 'webkit') return {refused: 'WebKit\'s driver cannot make a PDF: mark the test file "@engines chromium, firefox"'};
  const testPage = session.browser.getPage(session.id);
  const page = url ? await testPage.browser().newPage() : testPage;
  const folder = await mkdtemp(join(tmpdir(), 'sf-pdf-'));
  try {
    // Loaded, and the network quiet: the files the page asks for as it starts (the printout's among them) are in.
    if (url) await page.goto(new URL(url, testPage.url()).href, {waitUntil: ['load', 'networkidle0']});
    // Elements whose code the page loads when their tag appears, which the load event does not wait for.
    if (defined.length > 0) {
      await page.waitForFunction((tags) => tags.every((tag) => customElements.get(tag) && document.querySelector(tag)?.shadowRoot?.childElementCount),
        {timeout: 10000}, defined);
    }
    const file = join(folder, 'print.pdf');
    await writeFile(file, await page.pdf({format: 'A4', margin: {top: '1cm', right: '1cm', bottom: '1cm', left: '1cm'}}));
    const info = (await run('pdfinfo', [file])).stdout;
    const text = (await run('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'])).stdout;
    // Every word with its box, per page: how far down the page the lowest one reaches.
    const boxes = (await run('pdftotext', ['-bbox', file, '-'], {maxBuffer: 64 * 1024 * 1024})).stdout;
    const filled = boxes.split('<page ').slice(1).map((page) => {
      const height = Number(/height="([\d.]+)"/.exec(page)?.[1]);
      return Math.max(0, ...[...page.matchAll(/yMax="([\d.]+)"/g)].map((match) => Number(match[1]))) / height;
    });
    return {
      pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]),
      size: /^Page size:\s+([\d.]+) x ([\d.]+)/m.exec(info)?.slice(1).map(Number),
      // pdftotext ends every page with a form feed.
      text: text.split('\f').slice(0, -1),
      filled,
    };
  } catch (error) {
    if (error.code === 'ENOENT') return {refused: 'pdfinfo and pdftotext are missing: apt-get install poppler-utils'};
    throw error;
  } finally {
    await rm(folder, {recursive: true, force: true});
    if (url) {
      await page.close();
      await testPage.bringToFront();
    }
  }
}

/** The key of an element reference in WebDriver's answers (https://w3c.github.io/webdriver/#elements). */
const WEBDRIVER_ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** The page's elements a test asks about (test/shared/accessibility.ts puts them there). */
const PROBES = 'window.__sfAccessibilityProbes';

/** A session of the DevTools protocol for the page, kept open (Chromium). */
async function protocolOf(page) {
  let protocol = protocolSessions.get(page);
  if (!protocol) protocolSessions.set(page, (protocol = await page.createCDPSession()));
  return protocol;
}

/**
 * What a screen reader is told about each element in `window.__sfAccessibilityProbes`: its role and
 * accessible name as the browser computes them, from the engine's own automation (no script in the page
 * can ask for them). Chromium: the accessibility tree of the DevTools protocol. WebKit: WebDriver's Get
 * Computed Role and Get Computed Label. Firefox: WebDriver BiDi finds nodes by role and name but does not
 * say them, so for each element it says whether it is found by the role and name in `expected`, searched
 * from its parent. Each answer: `{role, name, found}`, role and name null where the engine cannot say them.
 */
async function accessibleNames(session, {expected}) {
  const engine = engineOf(session.browser);
  if (engine === 'webkit') {
    const driver = session.browser.driver;
    const elements = await driver.execute(`return ${PROBES}`);
    const answers = [];
    for (const [i, element] of elements.entries()) {
      const id = element.elementId ?? element[WEBDRIVER_ELEMENT];
      const role = await driver.getElementComputedRole(id);
      const name = await driver.getElementComputedLabel(id);
      answers.push({role, name, found: role === expected[i]?.role && name === expected[i]?.name});
    }
    return answers;
  }
  const page = session.browser.getPage(session.id);
  const answers = [];
  if (engine === 'chromium') {
    const protocol = await protocolOf(page);
    for (const [i] of expected.entries()) {
      // The element as an object of this protocol session: object ids do not cross sessions.
      const {result} = await protocol.send('Runtime.evaluate', {expression: `${PROBES}[${i}]`});
      const {node} = await protocol.send('DOM.describeNode', {objectId: result.objectId});
      const {nodes} = await protocol.send('Accessibility.getPartialAXTree', {backendNodeId: node.backendNodeId, fetchRelatives: false});
      const own = nodes.find((candidate) => candidate.backendDOMNodeId === node.backendNodeId) ?? nodes[0];
      const role = own?.role?.value ?? null;
      const name = own?.name?.value ?? null;
      answers.push({role, name, found: role === expected[i]?.role && name === expected[i]?.name});
    }
    return answers;
  }
  const list = await page.evaluateHandle(PROBES);
  const handles = [...(await list.getProperties()).values()].map((handle) => handle.asElement());
  for (const [i, handle] of handles.entries()) {
    // From its parent, or from the shadow root it is a child of: a search from the host does not enter it.
    const parent = await handle.evaluateHandle((el) => el.parentElement ?? el.getRootNode());
    let found = false;
    for await (const match of parent.queryAXTree(expected[i]?.name, expected[i]?.role)) {
      if (await match.evaluate((el, probe) => el === probe, handle)) found = true;
    }
    answers.push({role: null, name: null, found});
  }
  return answers;
}

/**
 * The page's whole accessibility tree as Chromium hands it to a screen reader (DevTools protocol),
 * simplified: role, name, the properties a reader hears (pressed, selected, level, …; the protocol has no sort state) and children;
 * an ignored node gives its children to its parent. Other engines: refused, said back to the test.
 */
async function accessibilityTree(session) {
  const engine = engineOf(session.browser);
  if (engine !== 'chromium') return {refused: `the accessibility tree is read through the DevTools protocol, not in ${engine}`};
  const protocol = await protocolOf(session.browser.getPage(session.id));
  const {nodes} = await protocol.send('Accessibility.getFullAXTree', {});
  const byId = new Map(nodes.map((node) => [node.nodeId, node]));
  const HEARD = ['pressed', 'selected', 'level', 'expanded', 'checked', 'haspopup', 'focusable', 'hidden', 'live', 'atomic'];
  const simplify = (node) => {
    const children = (node.childIds ?? []).flatMap((id) => (byId.has(id) ? simplify(byId.get(id)) : []));
    if (node.ignored) return children;
    const properties = Object.fromEntries((node.properties ?? []).filter((property) => HEARD.includes(property.name))
      .map((property) => [property.name, property.value?.value]));
    const description = node.description?.value;
    return [{role: node.role?.value ?? '', name: node.name?.value ?? '', ...(description ? {description} : {}), ...properties, children}];
  };
  const root = nodes.find((node) => !node.parentId);
  return {tree: root ? simplify(root) : []};
}

/** The plugin: `executeServerCommand('sf-keys' | 'sf-viewport' | 'sf-media' | 'sf-pdf' | 'sf-accessible-names' | 'sf-accessibility-tree', payload)`. */
export const crossEngineCommands = {
  name: 'cross-engine-commands',
  async executeCommand({command, payload, session}) {
    switch (command) {
      case 'sf-keys': return keys(session, payload);
      case 'sf-viewport': return viewport(session, payload);
      case 'sf-media': return media(session, payload);
      case 'sf-pdf': return pdf(session, payload);

      case 'sf-accessible-names': return accessibleNames(session, payload);
      case 'sf-accessibility-tree': return accessibilityTree(session);
      default: return undefined;
    }
  },
};
