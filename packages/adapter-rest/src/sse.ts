/**
 * Server-Sent Events, both ways, without EventSource: the client reads the stream with
 * `fetch` (so it can send the host's auth headers, which EventSource cannot), and the
 * handler writes it into a Web `ReadableStream`.
 */

/** One dispatched SSE message. */
export interface SseMessage {
  /** The `event:` field; `'message'` when absent. */
  event: string;
  /** The `data:` lines, joined by `\n`. */
  data: string;
  /** The `id:` field, when sent. */
  id?: string;
}

/**
 * An incremental SSE parser, following the WHATWG rules that matter here: lines end in
 * `\n`, `\r\n` or `\r`; `:` starts a comment (heartbeats); one space after the colon is
 * dropped; a blank line dispatches; a message without data is not dispatched.
 * @example
 * const parser = createSseParser((message) => console.log(message.data));
 * parser.push('data: {"changes":[]}\n'); parser.push('\n'); // logs {"changes":[]}
 */
export function createSseParser(onMessage: (message: SseMessage) => void): { push(chunk: string): void } {
  let buffer = '';
  let data: string[] = [];
  let event = '';
  let id: string | undefined;

  function line(text: string): void {
    if (text === '') {
      if (data.length > 0) onMessage({ event: event || 'message', data: data.join('\n'), ...(id === undefined ? {} : { id }) });
      data = [];
      event = '';
      return;
    }
    if (text.startsWith(':')) return;
    const colon = text.indexOf(':');
    const field = colon === -1 ? text : text.slice(0, colon);
    let value = colon === -1 ? '' : text.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') data.push(value);
    else if (field === 'event') event = value;
    else if (field === 'id' && !value.includes('\0')) id = value;
  }

  return {
    push(chunk: string): void {
      buffer += chunk;
      for (;;) {
        const end = buffer.search(/\r\n|\r|\n/);
        if (end === -1) return;
        // A lone '\r' at the end of a chunk may be the first half of '\r\n': wait for more.
        if (buffer[end] === '\r' && end === buffer.length - 1) return;
        const length = buffer.startsWith('\r\n', end) ? 2 : 1;
        line(buffer.slice(0, end));
        buffer = buffer.slice(end + length);
      }
    },
  };
}

/**
 * Writes one SSE message. `data` must not contain line breaks (JSON.stringify never
 * produces them).
 * @example formatSseMessage({ event: 'change', id: '7', data: '{"changes":[]}' }) // 'id: 7\nevent: change\ndata: {"changes":[]}\n\n'
 */
export function formatSseMessage(message: SseMessage): string {
  return `${message.id === undefined ? '' : `id: ${message.id}\n`}event: ${message.event}\ndata: ${message.data}\n\n`;
}
