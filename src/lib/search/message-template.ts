/**
 * Message templates: a real message with its variable parts written as `{placeholders}`
 * (`Invoking task timed out after {seconds} seconds`). One template becomes a tolerant pattern that
 * finds the message inside a paste (any case, any spacing, JSON-escaped quotes) and reads the values
 * back out, so a page can say "your timeout is 3 s".
 */

/**
 * Every placeholder a template may use, and what its value looks like in real output. Plain strings
 * (not String.raw calls) so bundlers can drop the table from pages that only need the types.
 */
export const PLACEHOLDER_PATTERNS = {
  seconds: '\\d+(?:\\.\\d+)?',
  ms: '\\d+(?:\\.\\d+)?',
  mb: '\\d+(?:\\.\\d+)?',
  function: '[^\\s"\'\\[\\]]+?',
  namespace: '[^\\s"\'\\[\\]]+?',
  request_id: '[0-9A-Za-z-]{6,}',
  region: '[a-z]+-[a-z]+(?:-\\d+)?',
  handler: '[^\\s"\']+?',
  path: '[^\\s"\']+?',
  version: '[^\\s"\']+?',
  name: '[^\\s"\']+?',
  port: '\\d{1,5}',
  n: '-?\\d+',
  text: '[^\\n]*?',
} as const;

/** A placeholder name, such as `seconds`. */
export type Placeholder = keyof typeof PLACEHOLDER_PATTERNS;

