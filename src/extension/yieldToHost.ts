// Give the extension host's event loop a turn between analysis slices, as cheaply as the host allows.
// Node has setImmediate; a web worker has MessageChannel, which (unlike a chain of setTimeout(0))
// is not clamped to 4 ms.

type Resolve = () => void;

function viaMessageChannel(): () => Promise<void> {
  const waiting: Resolve[] = [];
  let channel: MessageChannel | undefined;
  return () => new Promise<void>(resolve => {
    if (!channel) {
      channel = new MessageChannel();
      channel.port1.onmessage = () => { waiting.shift()?.(); };
    }
    waiting.push(resolve);
    channel.port2.postMessage(0);
  });
}

function pick(): () => Promise<void> {
  const g = globalThis as { setImmediate?: (callback: () => void) => unknown };
  const immediate = g.setImmediate;
  if (typeof immediate === 'function') { return () => new Promise<void>(resolve => { immediate(resolve); }); }
  if (typeof MessageChannel === 'function') { return viaMessageChannel(); }
  return () => new Promise<void>(resolve => { setTimeout(resolve, 0); });
}

export const yieldToHost: () => Promise<void> = pick();
