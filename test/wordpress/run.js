// npm run test:wordpress: the plugin against a real WordPress (Debian's package), in Chromium.
// Sets up the site (test/wordpress/site.sh; in CI .ci/run has started that in the background while the
// other tests ran, and this waits for it), installs the plugin from dist/wordpress/scholingsfactoren.zip
// as an upload would, then runs test/wordpress/plugin.test.js.
// Skipped, with a message, only outside CI on a machine without WordPress; with SF_REQUIRE_ENGINES=all
// (as CI sets) or CI=true a missing WordPress is a failure.
import {spawnSync} from 'node:child_process';
import {existsSync, readFileSync, readdirSync} from 'node:fs';
import {setTimeout as sleep} from 'node:timers/promises';

const ZIP = 'dist/wordpress/scholingsfactoren.zip';
const required = process.env.SF_REQUIRE_ENGINES === 'all' || /^(1|true)$/i.test(process.env.CI ?? '');
const status = process.env.SF_WORDPRESS_SETUP_STATUS;
const log = process.env.SF_WORDPRESS_SETUP_LOG;

function fail(message) {
  console.error(`\nThe WordPress test cannot run: ${message}`);
  process.exit(1);
}

// .ci/run installs and sets up WordPress in the background and writes its exit code to this file.
if (status) {
  console.log('WordPress: waiting for the setup that .ci/run started …');
  const deadline = Date.now() + 20 * 60 * 1000;
  while (!existsSync(status) || readFileSync(status, 'utf8').trim() === '') {
    if (Date.now() > deadline) fail('the background setup of WordPress did not finish in 20 minutes.');
    await sleep(2000);
  }
  if (readFileSync(status, 'utf8').trim() !== '0') {
    if (log && existsSync(log)) console.error(readFileSync(log, 'utf8'));
    fail('the background setup of WordPress failed (its log is above).');
  }
}

if (!existsSync('/usr/share/wordpress/wp-load.php')) {
  const how = 'sudo apt-get install -y wordpress wordpress-l10n wordpress-theme-twentytwentythree mariadb-server apache2 libapache2-mod-php php-mysql php-cli php-codesniffer';
  if (required) fail(`WordPress is not installed. Install it (Debian/Ubuntu): ${how}`);
  console.log(`\nWordPress test SKIPPED: WordPress is not installed here. CI runs it; to run it here (as root):\n  ${how}\n`);
  process.exit(0);
}
if (!existsSync(ZIP)) fail(`${ZIP} is missing: run \`npm run build\` first.`);

const run = (command, args) => {
  const result = spawnSync(command, args, {stdio: 'inherit'});
  if (result.status !== 0) fail(`\`${command} ${args.join(' ')}\` failed.`);
};
if (!status) {
  if (process.getuid?.() !== 0) fail('setting up the test site needs root (services, /etc/wordpress, Apache). Run as root, or in CI.');
  run('test/wordpress/site.sh', []);
}
run('php', ['test/wordpress/install-plugin.php', ZIP]);

// The plugin's PHP as WordPress runs it (from the zip): `php -l` on each file, then phpcs with the
// rules Debian's php-codesniffer has (wordpress/phpcs.xml.dist).
const installed = '/var/lib/wordpress/wp-content/plugins/scholingsfactoren';
for (const path of readdirSync(installed, {recursive: true}).map(String).filter((name) => name.endsWith('.php'))) {
  const lint = spawnSync('php', ['-l', `${installed}/${path}`], {encoding: 'utf8'});
  if (lint.status !== 0) fail(`php -l ${path}:\n${lint.stdout}${lint.stderr}`);
}
console.log('php -l: clean');
if (spawnSync('phpcs', ['--version']).error) {
  if (required) fail('phpcs is not installed (Debian: apt-get install php-codesniffer).');
  console.log('phpcs not installed: the PHP coding standard is not checked here (apt-get install php-codesniffer).');
} else {
  run('phpcs', ['--standard=wordpress/phpcs.xml.dist', '-q']);
  console.log('phpcs (wordpress/phpcs.xml.dist): clean');
}

const result = spawnSync(process.execPath, ['--test', '--test-reporter=spec', 'test/wordpress/plugin.test.js'], {stdio: 'inherit'});
process.exit(result.status ?? 1);
