// The few parts of the `vscode` API the analysis cache touches, so it runs under plain mocha.
// installFakeVscode.ts routes `import 'vscode'` here.

type Listener<T> = (e: T) => unknown;

export class Disposable {
  constructor(private readonly callOnDispose: () => void) {}
  static from(...items: { dispose(): unknown }[]): Disposable {
    return new Disposable(() => { for (const d of items) { d.dispose(); } });
  }
  dispose(): void { this.callOnDispose(); }
}

export class EventEmitter<T> {
  private listeners: Listener<T>[] = [];
  readonly event = (listener: Listener<T>): Disposable => {
    this.listeners.push(listener);
    return new Disposable(() => { this.listeners = this.listeners.filter(l => l !== listener); });
  };
  fire(e: T): void { for (const l of [...this.listeners]) { l(e); } }
  dispose(): void { this.listeners = []; }
}

export interface FakeDocument {
  uri: { toString(): string };
  languageId: string;
  version: number;
  isClosed: boolean;
  getText(): string;
}

export const didChange = new EventEmitter<{ document: FakeDocument }>();
export const didClose = new EventEmitter<FakeDocument>();

export const workspace = {
  onDidChangeTextDocument: didChange.event,
  onDidCloseTextDocument: didClose.event,
};

export const window = {
  visibleTextEditors: [] as { document: FakeDocument }[],
};
