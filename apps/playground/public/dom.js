/**
 * A tiny element builder so the page never assembles HTML strings (no injection, and it
 * works under the server's Content-Security-Policy).
 * @example h('p', { className: 'hint' }, 'Hello ', h('strong', {}, 'world'))
 */
export function h(tag, props = {}, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'className') element.className = value;
    else if (key === 'dataset') Object.assign(element.dataset, value);
    // CSSOM writes, not a style attribute: allowed by `style-src 'self'`.
    else if (key === 'style') Object.assign(element.style, value);
    else element.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    element.append(typeof child === 'string' ? child : child instanceof Node ? child : String(child));
  }
  return element;
}

/** A visually hidden text for screen readers. */
export function srOnly(text) {
  return h('span', { className: 'sr-only' }, text);
}
