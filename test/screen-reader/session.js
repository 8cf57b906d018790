// One walk of the CMS page with Orca, in one browser, inside the virtual display and D-Bus session that
// run.js starts (xvfb-run and dbus-run-session). Orca speaks through speech-dispatcher into a file instead
// of a sound card; between the steps this script writes a marker into the same file, so each step's
// speech can be told apart. Usage: node session.js <chromium|firefox> <url> <folder for its files>
// Exit code 0: the walk is in <folder>/<browser>-steps.json; 3: the session did not get ready (Orca, the
// browser or the page did not start: run.js tries once more); 1: anything else.
//
// The recipe (the project's shared/SCREEN-READER.md), in short: the accessibility bus on, speech-dispatcher
// with a module that appends what it is asked to say to a file, Orca with settings of its own, the
// browser, xdotool for the keys. Every process started here is stopped here, by its id.
import {spawn, spawnSync} from 'node:child_process';
import {appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {WALK} from './walk.js';

const [browser, url, folder] = process.argv.slice(2);
const SPEECH = join(folder, `${browser}-speech.txt`);
const STEPS = join(folder, `${browser}-steps.json`);
// HOME, the settings and the browser's profile: scratch, outside the repository, removed at the end.
const home = mkdtempSync(join(tmpdir(), `sf-screen-reader-${browser}-`));
mkdirSync(join(home, 'run'), {recursive: true, mode: 0o700});
writeFileSync(SPEECH, '');
const env = {...process.env, HOME: home, XDG_RUNTIME_DIR: join(home, 'run'), XDG_CONFIG_HOME: join(home, '.config'), LANG: 'C.UTF-8'};

const began = Date.now();
const timings = [];
const timing = (name) => timings.push(`${name} ${((Date.now() - began) / 1000).toFixed(1)} s`);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const run = (command, args) => spawnSync(command, args, {env, encoding: 'utf8'});

/** The processes started here, the last first: each is stopped by its id. */
const started = [];
function start(command, args, extra = {}) {
  const child = spawn(command, args, {env: {...env, ...extra}, stdio: 'ignore'});
  child.on('error', () => {}); // a missing command shows as a step that never gets ready
  started.unshift(child);
  return child;
}
const running = (child) => child.exitCode === null && child.signalCode === null;
/** speech-dispatcher forks into the background: its id is in its pid file. */
function speechDispatcherId() {
  try {
    return Number(readFileSync(join(home, 'speech-dispatcher.pid'), 'utf8')) || undefined;
  } catch {
    return undefined;
  }
}
function signal(id, name) {
  try {
    process.kill(id, name);
  } catch {
    // already stopped
  }
}
/**
 * Stops everything: Orca at once (it would start a speech-dispatcher of its own when its one goes away),
 * the others politely, and whatever is still running after 5 s by force.
 */
async function stopAll() {
  for (const child of started) if (running(child)) child.kill(child === orca ? 'SIGKILL' : 'SIGTERM');
  const speechDispatcher = speechDispatcherId();
  if (speechDispatcher) signal(speechDispatcher, 'SIGTERM');
  const end = Date.now() + 5000;
  while (started.some(running) && Date.now() < end) await sleep(100);
  for (const child of started) if (running(child)) child.kill('SIGKILL');
  if (speechDispatcher) signal(speechDispatcher, 'SIGKILL');
  rmSync(home, {recursive: true, force: true, maxRetries: 5});
}
// Should this script end another way, nothing it started stays.
process.on('exit', () => {
  for (const child of started) if (running(child)) child.kill('SIGKILL');
  const speechDispatcher = speechDispatcherId();
  if (speechDispatcher) signal(speechDispatcher, 'SIGKILL');
});

/** The session is not ready within its time: run.js may try again, in a new display and D-Bus session. */
class NotReady extends Error {}

/** Waits until `condition` holds, checking every 100 ms, for at most `timeout` ms. */
async function until(condition, what, timeout) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = condition();
    if (value) return value;
    if (Date.now() > end) throw new NotReady(`${browser}: no ${what} within ${timeout / 1000} s`);
    await sleep(100);
  }
}

const spokenSize = () => statSync(SPEECH).size;
/** What was said since the speech file had `size` bytes, line by line (bytes, not characters: "—" and "’" take three). */
const saidSince = (size) => readFileSync(SPEECH).subarray(size).toString('utf8').split('\n');

/** Waits until Orca has said something after the speech file had `size` bytes (at most `timeout` ms: a key may say nothing). */
async function spoken(size, timeout = 4000) {
  const end = Date.now() + timeout;
  while (spokenSize() === size && Date.now() < end) await sleep(50);
}

/** Waits until a line said since the speech file had `size` bytes matches `pattern` (at most `timeout` ms). */
async function said(pattern, size, timeout = 8000) {
  const end = Date.now() + timeout;
  while (!saidSince(size).some((line) => pattern.test(line)) && Date.now() < end) await sleep(100);
}

