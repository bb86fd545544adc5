/**
 * The messages openYuanrong's upstream source emits with each code (content/upstream-messages.yaml,
 * mined by scripts/mine-openyuanrong.mjs): thousands of templates, too many to ship with every
 * search. They are split into shards by key word, each message in the shards of its two rarest words,
 * so a query only fetches the shards of its own words: a pasted message, or most of one, holds one of them.
 */
import { compileTemplate, matchTemplate, templateSkeleton, type CompiledTemplate } from './message-template.ts';
import { identifiersOf, namesIdentifier, quotedParts, recalledIn, stemsOf } from './recall.ts';

/** One upstream message as a shard ships it: the code and the template. */
export interface UpstreamMessage {
  c: string;
  t: string;
}

/** How many shards the messages are split into. */
export const UPSTREAM_SHARDS = 1000;

/**
 * Words that appear in too many messages to tell one from another, and everyday words a person writes
 * around a message (`After deploying, every call fails with …`), which would take the places of its key word.
 */
const COMMON = new Set(
  [
    'failed fail error errors invalid with from that this have been does when which should must into than there their while what cannot check input parameters parameter request response value values message status code return returned instance function client server service system failed.',
    'after before every idea anyone help please getting keep trying tried deploying deployed works working always again know since still also just only some here like about thank thanks seem seems',
  ]
    .join(' ')
    .split(' '),
);

