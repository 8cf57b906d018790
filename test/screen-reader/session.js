// One walk of the CMS page with Orca, in one browser, inside the virtual display and D-Bus session that
// run.js starts (xvfb-run and dbus-run-session). Orca speaks through speech-dispatcher into a file instead
// of a sound card; between the steps this script writes a marker into the same file, so each step's
// speech can be told apart. Usage: node session.js <chromium|firefox> <url> <folder for its files>
//
// The recipe: ../../../shared/SCREEN-READER.md, in short: the accessibility bus on, speech-dispatcher with
// a module that appends what it is asked to say to a file, Orca with settings of its own, the browser,
// xdotool for the keys. Every process started here is stopped here, by its id.
import {spawn, spawnSync} from 'node:child_process';
import {appendFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {WALK} from './walk.js';

const [browser, url, folder] = process.argv.slice(2);
const SPEECH = join(folder, `${browser}-speech.txt`);
const STEPS = join(folder, `${browser}-steps.json`);
const home = join(folder, `${browser}-home`);
rmSync(home, {recursive: true, force: true});
mkdirSync(join(home, 'run'), {recursive: true, mode: 0o700});
writeFileSync(SPEECH, '');
const env = {...process.env, HOME: home, XDG_RUNTIME_DIR: join(home, 'run'), XDG_CONFIG_HOME: join(home, '.config'), LANG: 'C.UTF-8', NO_AT_BRIDGE: '0'};

const started = [];
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const run = (command, args) => spawnSync(command, args, {env, encoding: 'utf8'});
function start(command, args, extra = {}) {
  const child = spawn(command, args, {env: {...env, ...extra}, stdio: 'ignore'});
  started.push(child);
  return child;
}
function stopAll() {
  for (const child of started.reverse()) if (child.exitCode === null) child.kill('SIGTERM');
  const pidFile = join(home, 'speech-dispatcher.pid');
  if (existsSync(pidFile)) {
    try {
      process.kill(Number(readFileSync(pidFile, 'utf8')), 'SIGTERM');
    } catch {
      // already stopped
    }
  }
}
process.on('exit', stopAll);

/** Waits until `condition` holds, checking every 100 ms, for at most `timeout` ms. */
async function until(condition, what, timeout = 30000) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = condition();
    if (value) return value;
    if (Date.now() > end) throw new Error(`${browser}: no ${what} within ${timeout / 1000} s`);
    await sleep(100);
  }
}

/** Waits until Orca has said something after the speech file had `size` bytes (at most 8 s: a key may say nothing). */
async function spoken(size) {
  const end = Date.now() + 8000;
  while (statSync(SPEECH).size === size && Date.now() < end) await sleep(50);
}

/** Waits until a line said since the speech file had `size` bytes matches `pattern` (at most 10 s). */
async function said(pattern, size) {
  const end = Date.now() + 10000;
  const since = () => readFileSync(SPEECH, 'utf8').slice(size).split('\n');
  while (!since().some((line) => pattern.test(line)) && Date.now() < end) await sleep(100);
}

/** Waits until nothing has been said for `quiet` ms (at least `atLeast` ms after now, at most 10 s). */
async function silence(quiet, atLeast = 300) {
  const begin = Date.now();
  let size = statSync(SPEECH).size;
  let since = Date.now();
  while (Date.now() - begin < 10000) {
    await sleep(50);
    const now = statSync(SPEECH).size;
    if (now !== size) {
      size = now;
      since = Date.now();
    } else if (Date.now() - since >= quiet && Date.now() - begin >= atLeast) {
      return;
    }
  }
}

// The accessibility bus, on.
run('gsettings', ['set', 'org.gnome.desktop.interface', 'toolkit-accessibility', 'true']);
run('gsettings', ['set', 'org.gnome.desktop.a11y.applications', 'screen-reader-enabled', 'true']);
start('/usr/libexec/at-spi-bus-launcher', ['--launch-immediately']);
await until(() => run('gdbus', ['call', '--session', '--dest', 'org.a11y.Bus', '--object-path', '/org/a11y/bus', '--method',
  'org.freedesktop.DBus.Properties.Set', 'org.a11y.Status', 'IsEnabled', '<true>']).status === 0, 'accessibility bus');

// speech-dispatcher with no sound: a generic module that appends each text it is to say to SPEECH.
mkdirSync(join(home, '.config', 'speech-dispatcher', 'modules'), {recursive: true});
writeFileSync(join(home, '.libao'), 'default_driver=null\n');
writeFileSync(join(home, '.config', 'speech-dispatcher', 'speechd.conf'),
  'AudioOutputMethod "libao"\nAddModule "filelog" "sd_generic" "filelog.conf"\nDefaultModule "filelog"\nLanguageDefaultModule "nl" "filelog"\n');