/** Waits until nothing has been said for `quiet` ms (at most 10 s). */
async function silence(quiet) {
  const end = Date.now() + 10000;
  let size = spokenSize();
  let since = Date.now();
  while (Date.now() < end) {
    await sleep(50);
    const now = spokenSize();
    if (now !== size) {
      size = now;
      since = Date.now();
    } else if (Date.now() - since >= quiet) {
      return;
    }
  }
}

/** speech-dispatcher with no sound: a generic module that appends each text it is to say to SPEECH, one line each. */
function startSpeech() {
  const config = join(home, '.config', 'speech-dispatcher');
  mkdirSync(join(config, 'modules'), {recursive: true});
  writeFileSync(join(home, '.libao'), 'default_driver=null\n');
  writeFileSync(join(config, 'speechd.conf'),
    'AudioOutputMethod "libao"\nAddModule "filelog" "sd_generic" "filelog.conf"\nDefaultModule "filelog"\nLanguageDefaultModule "nl" "filelog"\n');
  // Each text whole on one line (no chunks at full stops: a long announcement must show as long), in UTF-8.
  writeFileSync(join(config, 'modules', 'filelog.conf'), [
    `GenericExecuteSynth "printf '%s\\\\n' \\'$DATA\\' | tr -d '\\\\r' | paste -s -d ' ' >> ${SPEECH}"`,
    'GenericDelimiters ""', 'GenericMaxChunkLength 1000000',
    'GenericLanguage "en" "en" "utf-8"', 'GenericLanguage "nl" "nl" "utf-8"',
    'AddVoice "en" "MALE1" "en"', 'AddVoice "nl" "MALE1" "nl"', ''].join('\n'));
  start('speech-dispatcher', ['--spawn', '--timeout', '0', '--pid-file', join(home, 'speech-dispatcher.pid')]);
}

/**
 * Orca with settings of its own: no echo of the keys pressed, nothing read by itself when a page loads.
 * Orca refuses to start while another Orca of the same user runs anywhere on the machine (and --replace
 * would kill that one): run.js may walk both browsers at once, and another checkout may run this test
 * too, each in a display and session of its own. So this runs Orca's own launcher without that one check.
 */
function startOrca() {
  const settings = join(home, 'orca');
  mkdirSync(settings, {recursive: true});
  const quietOrca = {enableKeyEcho: false, enableEchoByCharacter: false, enableEchoByWord: false, enableEchoBySentence: false,
    sayAllOnLoad: false, pageSummaryOnLoad: false, enableTutorialMessages: false};
  writeFileSync(join(settings, 'user-settings.conf'), JSON.stringify({
    general: quietOrca, keybindings: {}, pronunciations: {},
    profiles: {default: {profile: ['Default', 'default'], ...quietOrca}},
  }));
  const launcher = readFileSync('/usr/bin/orca', 'utf8');
  if (!launcher.includes('    if otherOrcas():')) throw new Error('/usr/bin/orca has changed: see startOrca() in session.js');
  const argv = ['orca', '-u', settings, ...(process.env.SF_ORCA_DEBUG ? ['--debug-file', join(folder, `${browser}-orca.log`)] : [])];
  return start('/usr/bin/python3', ['-c', `import sys\nsys.argv = ${JSON.stringify(argv)}\n`
    + `source = open('/usr/bin/orca').read().replace('    if otherOrcas():', '    if False:')\nexec(compile(source, '/usr/bin/orca', 'exec'))`]);
}

/** The browser, with a profile of its own and nothing of its own to say (no first-run pages, no translation offer). */
function startBrowser() {
  const profile = join(home, 'profile');
  if (browser === 'chromium') {
    mkdirSync(join(profile, 'Default'), {recursive: true});
    writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify({translate: {enabled: false}, browser: {has_seen_welcome_page: true}}));
    start(process.env.CHROME_PATH ?? 'chromium', ['--no-sandbox', '--force-renderer-accessibility', `--user-data-dir=${profile}`,
      '--no-first-run', '--no-default-browser-check', '--disable-features=Translate,TranslateUI', '--disable-crash-reporter',
      '--window-size=1280,1000', '--window-position=0,0', url]);
    return;
  }
  mkdirSync(profile, {recursive: true});
  writeFileSync(join(profile, 'user.js'), [
    ['browser.shell.checkDefaultBrowser', false], ['browser.startup.homepage_override.mstone', '"ignore"'],
    ['datareporting.policy.dataSubmissionEnabled', false], ['datareporting.policy.firstRunURL', '""'],
    ['toolkit.telemetry.reportingpolicy.firstRun', false], ['browser.aboutwelcome.enabled', false],
    ['browser.translations.automaticallyPopup', false], ['app.update.disabledForTesting', true],
    ['browser.sessionstore.resume_from_crash', false], ['browser.tabs.warnOnClose', false],
    ['browser.startup.homepage_welcome_url', '""'], ['browser.startup.homepage_welcome_url.additional', '""'],
    ['startup.homepage_welcome_url', '""'], ['startup.homepage_welcome_url.additional', '""'],
    ['browser.startup.firstrunSkipsHomepage', true], ['browser.newtabpage.enabled', false], ['trailhead.firstrun.didSeeAboutWelcome', true],
  ].map(([name, value]) => `user_pref("${name}", ${value});`).join('\n'));
  start(process.env.FIREFOX_PATH ?? 'firefox-esr', ['--no-remote', '--profile', profile, url], {GNOME_ACCESSIBILITY: '1'});
}