/** An upper-case tag in brackets that a log line puts before its message: `[ZMQ_RECV_TIMEOUT]`. */
const LOG_TAG = /\[[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\]/g;

/**
 * The words of a text that can key a message: Latin words of four letters or more, lower case, a
 * plural read as its singular (`objects` keys `can't find object`). A log tag (`[RPC_RECV_TIMEOUT]`)
 * keys nothing: copies of a message often drop it, and the status table reads the tag itself.
 */
export function keyWordsOf(text: string): string[] {
  const words = templateSkeleton(text.replace(LOG_TAG, ' ')).match(/[a-z][a-z0-9_]{3,}/g) ?? [];
  return [...new Set(words.map(singular).filter((word) => !COMMON.has(word)))];
}

/** A Latin word without a plural `s` (`objects` → `object`, `exists` → `exist`; not `class`, not short words). */
function singular(word: string): string {
  return word.length > 4 ? word.replace(/(?<!s)s$/, '') : word;
}

/** FNV-1a, so the build and the browser agree on a word's shard without sharing a table. */
export function shardOf(word: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    hash ^= word.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % UPSTREAM_SHARDS;
}

/**
 * How many of a message's key words place it: a copy goes to the shard of each of its rarest words, so a
 * piece of the message pasted without one of them (its start or end cut off) still finds it through the
 * other. One word loses about one piece in five; two, about one in thirty-five.
 */
const KEYS_PER_MESSAGE = 2;

/**
 * Splits the messages into shards: each message goes to the shards of its rarest key words (ties: the
 * longest), so the shards stay small and a query finds it through any copy of those words.
 */
export function buildUpstreamShards(messages: readonly UpstreamMessage[]): UpstreamMessage[][] {
  const frequency = new Map<string, number>();
  for (const message of messages) for (const word of keyWordsOf(message.t)) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  const shards: UpstreamMessage[][] = Array.from({ length: UPSTREAM_SHARDS }, () => []);
  for (const message of messages) {
    const words = keyWordsOf(message.t).sort((a, b) => frequency.get(a)! - frequency.get(b)! || b.length - a.length || (a < b ? -1 : 1));
    // A message with no key word (all short or common words) lives in shard 0, which every query reads.
    const places = words.length === 0 ? [0] : [...new Set(words.slice(0, KEYS_PER_MESSAGE).map(shardOf))];
    for (const shard of places) shards[shard]!.push(message);
  }
  return shards;
}

/**
 * Orders a text that several codes emit by how many places in the source emit it with each code, most
 * first, at the place of its first copy: matched alike, the code the source gives it most often leads
 * (`exception occurred because LibRuntime is null`: forty-one null checks raise it with 3003, one call
 * with 1001). Other texts keep their order.
 */
export function mostEmittedFirst(messages: ReadonlyArray<UpstreamMessage & { sites: number }>): UpstreamMessage[] {
  const byText = new Map<string, Array<UpstreamMessage & { sites: number }>>();
  for (const message of messages) {
    const same = byText.get(message.t);
    if (same) same.push(message);
    else byText.set(message.t, [message]);
  }
  return [...byText.values()].flatMap((same) => [...same].sort((a, b) => b.sites - a.sites).map(({ c, t }) => ({ c, t })));
}

/** The messages of the shards a query loaded, each once (a message lives in up to two shards). */
export function distinctMessages(shards: ReadonlyArray<readonly UpstreamMessage[]>): UpstreamMessage[] {
  const seen = new Set<string>();
  return shards.flat().filter((message) => {
    const key = `${message.c}\u0000${message.t}`;
    return !seen.has(key) && Boolean(seen.add(key));
  });
}

/** How many of a query's words it looks up: a long log would otherwise fetch every shard. */
const MAX_QUERY_WORDS = 6;

/** Parts of a text it quotes in code marks or quotes, 12 characters or more: a message a sentence names. */
function markedParts(text: string): string[] {
  return [...codeSpans(text).filter((part) => part.length >= 12), ...quotedParts(text)];
}

/** The spans of a text in code marks, split at runs of marks so ``4M`` is one span and the text between two spans is not one. */
function codeSpans(text: string): string[] {
  return text.split(/`+/).filter((part, index) => index % 2 === 1 && part.trim().length > 0 && !part.includes('\n'));
}

/**
 * An error named by three or more words run together (`TenantQuotaExceeded`), as the words of a
 * message: `tenant quota exceeded`.
 */
function namedErrors(text: string): string[] {
  return (text.match(/\b[A-Z][a-z]+(?:[A-Z][a-z]+){2,}\b/g) ?? []).map((name) => name.replace(/(?<=[a-z])(?=[A-Z])/g, ' ').toLowerCase());
}

/**
 * The shards a query needs: shard 0 and the shards of its key words, those of a message it quotes
 * (``throws a `Failed to save state` exception``) or names run together (`TenantQuotaExceeded`)
 * first, then the longest.
 */
export function shardsForQuery(query: string): number[] {
  const quoted = [...markedParts(query), ...namedErrors(query)].flatMap(keyWordsOf);
  const words = [...new Set([...quoted, ...keyWordsOf(query).sort((a, b) => b.length - a.length)])].slice(0, MAX_QUERY_WORDS);
  return [...new Set([0, ...words.map(shardOf)])].sort((a, b) => a - b);
}

/** A code an upstream message points at, and the message. */
export interface UpstreamHit {
  code: string;
  template: string;
  /** `message`: the whole template matched; `message-part`: the query is a piece of the template. */
  reason: 'message' | 'message-part';
  specificity: number;
  /** Whether the query is the message and nothing else (a short message typed alone is certain; inside a longer text it is not). */
  whole?: boolean;
  /** For a piece of a message: how much of the message's fixed text the query left out. */
  unsaid?: number;
  /** Whether the piece is what the query quotes (``throws `Failed to save state` ``): the message it is about. */
  quoted?: boolean;
}

/** A typed piece of a message counts only from this length on (a Chinese character says more). */
const MIN_PIECE = 16;
const MIN_PIECE_CJK = 8;

/** Chinese text and its punctuation, which a Latin message quoted in a Chinese sentence stops at. */
const CJK_TEXT = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
const LATIN_RUNS = /[a-z][^\u3000-\u303f\u3400-\u9fff\uff00-\uffef]*[a-z0-9]/g;

/**
 * The pieces of a query that may each be part of one message, lower case, long enough to count: the
 * whole query; each message of a list joined by `；`, `|` or lines (`Failed to wait jfc；Failed to
 * poll jfc`); each Latin run of a Chinese sentence quoting one (`UB 初始化失败 Failed to urma get device`);
 * and what it quotes (`marked`, also returned on its own: the message the query is about).
 */
function piecesOf(query: string): { pieces: string[]; marked: Set<string> } {
  const pieces = new Set<string>();
  const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
  const lower = query.toLowerCase();
  pieces.add(flat(lower));
  for (const part of lower.split(/[；;|\n]+/)) {
    pieces.add(flat(part));
    // A label a log or a tool prints before the message (`Error: invalid bundles number`, `错误：…`).
    const labelled = /^\s*[\p{L}\s]{1,24}?(?:: |：)\s*(.+)$/u.exec(part);
    if (labelled) pieces.add(flat(labelled[1]!));
    if (CJK_TEXT.test(part)) for (const run of part.match(LATIN_RUNS) ?? []) pieces.add(flat(run));
  }
  // A message a sentence quotes in code marks or quotes (``throws a `Failed to save state` exception``).
  const marked = new Set(markedParts(lower).map(flat));
  for (const quoted of marked) pieces.add(quoted);
  for (const name of namedErrors(query)) pieces.add(name);
  // A fragment copied with its values (`return payload size (106954752 bytes) exceeds the 104857600 bytes
  // limit`): the numbers stand where the message has blanks, which its skeleton keeps as spaces.
  for (const piece of [...pieces]) {
    const numberless = flat(piece.replace(/\b\d+(?:\.\d+)?\b/g, ' '));
    if (numberless !== piece) pieces.add(numberless);
  }
  // A part the query marks as code is a literal copy, however short (`Connect reset`); one word
  // (`default`, `FUNCTION_NAME`) is a name, no message.
  const literal = new Set(codeSpans(lower).map(flat).filter((span) => span.includes(' ')));
  return { pieces: [...pieces].filter((piece) => literal.has(piece) || piece.length >= (/[\u3400-\u9fff]/.test(piece) ? MIN_PIECE_CJK : MIN_PIECE)), marked };
}

/** A text without case, spacing and the punctuation at its ends, to tell a message typed alone. */
function bare(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim().replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '');
}

/** A message as matching needs it: compiled, its skeleton and, once recall asks, its word stems. */
interface PreparedMessage {
  compiled: CompiledTemplate;
  skeleton: string;
  stems?: string[];
  /** The message's sentences without a blank that are long enough to name it on their own, lower case. */
  sentences: string[];
}

/** A sentence of a message that names it inside someone's own words: 24 characters, or 10 Chinese ones. */
const MIN_SENTENCE = 24;
const MIN_SENTENCE_CJK = 10;

/** The sentences of a template that hold no blank and are long enough to stand for it. */
function sentencesOf(template: string): string[] {
  return template
    .toLowerCase()
    .split(/(?<=[.。!！?？；;])\s*/)
    .map((sentence) => sentence.replace(/\s+/g, ' ').trim().replace(/[.。!！?？；;]+$/, ''))
    .filter((sentence) => !sentence.includes('{') && (sentence.length >= MIN_SENTENCE || cjkCount(sentence) >= MIN_SENTENCE_CJK));
}

/** Each message prepared once: a loaded shard or message file is matched by every later query. */
const preparedMessages = new Map<string, PreparedMessage>();
function prepared(template: string): PreparedMessage {
  let message = preparedMessages.get(template);
  if (!message) preparedMessages.set(template, (message = { compiled: compileTemplate(template), skeleton: templateSkeleton(template), sentences: sentencesOf(template) }));
  return message;
}

/** The stems of a prepared message's words (recall.ts). */
function stemsOfMessage(message: PreparedMessage): string[] {
  return (message.stems ??= stemsOf(message.skeleton));
}

/**
 * Fixed text a whole message needs to be matched as one, a Chinese character counting twice (`接口已下线。`
 * says as much as `Function not found`).
 */
const MIN_WHOLE = 8;

/** How many Chinese characters a text holds. */
export function cjkCount(text: string): number {
  return (text.match(/[\u3400-\u9fff]/g) ?? []).length;
}

/**
 * Matches a query against messages (upstream ones, or the API's): whole templates first, then a query
 * that is a piece of one, most specific first.
 */
export function matchUpstream(query: string, messages: readonly UpstreamMessage[]): UpstreamHit[] {
  const { pieces, marked } = piecesOf(query);
  // A whole message quoted alone, as `bare` writes it, once per query.
  const quotedAlone = new Set([...marked].map(bare));
  // The message a question quotes, or the whole query, as words quoted from memory (recall.ts).
  const recalled = [...quotedParts(query), query].map(stemsOf);
  // A setting the query names (`recoverRetryTimes`), printed by a message: the weakest guess.
  const identifiers = identifiersOf(query);
  const hits: UpstreamHit[] = [];
  const typedAlone = bare(query);
  const flatQuery = query.toLowerCase().replace(/\s+/g, ' ');
  let found: string | undefined;
  for (const { c, t } of messages) {
    const message = prepared(t);
    const { compiled, skeleton } = message;
    if (compiled.specificity + cjkCount(skeleton) >= MIN_WHOLE && matchTemplate(compiled, query)) {
      // A whole message the query quotes in code marks or quotes (`etcd超时 | \`etcd is timeout\``) is the one it is about.
      const alone = bare(skeleton);
      hits.push({ code: c, template: t, reason: 'message', specificity: compiled.specificity, whole: typedAlone === alone, ...(quotedAlone.has(alone) ? { quoted: true } : {}) });
    }
    else if ((found = pieces.find((piece) => skeleton.includes(piece)))) hits.push({ code: c, template: t, reason: 'message-part', specificity: found.length, unsaid: compiled.specificity - found.length, ...(marked.has(found) ? { quoted: true } : {}) });
    // A sentence of the message inside the query's own words (`After deploying, every call fails with
    // total routing weight is not 100`): the message, cut to what was quoted.
    else if ((found = message.sentences.find((sentence) => flatQuery.includes(sentence)))) hits.push({ code: c, template: t, reason: 'message-part', specificity: found.length });
    else if (recalled.some((piece) => recalledIn(piece, stemsOfMessage(message)))) hits.push({ code: c, template: t, reason: 'message-part', specificity: MIN_PIECE });
    else if (identifiers.some((identifier) => namesIdentifier(skeleton, identifier))) hits.push({ code: c, template: t, reason: 'message-part', specificity: 1 });
  }
  // Of the messages a piece begins, the one that adds the least fixed text of its own comes first:
  // `Failed to load state` is `failed to load state: {text}` (the cause passed on) more than
  // `failed to load state: empty checkpoint id`, whose words the query did not say.
  return hits.sort((a, b) => Number(a.reason !== 'message') - Number(b.reason !== 'message') || b.specificity - a.specificity || (a.unsaid ?? 0) - (b.unsaid ?? 0));
}

/** The script a message is written in: `zh` when it holds Chinese characters, `en` otherwise. */
export function messageScript(text: string): 'zh' | 'en' {
  return /[\u3400-\u9fff]/.test(text) ? 'zh' : 'en';
}

/**
 * The scripts of the API messages a query may contain: Chinese characters for the Chinese messages,
 * three Latin words in a row for the English ones (a code or a path alone is not a message).
 */
export function scriptsOfQuery(query: string): Array<'zh' | 'en'> {
  const scripts: Array<'zh' | 'en'> = [];
  if (/[\u3400-\u9fff]/.test(query)) scripts.push('zh');
  if (/[A-Za-z]{2,}[,.]?\s+[A-Za-z]{2,}[,.]?\s+[A-Za-z]{2,}/.test(query)) scripts.push('en');
  return scripts;
}

/** English words that hold a sentence together and tell no message from another. */
const GLUE_WORDS = new Set('the and are was were has have had for with does did can you your please this that its'.split(' '));

/** The words a paraphrase is compared by: pairs of Chinese characters, and Latin words of three letters or more. */
function paraphraseTokens(text: string): Set<string> {
  const tokens = new Set<string>();
  for (const run of text.match(/[\u3400-\u9fff]+/g) ?? []) for (let i = 0; i + 1 < run.length; i++) tokens.add(run.slice(i, i + 2));
  // `exists` restates `exist`, `functions` `function`; words that only hold a sentence together say nothing.
  for (const word of text.toLowerCase().match(/[a-z][a-z0-9]{2,}/g) ?? []) if (!GLUE_WORDS.has(word)) tokens.add(singular(word));
  return tokens;
}

/**
 * The tokens of each message set and how rare each token is in it, computed once per set: the caller
 * passes each loaded file's own array (`/api-messages/zh.json`), which lives as long as the page.
 */
const paraphraseIndexes = new WeakMap<readonly UpstreamMessage[], { tokens: Array<Set<string>>; weight: Map<string, number> }>();
function paraphraseIndex(messages: readonly UpstreamMessage[]) {
  let index = paraphraseIndexes.get(messages);
  if (!index) {
    const tokens = messages.map(({ t }) => paraphraseTokens(prepared(t).skeleton));
    const count = new Map<string, number>();
    for (const set of tokens) for (const token of set) count.set(token, (count.get(token) ?? 0) + 1);
    // A token in every message says nothing; one in a single message says the most.
    const weight = new Map([...count].map(([token, n]) => [token, Math.log((messages.length + 1) / n)]));
    paraphraseIndexes.set(messages, (index = { tokens, weight }));
  }
  return index;
}

/** Shared tokens a paraphrase needs, and the share of the message's weight they must carry. */
const MIN_SHARED = 3;
const MIN_PARAPHRASE = 0.45;
/** The same for an English sentence: how long it may be, how many words it may add, the share it must carry. */
const MAX_ENGLISH_WORDS = 10;
const MAX_ENGLISH_EXTRA = 2;
const MIN_ENGLISH_PARAPHRASE = 0.8;

/**
 * Messages a Chinese question restates in its own words ("环境变量超过四个就提示大小超限" for
 * `环境变量大小超限，请保持在 4KB 以内。`): the pairs of characters and the Latin words they share,
 * weighted by how rare each is among the messages, cover most of the message. A guess, ranked after
 * the lookup's; used only when no message matched as written.
 */
export function matchParaphrases(query: string, messages: readonly UpstreamMessage[]): UpstreamHit[] {
  const chinese = (query.match(/[\u3400-\u9fff]/g) ?? []).length >= 4;
  // An English sentence restates a message only when it is about as short as one (`Function
  // hello_world not exists` for `The function does not exist.`); a longer text shares words by chance.
  const english = !/[\u3400-\u9fff]/.test(query) && query.trim().split(/\s+/).length <= MAX_ENGLISH_WORDS;
  if (!chinese && !english) return [];
  const typed = paraphraseTokens(withoutNames(query, true));
  const { tokens, weight } = paraphraseIndex(messages);
  const hits: UpstreamHit[] = [];
  messages.forEach(({ c, t }, index) => {
    const own = tokens[index]!;
    let total = 0;
    let shared = 0;
    let sharedWeight = 0;
    // A message that names something in Latin letters (`不存在的Demo。`, `TriggerName传入错误。`) is
    // restated only by a question that names it too: its Chinese words alone fit too many questions.
    const names = chinese ? [...own].filter((token) => /^[a-z]/.test(token)) : [];
    if (names.length > 0 && !names.some((token) => typed.has(token))) return;
    // English words are many and shared widely: the message must be nearly all restated, by a sentence
    // that adds few words of its own.
    if (english && (own.size < MIN_SHARED || typed.size > own.size + MAX_ENGLISH_EXTRA)) return;
    for (const token of own) {
      const w = weight.get(token) ?? 0;
      total += w;
      if (typed.has(token)) {
        shared += 1;
        sharedWeight += w;
      }
    }
    // Ranked by the weight shared, not the share: a longer message restated says more than a short one.
    if (shared >= MIN_SHARED && total > 0 && sharedWeight / total >= (english ? MIN_ENGLISH_PARAPHRASE : MIN_PARAPHRASE)) hits.push({ code: c, template: t, reason: 'message-part', specificity: Math.round(sharedWeight * 10) });
  });
  return byFamily(hits.sort((a, b) => b.specificity - a.specificity), query);
}

/**
 * The query without the names its writer chose: in Chinese text (or `always`, for a restatement), a
 * Latin name joined by hyphens or underscores (`函数 scf-demo 不存在`) names a function or a bucket,
 * and its parts are no words of a message (`不存在的Demo`).
 */
function withoutNames(query: string, always = false): string {
  return always || /[\u3400-\u9fff]/.test(query) ? query.replace(/(?<![\w.-])[A-Za-z][A-Za-z0-9]*(?:[-_][A-Za-z0-9]+)+(?![\w.-])/g, ' ') : query;
}

/** Words of a message and the family of API codes that says the same (`函数不存在。` is filed under three codes). */
const FAMILY_WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/不存在|找不到|not exist|does not exist|not found/i, 'ResourceNotFound.'],
  [/已存在|already exists?|duplicate|重复/i, 'ResourceInUse.'],
  [/上限|超过|超出|limit/i, 'LimitExceeded.'],
];