writeFileSync(join(home, '.config', 'speech-dispatcher', 'modules', 'filelog.conf'),
  `GenericExecuteSynth "printf '%s\\\\n' \\'$DATA\\' >> ${SPEECH}"\nAddVoice "en" "MALE1" "en"\nAddVoice "nl" "MALE1" "nl"\n`);
start('speech-dispatcher', ['-s', '-t', '0', '-P', join(home, 'speech-dispatcher.pid')]);

// Orca, with settings of its own: no echo of the keys pressed, nothing read on its own when a page loads.
const settings = join(home, 'orca');
mkdirSync(settings, {recursive: true});
const quietOrca = {enableKeyEcho: false, enableEchoByCharacter: false, enableEchoByWord: false, enableEchoBySentence: false,
  sayAllOnLoad: false, pageSummaryOnLoad: false, enableTutorialMessages: false};
writeFileSync(join(settings, 'user-settings.conf'), JSON.stringify({
  general: quietOrca, keybindings: {}, pronunciations: {},
  profiles: {default: {profile: ['Default', 'default'], ...quietOrca}},
}));
// Orca refuses to start while another Orca of the same user runs anywhere on the machine (and --replace
// would kill it): run.js walks both browsers at once, each in a session of its own, so this starts Orca's
// own launcher without that one check.
const ORCA = readFileSync('/usr/bin/orca', 'utf8');
if (!ORCA.includes('    if otherOrcas():')) throw new Error('/usr/bin/orca has changed: see session.js');
start(process.env.SF_PYTHON ?? '/usr/bin/python3', ['-c', `import sys\nsys.argv = ${JSON.stringify(['orca', '-u', settings,
  ...(process.env.SF_ORCA_DEBUG ? ['--debug-file', join(folder, `${browser}-orca.log`)] : [])])}\n`
  + `source = open('/usr/bin/orca').read().replace('    if otherOrcas():', '    if False:')\nexec(compile(source, '/usr/bin/orca', 'exec'))`]);
await until(() => readFileSync(SPEECH, 'utf8').includes('Screen reader on'), 'Orca');

// The browser, with a profile of its own.
const profile = join(home, 'profile');
mkdirSync(profile, {recursive: true});
if (browser === 'chromium') {
  start(process.env.CHROME_PATH ?? 'chromium', ['--no-sandbox', '--force-renderer-accessibility', `--user-data-dir=${profile}`, '--no-first-run',
    '--no-default-browser-check', '--disable-features=Translate', '--window-size=1280,1000', '--window-position=0,0', url]);
} else {
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
const window = await until(() => run('xdotool', ['search', '--onlyvisible', '--name', '(klaar)']).stdout.trim().split('\n').filter(Boolean).pop(),
  'browser window with the page rendered', 60000);
run('xdotool', ['windowfocus', '--sync', window]);
// A click on the page's title (cms-page.css makes it tall) gives the document the keyboard: Firefox's
// window does not take it otherwise.
run('xdotool', ['mousemove', '--window', window, '60', '170', 'click', '1']);
// Orca reads the page's title and first lines when it has loaded, in Firefox also the click's target.
await said(/\(klaar\)|^Wat helpt/, 0);
await silence(2000, 1000);

/** Presses keys as a person does: each key or chord, or `type:` text, a character at a time. */
function press(key) {
  if (key.startsWith('type:')) run('xdotool', ['type', '--delay', '120', key.slice(5)]);
  else run('xdotool', ['key', '--clearmodifiers', key]);
}

// The walk (walk.js): each step's keys, and until nothing has been said for its `quiet` ms.
const steps = [];
appendFileSync(SPEECH, '=== start\n');
for (const [i, step] of WALK.entries()) {
  appendFileSync(SPEECH, `=== ${i}\n`);
  const start = statSync(SPEECH).size;
  // Each key once Orca has answered the last one: on a busy machine it speaks seconds late.
  for (const key of step.keys) {
    const size = statSync(SPEECH).size;
    press(key);
    await spoken(size);
    await silence(300, 0);
  }
  // A step that changes the table waits for the table's words (600 ms after the change), the others for silence.
  if (step.until) await said(step.until, start);
  await silence(step.quiet ?? 700);
  steps.push({what: step.what, keys: step.keys});
}
appendFileSync(SPEECH, '=== end\n');

// What was said per step, from the markers.
const lines = readFileSync(SPEECH, 'utf8').split('\n');
const heard = steps.map(() => []);
let at = -1;
for (const line of lines) {
  const marker = /^=== (\d+|start|end)$/.exec(line);
  if (marker) {
    at = /^\d+$/.test(marker[1]) ? Number(marker[1]) : -1;
  } else if (at >= 0 && line.trim() !== '') {
    heard[at].push(line.trim());
  }
}
writeFileSync(STEPS, JSON.stringify(steps.map((step, i) => ({...step, said: heard[i]})), null, 2));
stopAll();
process.exit(0);