/** Presses keys as a person does: a key or chord, or `type:` text, a character at a time. */
function press(key) {
  if (key.startsWith('type:')) run('xdotool', ['type', '--delay', '120', key.slice(5)]);
  else run('xdotool', ['key', '--clearmodifiers', key]);
}

let orca;
/** Everything up to the page read out once: what may go wrong here is the machine's, not the page's. */
async function getReady() {
  run('gsettings', ['set', 'org.gnome.desktop.interface', 'toolkit-accessibility', 'true']);
  run('gsettings', ['set', 'org.gnome.desktop.a11y.applications', 'screen-reader-enabled', 'true']);
  start('/usr/libexec/at-spi-bus-launcher', ['--launch-immediately']);
  await until(() => run('gdbus', ['call', '--session', '--dest', 'org.a11y.Bus', '--object-path', '/org/a11y/bus', '--method',
    'org.freedesktop.DBus.Properties.Set', 'org.a11y.Status', 'IsEnabled', '<true>']).status === 0, 'accessibility bus', 10000);
  startSpeech();
  orca = startOrca();
  await until(() => readFileSync(SPEECH, 'utf8').includes('Screen reader on'), 'word from Orca', 20000);
  timing('Orca');
  startBrowser();
  // ready.js adds "(klaar)" to the title once every element has rendered.
  const window = await until(() => run('xdotool', ['search', '--onlyvisible', '--name', '\\(klaar\\)']).stdout.trim().split('\n').filter(Boolean).pop(),
    'browser window with the page rendered', 45000);
  timing('page');
  run('xdotool', ['windowfocus', '--sync', window]);
  // A click on the page's title (cms-page.css makes it tall) gives the document the keyboard: Firefox's
  // window does not take it otherwise.
  run('xdotool', ['mousemove', '--window', window, '60', '170', 'click', '1']);
  await silence(1000);
  // Orca knows the page once it reads its title on Ctrl+Home (the top, where the walk starts): it may
  // take a while to hear of a new document, so ask again every 2 s.
  const end = Date.now() + 30000;
  for (;;) {
    const size = spokenSize();
    press('Control+Home');
    await said(/^Wat helpt lageropgeleiden/, size, 2000);
    if (saidSince(size).some((line) => line.startsWith('Wat helpt lageropgeleiden'))) break;
    if (Date.now() > end) throw new NotReady(`${browser}: Orca did not read the page within 30 s`);
  }
  await silence(1000);
  timing('page read');
}

/** The walk (walk.js): each step's keys, each once Orca has answered the last, until nothing is said for the step's `quiet` ms. */
async function walk() {
  const steps = [];
  appendFileSync(SPEECH, '=== start\n');
  for (const [i, step] of WALK.entries()) {
    appendFileSync(SPEECH, `=== ${i}\n`);
    const from = spokenSize();
    for (const key of step.keys) {
      const size = spokenSize();
      press(key);
      await spoken(size);
      await silence(250);
    }
    // A step that changes the table waits for the table's words (600 ms after the change).
    if (step.until) await said(step.until, from);
    await silence(step.quiet ?? 600);
    steps.push({what: step.what, keys: step.keys});
  }
  appendFileSync(SPEECH, '=== end\n');
  timing('walk');

  // What was said per step, from the markers.
  const heard = steps.map(() => []);
  let at = -1;
  for (const line of readFileSync(SPEECH, 'utf8').split('\n')) {
    const marker = /^=== (\d+|start|end)$/.exec(line);
    if (marker) at = /^\d+$/.test(marker[1]) ? Number(marker[1]) : -1;
    else if (at >= 0 && line.trim() !== '') heard[at].push(line.trim());
  }
  return steps.map((step, i) => ({...step, said: heard[i]}));
}

let code = 0;
try {
  await getReady();
  writeFileSync(STEPS, JSON.stringify(await walk(), null, 2));
} catch (error) {
  process.stderr.write(`${error instanceof NotReady ? 'Not ready' : 'Error'}: ${error.message ?? error}\n`);
  code = error instanceof NotReady ? 3 : 1;
}
process.stderr.write(`timing: ${timings.join(', ')}\n`);
await stopAll();
process.exit(code);
