// Injected into the web-worker test bundle: assert and util look up `process`, which a worker lacks.
export const process = {
  env: {},
  version: '',
  versions: {},
  platform: 'browser',
  browser: true,
  argv: [],
  cwd: () => '/',
  nextTick: (fn, ...args) => Promise.resolve().then(() => fn(...args)),
};
