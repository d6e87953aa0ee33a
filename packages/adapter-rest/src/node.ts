import type { IncomingMessage, ServerResponse } from 'node:http';
import type { OkrHandler } from './handler';

/**
 * A Web `ReadableStream` over a Node request body. Cancelling it (the handler refusing a
 * body that is too large) drains the rest instead of destroying the request, which would
 * close the socket before the 413 could be sent.
 */
function bodyOf(request: IncomingMessage): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    start(controller) {
      request.on('data', (chunk: Buffer) => {
        controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
        if ((controller.desiredSize ?? 0) <= 0) request.pause();
      });
      request.on('end', () => controller.close());
      request.on('error', (error) => controller.error(error));
      // A client that hangs up mid-body may close the request without an 'error': the body must not wait forever.
      request.on('close', () => {
        if (!request.complete) controller.error(new Error('the request closed before its body was complete'));
      });
    },
    pull() {
      request.resume();
    },
    cancel() {
      request.removeAllListeners('data');
      request.removeAllListeners('end');
      request.resume();
    },
  });
}

/** Builds the Web `Request` for a Node request; its signal aborts when the client goes away. */
export function toWebRequest(request: IncomingMessage, response: ServerResponse): Request {
  const controller = new AbortController();
  response.on('close', () => controller.abort());
  const encrypted = (request.socket as { encrypted?: boolean }).encrypted === true;
  const url = new URL(request.url ?? '/', `${encrypted ? 'https' : 'http'}://${request.headers.host ?? 'localhost'}`);
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else if (value !== undefined) headers.set(name, value);
  }
  const method = request.method ?? 'GET';
  const init: RequestInit & { duplex?: 'half' } = { method, headers, signal: controller.signal };
  if (method !== 'GET' && method !== 'HEAD') {
    init.body = bodyOf(request);
    init.duplex = 'half';
  }
  return new Request(url, init);
}

/** Writes a Web `Response` to a Node response, streaming its body (event streams included). */
export async function writeWebResponse(response: Response, target: ServerResponse): Promise<void> {
  target.statusCode = response.status;
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') target.setHeader(name, value);
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) target.setHeader('set-cookie', cookies);
  if (!response.body) {
    target.end();
    return;
  }
  // Event streams must reach the client at once; other bodies are sent whole or not at all.
  if ((response.headers.get('content-type') ?? '').startsWith('text/event-stream')) target.flushHeaders();
  const reader = response.body.getReader();
  target.on('close', () => void reader.cancel().catch(() => undefined));
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (target.destroyed) return;
    if (!target.write(value)) {
      await new Promise<void>((resolve) => {
        target.once('drain', resolve);
        target.once('close', resolve);
      });
    }
  }
  target.end();
}

/**
 * Mounts a Web-standard handler in Node's http server, or in Express and Connect, which
 * call it with the mount path already stripped from `req.url`:
 * @example
 * http.createServer(toNodeListener(handler)).listen(8080);
 * app.use('/okr', toNodeListener(handler)); // Express: mount before any body parser
 */
export function toNodeListener(handler: OkrHandler): (request: IncomingMessage, response: ServerResponse) => void {
  return (request, response) => {
    let webRequest: Request;
    try {
      webRequest = toWebRequest(request, response);
    } catch {
      // A request line or Host header that makes no URL.
      response.statusCode = 400;
      response.setHeader('content-type', 'application/json; charset=utf-8');
      response.end(JSON.stringify({ error: { code: 'validation', message: 'the request URL could not be read' } }));
      return;
    }
    // The handler answers every error itself; only a response body failing mid-way gets here.
    void handler(webRequest)
      .then((answer) => {
        // A body the handler did not read (an early 401, 413 or 415) is drained, so the connection can be reused.
        if (!request.complete) {
          request.removeAllListeners('data');
          request.resume();
        }
        return writeWebResponse(answer, response);
      })
      .catch(() => response.destroy());
  };
}
