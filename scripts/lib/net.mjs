// Loopback helpers: a free port and a wait for an HTTP endpoint to answer. Node built-ins only.
import http from 'node:http';
import net from 'node:net';

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => { const { port } = srv.address(); srv.close(() => resolve(port)); });
  });
}

/** Resolve once GET http://127.0.0.1:port/path answers 200; reject after `timeoutMs` or if `alive()` turns false. */
export function waitForHttp(port, urlPath = '/healthz', { timeoutMs = 60000, alive = () => true } = {}) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const retry = () => {
      if (!alive()) { reject(new Error(`server on port ${port} exited before it answered ${urlPath}`)); return; }
      if (Date.now() > deadline) { reject(new Error(`no answer from 127.0.0.1:${port}${urlPath} within ${timeoutMs} ms`)); return; }
      setTimeout(tick, 250);
    };
    const tick = () => {
      const req = http.get({ host: '127.0.0.1', port, path: urlPath, timeout: 2000 }, res => {
        res.resume();
        if (res.statusCode === 200) { resolve(); } else { retry(); }
      });
      req.on('error', retry);
      req.on('timeout', () => req.destroy());
    };
    tick();
  });
}
