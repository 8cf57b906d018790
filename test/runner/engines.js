// The three browser engines our readers use, as @web/test-runner launchers: Chromium (Chrome, Edge),
// Firefox (Gecko) and WebKit (Safari). Each is found on this machine or reported missing with the
// command that installs it; nothing is downloaded.
import {execFile, spawn, spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {createServer} from 'node:net';
import {tmpdir} from 'node:os';
import {fileURLToPath} from 'node:url';
import {promisify} from 'node:util';
import {chromeLauncher} from '@web/test-runner-chrome';
import {WebdriverLauncher} from '@web/test-runner-webdriver';
import * as puppeteer from 'puppeteer-core';
import {findChrome} from '../../scripts/find-chrome.js';
import {tolerateUnknownViewportCommands} from './firefox-bidi.js';

/** The engines in the order they run and report. */
export const ENGINES = ['chromium', 'firefox', 'webkit'];

const run = promisify(execFile);
const firstExisting = (paths) => paths.find((path) => path && existsSync(path));

const MINI_BROWSER = firstExisting([
  process.env.WEBKIT_MINIBROWSER,
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
]);
const WEBKIT_DRIVER = firstExisting([process.env.WEBKIT_WEBDRIVER, '/usr/bin/WebKitWebDriver']);
const XVFB = firstExisting(['/usr/bin/Xvfb']);
const XDOTOOL = firstExisting(['/usr/bin/xdotool']);

/** Where each engine is, or why it is not here and how to get it (Debian/Ubuntu package names). */
export function findEngines() {
  const chrome = findChrome();
  const firefox = firstExisting([process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']);
  // WebKitGTK needs a display even when nobody looks: Xvfb gives it one, unless there is one already.
  // xdotool gives the window its focus back after a resize (without a window manager it loses it).
  const display = process.env.DISPLAY || XVFB;
  return {
    chromium: chrome && existsSync(chrome) ? {path: chrome} : {missing: 'apt-get install chromium (or set CHROME_PATH)'},
    firefox: firefox ? {path: firefox} : {missing: 'apt-get install firefox-esr (or set FIREFOX_PATH)'},
    webkit: MINI_BROWSER && WEBKIT_DRIVER && display && XDOTOOL
      ? {path: MINI_BROWSER, driver: WEBKIT_DRIVER}
      : {missing: 'apt-get install webkit2gtk-driver xvfb xdotool'},
  };
}

const CHROMIUM_ARGS = ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--no-first-run', '--disable-sync', '--lang=nl-NL',
  // Test pages run one after another in one window; a page must get animation frames even when the
  // runner's own tab is in the background.
  '--disable-renderer-backgrounding', '--disable-background-timer-throttling', '--disable-backgrounding-occluded-windows'];

// Dutch first; every control on Tab, as on a system set to full keyboard access (accessibility.tabfocus 7);
// and downloads (the CSV and RIS buttons) saved quietly to a temporary folder: the downloads panel
// would otherwise open and take the keyboard focus from the page for the rest of the run.
const FIREFOX_PREFS = {
  'intl.accept_languages': 'nl-NL, nl', 'intl.locale.requested': 'nl-NL', 'accessibility.tabfocus': 7,
  'browser.download.folderList': 2, 'browser.download.dir': tmpdir(), 'browser.download.useDownloadDir': true,
  'browser.download.alwaysOpenPanel': false, 'browser.download.always_ask_before_handling_new_types': false,
};

function chromium(path) {
  return chromeLauncher({launchOptions: {executablePath: path, args: CHROMIUM_ARGS}});
}

function firefox(path) {
  return chromeLauncher({
    puppeteer,
    launchOptions: {browser: 'firefox', executablePath: path, headless: true, extraPrefsFirefox: FIREFOX_PREFS},
    createPage: async ({context}) => tolerateUnknownViewportCommands(await context.newPage()),
  });
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

/** Starts a virtual X display (Xvfb picks a free number and tells it on a pipe); resolves to its name and process. */
function startXvfb() {
  return new Promise((resolve, reject) => {
    const server = spawn(XVFB, ['-displayfd', '3', '-screen', '0', '1920x1200x24', '-nolisten', 'tcp'], {detached: true, stdio: ['ignore', 'ignore', 'ignore', 'pipe']});
    server.once('error', reject);
    server.once('exit', (code) => reject(new Error(`Xvfb stopped at once (exit code ${code})`)));
    let written = '';
    server.stdio[3].on('data', (chunk) => {
      written += chunk;
      if (written.includes('\n')) resolve({display: `:${written.trim()}`, server});
    });
  });
}

const stopGroup = (child) => {
  if (child?.exitCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // already gone
  }
};

/**
 * WebKitGTK's MiniBrowser, driven by WebKitWebDriver over WebDriver (the engine of Safari). The launcher
 * starts its own driver, on a virtual display when there is none, and stops both with the run.
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
    if (process.env.DISPLAY) {
      this.display = process.env.DISPLAY;
    } else {
      ({display: this.display, server: this.xvfb} = await startXvfb());
    }
    const port = await freePort();
    this.options.port = port;
    // The GTK settings in webkit-config/ let the window shrink to a phone's width.
    const env = {...process.env, DISPLAY: this.display, XDG_CONFIG_HOME: fileURLToPath(new URL('webkit-config', import.meta.url))};
    // A process group of its own, so that stopping it also stops the browser it started.
    this.driverProcess = spawn(this.driverPath, [`--port=${port}`], {detached: true, stdio: 'ignore', env});
    await waitForDriver(port, this.driverProcess);
  }

  /**
   * Gives the browser window the keyboard focus again. Without a window manager a resized window loses
   * it, and then `:focus-visible` never matches and `document.hasFocus()` is false.
   */
  async refocusWindow() {
    const env = {...process.env, DISPLAY: this.display};
    const {stdout} = await run(XDOTOOL, ['search', '--onlyvisible', '--class', 'MiniBrowser'], {env});
    for (const id of stdout.trim().split('\n').filter(Boolean)) await run(XDOTOOL, ['windowfocus', '--sync', id], {env});
  }

  async stop() {
    await super.stop();
    stopGroup(this.driverProcess);
    stopGroup(this.xvfb);
  }
}

/**
 * The engine's version (`Chromium 156.0…`, `Mozilla Firefox 140.12.0esr`, `WebKitGTK 2.50.6…`), for the
 * run's log: apt updates each engine on its own schedule. Neither WebKitWebDriver nor the MiniBrowser
 * says its version without a display, so WebKit's is that of the Debian package holding the MiniBrowser.
 */
export function engineVersion(engine, found) {
  const say = (command, args) => `${spawnSync(command, args, {encoding: 'utf8', timeout: 20000}).stdout ?? ''}`.trim();
  if (engine !== 'webkit') return say(found.path, ['--version']).split('\n').pop() || 'version unknown';
  const owner = say('dpkg-query', ['-S', found.path]).split(':')[0];
  const version = owner && say('dpkg-query', ['-W', '-f=${Version}', owner]);
  return version ? `WebKitGTK ${version}` : 'WebKitGTK, version unknown';
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