/** The placeholders a template uses, in order; throws nothing, so checks can report bad ones. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{([^{}]*)\}/g)].map((match) => match[1]!);
}

/** What is wrong with a template's braces, or `undefined` when every placeholder is known. */
export function templateProblem(template: string): string | undefined {
  const unknown = placeholdersOf(template).filter((name) => !(name in PLACEHOLDER_PATTERNS));
  if (unknown.length > 0) {
    return `unknown placeholder {${unknown[0]}}; use one of ${Object.keys(PLACEHOLDER_PATTERNS).map((p) => `{${p}}`).join(' ')}`;
  }
  const stripped = template.replace(/\{[a-z_]+\}/g, '');
  if (/[{}]/.test(stripped)) return 'a literal brace is not allowed (write the variable part as a placeholder)';
  if (!/[\p{L}\p{N}]/u.test(stripped)) return 'a template needs some fixed text besides its placeholders';
  return undefined;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Punctuation that real output writes in either width: the API's Chinese messages use full-width
 * `，：（）`, while log viewers and copies of the docs often turn them into ASCII.
 */
const EITHER_WIDTH: Record<string, string> = { '，': ',', ',': '，', '：': ':', ':': '：', '（': '(', '(': '（', '）': ')', ')': '）', '；': ';', ';': '；', '。': '.', '.': '。' };

/**
 * A literal part: spacing, quote style and punctuation width may vary in real output, so all are
 * tolerated; quotes may be lost too, unless `quotes` says they are part of what tells the message apart.
 */
function literalPattern(text: string, afterPlaceholder = false, quotes: 'optional' | 'required' = 'optional'): string {
  let out = '';
  for (const char of text) {
    // A quote that closes a value ends it: the value stops at a quote or, where the quotes were
    // lost, at a space or punctuation; an optional quote there would let a lazy value stop after
    // one character (`No module named 'j'`).
    if (afterPlaceholder && out === '' && (char === '"' || char === "'")) out += quotes === 'required' ? `["'‘’“”]` : `(?:["']|(?=[\\s,.;:)\\]}]|$))`;
    else if (/\s/.test(char)) out += out.endsWith('\\s*') ? '' : '\\s*';
    else if (char === '"' || char === "'") out += quotes === 'required' ? `["'‘’“”]` : `["']?`;
    else if (char in EITHER_WIDTH) out += `[${escapeRegExp(char)}${escapeRegExp(EITHER_WIDTH[char]!)}]`;
    else out += escapeRegExp(char);
  }
  return out;
}

/** Letters a tagged message needs besides its tag to be matched without it. */
const MIN_UNTAGGED = 16;

/** A compiled template: its pattern and the placeholder behind each capture group. */
export interface CompiledTemplate {
  pattern: RegExp;
  names: Placeholder[];
  /** Length of the fixed text: longer means more specific. */
  specificity: number;
  /** The message without its final full stop, as the whole text (a copy that left the stop out). */
  alone?: RegExp;
}

/**
 * Compiles a template into a case-insensitive pattern with one capture group per placeholder. With
 * `quotes: 'required'`, the template's quotes must be in the text (another platform's `function
 * '{function}' does not exist.` is not any sentence saying something does not exist).
 */
export function compileTemplate(template: string, { quotes = 'optional' }: { quotes?: 'optional' | 'required' } = {}): CompiledTemplate {
  const names: Placeholder[] = [];
  // A log tag before the message (`[RPC_RECV_TIMEOUT] Rpc service …`) is often left out of a copy,
  // when the message says enough without it.
  // So is an exception's type before its message (`AttributeError: module 'index' has no attribute
  // 'main_handler'`): a runtime's result field or a logger often prints the message alone.
  const tagged = /^(?:\[[A-Z][A-Z0-9_]*\]|(?:[a-z_][\w]*\.)*[A-Z]\w*(?:Error|Exception):)\s*/.exec(template)?.[0] ?? '';
  const tag = templateSkeleton(template.slice(tagged.length)).replace(/[^\p{L}]/gu, '').length >= MIN_UNTAGGED ? tagged : '';
  let source = tag ? `(?:${literalPattern(tag, false, quotes)})?` : '';
  let last = tag.length;
  for (const match of template.matchAll(/\{([a-z_]+)\}/g)) {
    const name = match[1] as Placeholder;
    source += literalPattern(template.slice(last, match.index), last > tag.length, quotes);
    // A value that ends the message may be cut off or empty in a copy (`… Detail: `).
    const ending = match.index + match[0].length === template.length;
    source += `(${PLACEHOLDER_PATTERNS[name] ?? PLACEHOLDER_PATTERNS.text})${ending ? '?' : ''}`;
    names.push(name);
    last = match.index + match[0].length;
  }
  // A message copied alone often leaves out its full stop (`Function not found`, `没有权限访问您的Cos资源`);
  // inside a longer text the stop still marks where the message ended (`UpdateFunctionConfiguration 当前
  // 函数状态无法进行此操作` is not the bare message of whichever action also prints it).
  const rest = template.slice(last);
  const stop = rest.length > 1 ? /[。.！!]$/.exec(rest)?.[0] : undefined;
  const unstopped = stop ? source + literalPattern(rest.slice(0, -1), last > tag.length, quotes) : undefined;
  source += literalPattern(rest, last > tag.length, quotes);
  // A template that starts or ends with a letter or digit must not match inside a longer word
  // (`-504003` inside `-5040031`, `OOM` inside `ROOM`).
  const before = /^[\p{L}\p{N}-]/u.test(template) ? '(?<![A-Za-z0-9_-])' : '';
  const after = /[\p{L}\p{N}]$/u.test(template) ? '(?![A-Za-z0-9_])' : '';
  const specificity = template.replace(/\{[a-z_]+\}/g, '').replace(/\s+/g, ' ').trim().length;
  return { pattern: new RegExp(before + source + after, 'i'), ...(unstopped ? { alone: new RegExp(`^\\s*${unstopped}\\s*$`, 'i') } : {}), names, specificity };
}

/**
 * Undoes the escaping a paste from JSON or a log viewer adds (`\"`, `\n`, and `\u003c` for `<`, which
 * JSON encoders write for HTML-unsafe characters), so templates and trace frames match it.
 */
export function unescapePaste(text: string): string {
  // A message inside a message (CloudBase's JSON holding SCF's, which holds a trace) is escaped once
  // per level (`\\\"`, `\\n`): each pass undoes one level, left to right as a JSON parser would.
  let current = text;
  for (let level = 0; level < MAX_ESCAPE_LEVELS; level++) {
    const next = current.replace(/\\(u[0-9a-fA-F]{4}|["\\nt])/g, (_, escape: string) => ESCAPES[escape] ?? String.fromCharCode(parseInt(escape.slice(1), 16)));
    if (next === current) break;
    current = next;
  }
  return current;
}

/** How many levels of escaping a paste may carry: JSON in JSON in a log line. */
const MAX_ESCAPE_LEVELS = 3;
const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', n: '\n', t: '\t' };

/** Matches a compiled template against text; returns the values by placeholder, or `undefined`. */
export function matchTemplate(compiled: CompiledTemplate, text: string): Partial<Record<Placeholder, string>> | undefined {
  const match = compiled.pattern.exec(text) ?? compiled.alone?.exec(text);
  if (!match) return undefined;
  const values: Partial<Record<Placeholder, string>> = {};
  compiled.names.forEach((name, index) => {
    const value = match[index + 1]?.trim();
    if (value && !(name in values) && name !== 'text') values[name] = value;
  });
  return values;
}

/** The fixed words of a template, lower-cased, for matching a message typed without its numbers. */
export function templateSkeleton(template: string): string {
  return template.replace(/\{[a-z_]+\}/g, ' ').toLowerCase().replace(/\s+/g, ' ').trim();
}
