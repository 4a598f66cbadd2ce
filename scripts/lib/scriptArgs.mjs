// The command line of the eval scripts (npm run eval, eval:import, eval:corpus, eval:ledger), read
// one way: flags, options with a value, and the folders beside the checkout.

/** The repository's root folder; the read-only folder beside the checkout that holds fixtures and corpus (`../shared`, or POLICY_LENS_SHARED_DIR). */
export { ROOT as root, SHARED_DIR as shared } from './env.mjs';

/** This process's arguments: `has('--json')`, `values('--file')` (every value of a repeatable option), `value('--dir', fallback)`. */
export function scriptArgs(argv = process.argv.slice(2)) {
  const values = flag => argv.flatMap((a, i) => (a === flag && i + 1 < argv.length ? [argv[i + 1]] : []));
  return {
    argv,
    has: flag => argv.includes(flag),
    values,
    value: (flag, fallback) => values(flag)[0] ?? fallback,
  };
}
