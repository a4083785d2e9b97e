/// <reference lib="dom" />
// Building the pages' DOM. Text goes in as text nodes and attributes through setAttribute, never
// as HTML: a customer named `<img src=x onerror=…>` or `</script><script>…` is shown as those
// characters and runs nothing. No function here takes HTML, and none may be added.
import { t, type Key, type Params } from './i18n';

export type Child = Node | string | number | null | undefined | false | readonly Child[];

/** Attributes by name; `on*` take functions (listeners), everything else a value. */
export type Props = Record<string, string | number | boolean | null | undefined | ((e: Event) => void)>;

function setProps(e: Element, props: Props): void {
  for (const [name, v] of Object.entries(props)) {
    if (v === undefined || v === null || v === false) continue;
    if (/^on/i.test(name)) {
      // Handlers are listeners, never attribute strings (which would be code).
      if (typeof v !== 'function') throw new Error(`dom: ${name} must be a function`);
      e.addEventListener(name.slice(2).toLowerCase(), v as EventListener);
    } else if (typeof v === 'function') {
      throw new Error(`dom: ${name} cannot be a function`);
    } else {
      e.setAttribute(name, v === true ? '' : String(v));
    }
  }
}

export function append(parent: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(parent, ...(c as Child[]));
    else if (typeof c === 'string' || typeof c === 'number') parent.appendChild(document.createTextNode(String(c)));
    else parent.appendChild(c as Node);
  }
}

/** An HTML element with attributes and children (strings become text nodes). */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  setProps(e, props);
  append(e, ...children);
  return e;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An SVG element (createElementNS); text children are text nodes, as in h. */
export function s<K extends keyof SVGElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): SVGElementTagNameMap[K] {
  const e = document.createElementNS(SVG_NS, tag);
  setProps(e, props);
  append(e, ...children);
  return e;
}

/**
 * A span whose text is the message `key` in the page's language, kept current when the language
 * switches (the key and parameters ride on data attributes; see retranslate).
 */
export function tx(key: Key, params?: Params, tag: 'span' | 'strong' | 'em' = 'span'): HTMLElement {
  const e = document.createElement(tag);
  bindText(e, key, params);
  return e;
}

/** Binds an element's text to a message. */
export function bindText<E extends Element>(e: E, key: Key, params?: Params): E {
  e.setAttribute('data-i18n', key);
  if (params) e.setAttribute('data-i18n-params', JSON.stringify(params));
  else e.removeAttribute('data-i18n-params');
  e.textContent = t(key, params);
  return e;
}

/** Binds an attribute (placeholder, aria-label, title) to a message. */
export function bindAttr<E extends Element>(e: E, attr: 'placeholder' | 'aria-label' | 'title', key: Key): E {
  e.setAttribute(`data-i18n-${attr}`, key);
  e.setAttribute(attr, t(key));
  return e;
}

/** Rewrites every bound text and attribute under root in the current language. */
export function retranslate(root: ParentNode): void {
  root.querySelectorAll('[data-i18n]').forEach((e) => {
    const params = e.getAttribute('data-i18n-params');
    e.textContent = t(e.getAttribute('data-i18n') as Key, params ? (JSON.parse(params) as Params) : undefined);
  });
  for (const attr of ['placeholder', 'aria-label', 'title'] as const) {
    root
      .querySelectorAll(`[data-i18n-${attr}]`)
      .forEach((e) => e.setAttribute(attr, t(e.getAttribute(`data-i18n-${attr}`) as Key)));
  }
}

/** Empties a node and fills it again. */
export function replace(parent: Node, ...children: Child[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  append(parent, ...children);
}

let ids = 0;
/** A fresh id for label/for and aria-describedby pairs. */
export function uid(prefix: string): string {
  ids += 1;
  return `${prefix}-${ids}`;
}
