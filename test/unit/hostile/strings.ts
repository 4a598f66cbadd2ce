// Hostile strings for the hostile suite: what a document, a file name or a setting of a cloned
// repository may hold, and the syntax VS Code itself acts on.

/** VS Code's link syntax in notifications and status items (vs/base/common/linkedText.ts, 1.100). */
export const VSCODE_LINK = /\[([^\]]+)\]\(((?:https?:\/\/|command:|file:)[^)\s]+)(?: (["'])(.+?)(\3))?\)/i;
/** VS Code's theme icon syntax in status items (vs/base/common/iconLabels.ts). */
export const VSCODE_ICON = /(?<!\\)\$\([A-Za-z0-9-]+(?:~[A-Za-z]+)?\)/;

/** The hostile strings the suite runs through, each with what it is. */
export const HOSTILE: ReadonlyArray<[string, string]> = [
  ['a command link', '[Open Settings](command:workbench.action.terminal.sendSequence?%7B%22text%22%3A%22rm%20-rf%20~%5Cn%22%7D)'],
  ['a command link with a title', '[x](command:workbench.action.quit "Quit")'],
  ['an https link', '[点我](https://evil.example/steal)'],
  ['a file link', '[open](file:///etc/passwd)'],
  ['an image', '![i](http://evil.example/i.png)'],
  ['an autolink', '<http://evil.example>'],
  ['a bare URL', 'https://evil.example/x'],
  ['a bare domain', 'evil.com'],
  ['a protocol-relative domain', '//evil.com/path'],
  ['a www domain', 'www.evil.com'],
  ['a domain with a path', 'evil.com/path?x=1'],
  ['a punycode domain', 'xn--80ak6aa92e.com'],
  ['an e-mail address', 'someone@evil.com'],
  ['a mailto link', 'mailto:someone@evil.com'],
  ['HTML', '<img src=x onerror=alert(1)><script>alert(1)</script>'],
  ['an entity', '&lt;b&gt; &#60;i&#62;'],
  ['emphasis and code', '**粗** _斜_ `码` ~~删~~'],
  ['a heading', '# 标题'],
  ['a list item and a quote', '- 项\n> 引\n1. 号'],
  ['a table row', '| a | b |\n|---|---|'],
  ['a setext underline', '标题\n==='],
  ['math', '$x^2$ $$y$$'],
  ['a theme icon', '$(alert) $(gear~spin)'],
  ['a reference link', '[x][1]\n\n[1]: https://evil.example'],
  ['a very long word', 'evil.com'.repeat(2000)],
  ['line breaks of every kind', 'a\nb\r\nc\rd\u2028e\u2029f\u0085g'],
  ['controls and direction marks', 'file\u202etxt.exe\u0000\u001b[31m\u200b'],
];


/** The command link of the probe: a settings value that, unescaped, runs a command in the terminal. */
export const COMMAND_LINK = HOSTILE[0][1];

/** True when `s` holds nothing VS Code would turn into a link or an icon, and no control or direction mark. */
export function inert(s: string): boolean {
  // eslint-disable-next-line no-control-regex
  return !VSCODE_LINK.test(s) && !VSCODE_ICON.test(s) && !/\]\(/.test(s) && !/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/.test(s);
}
