/**
 * A JSX runtime that renders straight to HTML strings, for MDX evaluated outside Vite (the code
 * pages, compiled during content sync). It writes elements, text and attributes exactly as Astro's
 * own JSX renderer does (astro/dist/runtime/server/jsx.js: `renderElement`, `escapeHTML`,
 * `spreadAttributes`), so a page reads the same whichever path rendered it.
 */
import { escapeHTML, spreadAttributes } from 'astro/runtime/server/index.js';

/** Markup that is already HTML: never escaped again. */
export class Html {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
  toString(): string {
    return this.value;
  }
}

/** A content component: its props with `children` already rendered to HTML. */
export type HtmlComponent = (props: Record<string, unknown> & { children: Html }) => Html;

const VOID_ELEMENTS = /^(area|base|br|col|command|embed|hr|img|input|keygen|link|meta|param|source|track|wbr)$/i;
const FRAGMENT = Symbol.for('html-jsx:fragment');

/** Renders children the way Astro's `renderJSX` does: strings escaped, nothing for null/false. */
export function renderChildren(node: unknown): string {
  if (node instanceof Html) return node.value;
  if (typeof node === 'string') return escapeHTML(node);
  if (Array.isArray(node)) return node.map(renderChildren).join('');
  if (!node && node !== 0) return '';
  return String(node);
}

function jsx(type: unknown, props: Record<string, unknown>): Html {
  const { children, ...attributes } = props;
  if (type === FRAGMENT) return new Html(renderChildren(children));
  if (typeof type === 'function') return (type as HtmlComponent)({ ...attributes, children: new Html(renderChildren(children)) });
  if (typeof type !== 'string') throw new Error(`MDX used an unknown component (${String(type)})`);
  const open = `<${type}${spreadAttributes(attributes)}`;
  if ((children == null || children === '') && VOID_ELEMENTS.test(type)) return new Html(`${open}/>`);
  return new Html(`${open}>${children == null ? '' : renderChildren(children)}</${type}>`);
}

/** The runtime object an MDX `function-body` program reads as `arguments[0]`. */
export const htmlJsxRuntime = { Fragment: FRAGMENT, jsx, jsxs: jsx };