/** Hits of equal weight with the code whose family the query's words name first; the order is otherwise kept. */
function byFamily(hits: UpstreamHit[], query: string): UpstreamHit[] {
  const family = FAMILY_WORDS.find(([words]) => words.test(query))?.[1];
  if (!family) return hits;
  const fits = (hit: UpstreamHit) => (hit.code.startsWith(family) ? 0 : 1);
  return [...hits].sort((a, b) => b.specificity - a.specificity || fits(a) - fits(b));
}

/** An SCF API action as deploy tools print it before the API's message: `UpdateFunctionConfiguration`. */
const API_ACTION = /\b(?:Create|Update|Delete|Get|List|Publish|Put|Invoke|Copy|Terminate)[A-Z][A-Za-z]+\b/g;
/** An action's own failure code: `FailedOperation.CreateTrigger`, not `FailedOperation.Cos`. */
const ACTION_CODE = new RegExp(`^FailedOperation\\.${API_ACTION.source.replace(/^\\b|\\b$/g, '')}$`);

/** Words that say an action did not go through, in the API's and the deploy tools' wording. */
const FAILURE_WORDS = /失败|处于|状态|不支持|无法|错误|异常|fail|error|status|not allowed|cannot|unable/i;

/**
 * Matches a query against the SCF API's messages, reading the action it names apart: tools print
 * `Action message` (`UpdateFunctionConfiguration 当前函数状态无法进行此操作`), and the message may
 * be one the SDK files under another action's code. The message is matched without the action, and
 * when every code it points at is another action's `FailedOperation.*`, the named action's own
 * `FailedOperation.{Action}` (where it exists) comes first: that is the code the action returns.
 */
