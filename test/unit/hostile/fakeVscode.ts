// Import first. The shared fake `vscode` (../fakes/vscode.ts, which `import 'vscode'` resolves to)
// grown by what the extension's message builders also touch: l10n.t (English, with VS Code's {n}
// placeholders), the display language, a settings store a test fills, and the status enums.
// The shared module itself is grown, not replaced: Node resolves `vscode` once per folder, so every
// module of src/extension gets the same one. Only modules loaded after this see the additions.
import '../fakes/installFakeVscode';

/** What `getConfiguration('policyLens', …).get(key)` returns: a test sets and clears values here. */
export const settings = new Map<string, unknown>();

enum LanguageStatusSeverity { Information = 0, Warning = 1, Error = 2 }

const additions = {
  /** vscode.l10n.t without a bundle: the English key with {0}, {1}… replaced, as VS Code does. */
  l10n: {
    t(message: string, ...args: Array<string | number | boolean>): string {
      return message.replace(/\{(\d+)\}/g, (whole, n: string) => (Number(n) < args.length ? String(args[Number(n)]) : whole));
    },
  },
  env: { language: 'en' },
  LanguageStatusSeverity,
};

// eslint-disable-next-line @typescript-eslint/no-require-imports
const shared = require('../fakes/vscode') as Record<string, unknown> & { workspace: Record<string, unknown> };
for (const [key, value] of Object.entries(additions)) { if (!(key in shared)) { shared[key] = value; } }
shared.workspace.isTrusted = true;
shared.workspace.getConfiguration = (section: string) => ({
  get: <T>(key: string): T | undefined => settings.get(`${section}.${key}`) as T | undefined,
});
