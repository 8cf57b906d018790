// The command line of `npm run bench -- …`; bench/run.js describes the options at its top.
import {existsSync} from 'node:fs';
import {join, resolve} from 'node:path';

const USAGE = 'Usage: npm run bench -- [--runs N] [--only NAME[,NAME…]] [--list] [--compare DIR-OF-OTHER-dist/cdn]';

/** Exits with the usage line: a typo must not quietly run the whole bench, or the wrong part of it. */
function fail(message) {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

/**
 * `{runs, only, list, compare}` from `argv` (without node and the script) and BENCH_RUNS; `runs` is
 * null unless given: then each case runs its own default number of times.
 */
export function parseOptions(argv, env = process.env) {
  const options = {runs: null, only: [], list: false, compare: null};
  const runsFrom = (text, what) => {
    const runs = Number(text);
    if (!Number.isInteger(runs) || runs < 1) fail(`${what} wants a whole number of runs, not "${text}".`);
    options.runs = runs;
  };
  if (env.BENCH_RUNS !== undefined) runsFrom(env.BENCH_RUNS, 'BENCH_RUNS');
  for (let i = 0; i < argv.length; i++) {
    const [name, inline] = argv[i].split(/=(.*)/s);
    const value = () => inline ?? argv[++i] ?? fail(`${name} needs a value.`);
    switch (name) {
      case '--runs': runsFrom(value(), '--runs'); break;
      case '--only': options.only.push(...value().split(',').map((part) => part.trim()).filter(Boolean)); break;
      case '--list': options.list = true; break;
      case '--compare': {
        const dir = resolve(value());
        if (!existsSync(join(dir, 'scholingsfactoren.js'))) fail(`--compare ${dir}: no scholingsfactoren.js there; give the other build's dist/cdn.`);
        options.compare = dir;
        break;
      }
      default: fail(`Unknown option "${argv[i]}".`);
    }
  }
  return options;
}
