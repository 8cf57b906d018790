// npm run build: the npm modules and .d.ts files with tsc, then the CDN bundle with rollup.
import {execSync} from 'node:child_process';
import {rmSync} from 'node:fs';

const run = (command) => execSync(command, {stdio: 'inherit'});
rmSync('dist', {recursive: true, force: true});
run('npx tsc -p tsconfig.build.json');
run('npx rollup -c rollup.config.js');
// custom-elements.json ships in the package: Storybook, IDEs and linters read it.
run('npm run --silent manifest');