export function matchApiMessages(query: string, messages: readonly UpstreamMessage[], known: ReadonlySet<string>): UpstreamHit[] {
  const actions = [...new Set(query.match(API_ACTION) ?? [])];
  const named = withoutNames(query);
  const rest = (actions.length > 0 ? named.replace(API_ACTION, ' ') : named).replace(/\s+/g, ' ').trim();
  const hits = byFamily(matchUpstream(rest, messages), rest);
  const best = hits[0];
  // A message the SDKs do not define (`[scf/UpdateFunctionCode] 当前函数处于 Updating`) still says the
  // action failed: the action's own FailedOperation code is the guess.
  if (!best && FAILURE_WORDS.test(rest)) {
    return actions.filter((action) => known.has(`FailedOperation.${action}`)).map((action) => ({ code: `FailedOperation.${action}`, template: action, reason: 'message-part' as const, specificity: 1 }));
  }
  // Only a message filed under another action's own code (`FailedOperation.CreateTrigger`) is rewritten;
  // one whose code names a cause (`FailedOperation.Cos`, `FailedOperation.InsufficientResources`) stays.
  if (!best || !hits.every((hit) => ACTION_CODE.test(hit.code))) return hits;
  const own = actions.map((action) => `FailedOperation.${action}`).filter((code) => known.has(code) && !hits.some((hit) => hit.code === code));
  return [...own.map((code) => ({ ...best, code, specificity: best.specificity + 1 })), ...hits];
}
