/**
 * Syntax highlighting that survives a strict CSP. Shiki colours tokens with `style="color:…"`, which
 * `style-src 'self'` forbids. We give Shiki a theme whose colours are placeholders, one per token
 * kind, and a transformer that turns each placeholder into a class (`tok-keyword`…) and drops every
 * other inline style; the real colours, light and dark, live in global.css.
 */

/** Token kinds we colour, with the TextMate scopes that map to them and their placeholder colour. */
const TOKEN_KINDS = [
  { name: 'comment', color: '#000001', scopes: ['comment', 'punctuation.definition.comment'] },
  { name: 'string', color: '#000002', scopes: ['string', 'string.quoted', 'string.template'] },
  { name: 'keyword', color: '#000003', scopes: ['keyword', 'storage', 'storage.type', 'storage.modifier'] },
  { name: 'number', color: '#000004', scopes: ['constant.numeric', 'constant.language', 'constant.character'] },
  { name: 'function', color: '#000005', scopes: ['entity.name.function', 'support.function', 'meta.function-call'] },
  { name: 'type', color: '#000006', scopes: ['entity.name.type', 'entity.name.class', 'support.class', 'support.type', 'entity.name.namespace'] },
] as const;

const DEFAULT_COLOR = '#000000';
const CLASS_BY_COLOR = new Map<string, string>(TOKEN_KINDS.map((kind) => [kind.color, `tok-${kind.name}`]));

/** The placeholder theme handed to Shiki (a TextMate theme object). */
export const classTheme = {
  name: 'classes',
  type: 'dark' as const,
  fg: DEFAULT_COLOR,
  bg: DEFAULT_COLOR,
  settings: [
    { settings: { foreground: DEFAULT_COLOR, background: DEFAULT_COLOR } },
    ...TOKEN_KINDS.map((kind) => ({ scope: [...kind.scopes], settings: { foreground: kind.color } })),
  ],
};

/** A HAST element as Shiki's transformers see it (only what we touch). */
interface HastNode {
  type: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

/** The class for an inline style Shiki wrote, or undefined when the style carries no token colour. */
export function tokenClass(style: string): string | undefined {
  const color = /(?:^|;)\s*color\s*:\s*(#[0-9a-f]{6})/i.exec(style)?.[1]?.toLowerCase();
  return color ? CLASS_BY_COLOR.get(color) : undefined;
}

/** Replaces every `style` in a tree by the token class it stood for (or nothing). */
export function stylesToClasses(node: HastNode): void {
  const style = node.properties?.style;
  if (typeof style === 'string') {
    const token = tokenClass(style);
    delete node.properties!.style;
    if (token) {
      const existing = node.properties!.class;
      node.properties!.class = [existing, token].filter(Boolean).join(' ');
    }
  }
  node.children?.forEach(stylesToClasses);
}

/** The Shiki transformer: runs over the finished tree of each code block. */
export const classTransformer = {
  name: 'style-to-class',
  root(node: HastNode) {
    stylesToClasses(node);
  },
};
