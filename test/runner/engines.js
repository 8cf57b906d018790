// The three browser engines our readers use, as @web/test-runner launchers: Chromium (Chrome, Edge),
// Firefox (Gecko) and WebKit (Safari). Each is found on this machine or reported missing with the
// command that installs it; nothing is downloaded.
import {spawn} from 'node:child_process';
import {existsSync} from 'node:fs';
import {createServer} from 'node:net';
import {fileURLToPath} from 'node:url';
import {chromeLauncher} from '@web/test-runner-chrome';
import {WebdriverLauncher} from '@web/test-runner-webdriver';
import * as puppeteer from 'puppeteer-core';
import {findChrome} from '../../scripts/find-chrome.js';

/** The engines in the order they run and report. */
export const ENGINES = ['chromium', 'firefox', 'webkit'];

const firstExisting = (paths) => paths.find((path) => path && existsSync(path));

const MINI_BROWSER = firstExisting([
  process.env.WEBKIT_MINIBROWSER,
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
]);
const WEBKIT_DRIVER = firstExisting([process.env.WEBKIT_WEBDRIVER, '/usr/bin/WebKitWebDriver']);
const XVFB_RUN = firstExisting(['/usr/bin/xvfb-run']);

/** Where each engine is, or why it is not here and how to get it (Debian/Ubuntu package names). */
export function findEngines() {
  const chrome = findChrome();
  const firefox = firstExisting([process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']);
  // WebKitGTK needs a display even when nobody looks: xvfb-run gives it one, unless there is one already.
  const display = process.env.DISPLAY ? 'display' : XVFB_RUN;
  return {
    chromium: chrome && existsSync(chrome) ? {path: chrome} : {missing: 'apt-get install chromium (or set CHROME_PATH)'},
    firefox: firefox ? {path: firefox} : {missing: 'apt-get install firefox-esr (or set FIREFOX_PATH)'},
    webkit: MINI_BROWSER && WEBKIT_DRIVER && display
      ? {path: MINI_BROWSER, driver: WEBKIT_DRIVER}
      : {missing: 'apt-get install webkit2gtk-driver xvfb'},
  };
}

const CHROMIUM_ARGS = ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--no-first-run', '--disable-sync', '--lang=nl-NL',
  // Test pages run one after another in one window; a page must get animation frames even when the
  // runner's own tab is in the background.
  '--disable-renderer-backgrounding', '--disable-background-timer-throttling', '--disable-backgrounding-occluded-windows'];

// Dutch first, and the same focus rules on every platform: Firefox on some systems skips links and
// buttons on Tab unless told to include every control (accessibility.tabfocus 7), as Safari's
// "Press Tab to highlight each item" does for WebKit.
const FIREFOX_PREFS = {'intl.accept_languages': 'nl-NL, nl', 'intl.locale.requested': 'nl-NL', 'accessibility.tabfocus': 7};

function chromium(path) {
  return chromeLauncher({launchOptions: {executablePath: path, args: CHROMIUM_ARGS}});
}

function firefox(path) {
  return chromeLauncher({puppeteer, launchOptions: {browser: 'firefox', executablePath: path, headless: true, extraPrefsFirefox: FIREFOX_PREFS}});
}

/** A free TCP port on the loopback interface, for the WebKit driver. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForDriver(port, driver) {
  for (let i = 0; i < 100; i++) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver stopped at once (exit code ${driver.exitCode})`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok && (await response.json()).value?.ready) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('WebKitWebDriver did not answer within 10 s');
}

/**
 * WebKitGTK's MiniBrowser, driven by WebKitWebDriver over WebDriver (the engine of Safari). The launcher
 * starts its own driver, under xvfb-run when there is no display, and stops it with the run.
 */
class WebKitLauncher extends WebdriverLauncher {
  constructor(miniBrowser, driverPath) {
    super({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      path: '/',
      logLevel: 'error',
      capabilities: {
        // WebKitWebDriver speaks WebDriver classic; without this, webdriverio asks for BiDi and gets no session.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': {binary: miniBrowser, args: ['--automation']},
      },
    });
    this.driverPath = driverPath;
  }

  async initialize(config, testFiles) {
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
    const port = await freePort();
    this.options.port = port;
    const command = process.env.DISPLAY ? [this.driverPath, `--port=${port}`] : [XVFB_RUN, '-a', this.driverPath, `--port=${port}`];
    // Its own process group, so that stopping it also stops xvfb-run's X server and the browser. The GTK
    // settings in webkit-config/ let the window shrink to a phone's width.
    const env = {...process.env, XDG_CONFIG_HOME: fileURLToPath(new URL('webkit-config', import.meta.url))};
    this.driverProcess = spawn(command[0], command.slice(1), {detached: true, stdio: 'ignore', env});
    await waitForDriver(port, this.driverProcess);
  }

  async stop() {
    await super.stop();
    if (this.driverProcess?.exitCode === null) {
      try {
        process.kill(-this.driverProcess.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  }
}

/** The launcher of one engine found by {@link findEngines}. */
export function launcherFor(engine, found) {
  switch (engine) {
    case 'chromium': return chromium(found.path);
    case 'firefox': return firefox(found.path);
    case 'webkit': return new WebKitLauncher(found.path, found.driver);
    default: throw new Error(`unknown engine ${engine}`);
  }
}

/** The engine a running launcher drives, for commands that differ per engine. */
export function engineOf(launcher) {
  if (launcher instanceof WebKitLauncher) return 'webkit';
  return launcher.name === 'Firefox' ? 'firefox' : 'chromium';
}
