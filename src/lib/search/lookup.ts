/**
 * Exact lookup: answers codes, status names (any case or spacing), older names and REST messages
 * at once, and finds the code inside a pasted response, log line, stack trace or SDK exception,
 * through the real messages each code shows up as (`content/seen-as.yaml`, with `{placeholders}`)
 * and the everyday phrases people use (`content/phrases.yaml`). Pagefind handles words; this handles
 * identifiers and pastes, which Pagefind matches only by prefix or not at all.
 * Shared by the build (which writes the data file) and the browser (which queries it).
 */
import type { CatalogId } from '../model/vocabulary.ts';
import { codeSuffix, isNumericCode } from '../model/codes.ts';
import { compileTemplate, matchTemplate, templateSkeleton, unescapePaste, type Placeholder } from './message-template.ts';
import { createPhraseMatcher, type PhraseEntry } from './phrases.ts';
import { stripFiller } from './query-clean.ts';
import type { SearchStrings } from './strings.ts';

/** A real message a code shows up as, as the lookup ships it. */
export interface SeenAsTemplate {
  /** The message with `{placeholders}` for its variable parts. */
  text: string;
  /** Who prints it (`scf-runtime`, `wx-cloud`, `yr-python`, …). */
  by: string;
}

/** One code as the lookup sees it. */
export interface LookupEntry {
  code: string;
  catalog: CatalogId;
  /** Exact platform name or REST message. */
  name?: string;
  olderNames: string[];
  /** Real messages, wrapper codes and names seen in the wild. */
  seenAs?: SeenAsTemplate[];
  /** Short title in the page's language. */
  title: string;
}

/** The per-language data file: catalog labels, entries, the everyday-phrase table and the search UI strings. */
export interface LookupData {
  catalogs: Record<CatalogId, string>;
  entries: LookupEntry[];
  phrases?: PhraseEntry[];
  /** The header search box's strings, here rather than in every page's HTML. */
  strings?: SearchStrings;
}

/**
 * Why a code matched, strongest first. The first five are exact (the text names the code); the
 * rest are good guesses (a number prefix, a message typed without its numbers, an everyday phrase).
 */
export type LookupReason = 'code' | 'name' | 'older-name' | 'code-field' | 'message' | 'in-text' | 'code-prefix' | 'message-part' | 'phrase';

/** A matched code, why it matched, and the values read from a matched message. */
export interface LookupHit {
  entry: LookupEntry;
  reason: LookupReason;
  /** What in the query matched: the message template, the name or the phrase. */
  why?: string;
  /** The seen-as template the text matched, when one did (even if a code field decided the code). */
  template?: string;
  /** Values of the matched template's placeholders (`{ seconds: "3" }`). */
  values?: Partial<Record<Placeholder, string>>;
}

const EXACT_REASONS: ReadonlySet<LookupReason> = new Set(['code', 'name', 'older-name', 'code-field', 'message', 'in-text']);

/** Whether a hit names its code for certain (Enter may open it) rather than being a guess. */
export function isExactReason(reason: LookupReason | undefined): boolean {
  return reason !== undefined && EXACT_REASONS.has(reason);
}

/** Names shorter than this are too common to be spotted inside pasted text (`Success`). */
const MIN_IN_TEXT_NAME = 8;
/** A message typed without its numbers must be at least this long to count. */
const MIN_MESSAGE_PART = 12;
/** How many codes a number prefix lists. */
const MAX_PREFIX_HITS = 8;
/** Text before a bare number that makes it a port, not a code (`port 9000`, `端口 9000`). */
const PORT_BEFORE = /(?:port|端口)\s*[:=]?\s*$/i;
/** Text after a bare number that makes it a quantity, not a code (`128 MB`, `3 seconds`). */
const UNIT_AFTER = /^\s*(?:[kmgt]i?b\b|ms\b|s\b|secs?\b|seconds?\b|minutes?\b|%|秒|分钟|毫秒)/i;
/**
 * A field that holds the code in real output: `"statusCode":433`, `ErrCode: 4008`, `[ErrorCode: 3003]`,
 * `code=122002`, `{"code": 4101, …}`. `ModuleCode` and `errorCode: -1` are not codes.
 */
const CODE_FIELD = /(?<![a-z])(?:err(?:or)?_?code|status_?code|code|status)["'\s]*[:=]\s*["']?(\d{3,6})\b/gi;

/**
 * A field that holds a Tencent Cloud API error code: `Code=FailedOperation.UpdateFunctionCode`,
 * `"Code":"InternalError"`, `code:ResourceNotFound.Function`, `ErrorCode: AuthFailure.SignatureExpire`.
 */
const API_CODE_FIELD = /(?<![a-z])(?:err(?:or)?_?code|code)["'\s]*[:=]\s*["']?([A-Z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)*)/gi;
/** A dotted API error code anywhere in the text (`ResourceNotFound.Function`). */
const DOTTED_CODE = /(?<![\w.])([A-Z][A-Za-z0-9]*(?:\.[A-Z][A-Za-z0-9]*)+)(?![\w])/g;
/** A suffix people may type alone: at least two words (`UpdateFunctionCode`, not `Function`). */
const TYPED_SUFFIX = /^[A-Z][a-z0-9]+[A-Z]/;
/** A wrapper platform's negative error code, such as `-504003` (not `-1`, which only says "failed"). */
const WRAPPER_CODE = /(?<![\w.-])(-\d{4,7})(?![\w.])/g;
/** A Python stack frame in a platform runtime file: `File "/var/runtime/…", line {n}, in name`. */
const RUNTIME_FRAME = /^(File "\/var\/runtime\/[^"]+"), line \{n\}, in \w+$/;
/** Scores of the kinds of evidence, strongest first; a template adds its specificity. */
const SCORE = { codeField: 10_000, template: 5000, wrapperCode: 3000, nameInText: 800, messagePart: 500, runtimeFrame: 700, bareNumber: 400, phrase: 100 } as const;

/** Lower-cases and drops everything but letters, digits and CJK, so `Handler Not Found` = `handlernotfound`. */
export function normalizeName(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9\u3400-\u9fff]+/g, '');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface TextRule {
  entry: LookupEntry;
  weight: number;
  reason: LookupReason;
  why: string;
  /** Set for seen-as templates, whose values the code page can show. */
  template?: string;
  match(text: string): Partial<Record<Placeholder, string>> | undefined;
}

/** Builds a query function over the lookup data; all indexes are made once. */
export function createLookup(data: LookupData): (query: string) => LookupHit[] {
  const byCode = new Map(data.entries.map((entry) => [entry.code, entry]));
  const byName = new Map<string, LookupHit[]>();
  const addName = (name: string, hit: LookupHit) => {
    const key = normalizeName(name);
    if (key) byName.set(key, [...(byName.get(key) ?? []), hit]);
  };
  const rules: TextRule[] = [];
  const skeletons: Array<{ entry: LookupEntry; skeleton: string; why: string }> = [];
  const apiCodes = new Map<string, LookupEntry>();
  for (const entry of data.entries) {
    if (!isNumericCode(entry.code)) {
      // An API code is its own name: `resourcenotfound.function` and `ResourceNotFound Function` find it.
      addName(entry.code, { entry, reason: 'code', why: entry.code });
      apiCodes.set(entry.code.toLowerCase(), entry);
      const suffix = codeSuffix(entry.code);
      if (suffix && TYPED_SUFFIX.test(suffix)) addName(suffix, { entry, reason: 'name', why: entry.code });
    }
    if (entry.name) addName(entry.name, { entry, reason: 'name', why: entry.name });
    for (const older of entry.olderNames) addName(older, { entry, reason: 'older-name', why: older });
    for (const seen of entry.seenAs ?? []) {
      const compiled = compileTemplate(seen.text);
      rules.push({ entry, weight: SCORE.template + compiled.specificity, reason: 'message', why: seen.text, template: seen.text, match: (text) => matchTemplate(compiled, text) });
      skeletons.push({ entry, skeleton: templateSkeleton(seen.text), why: seen.text });
      // A frame of the same runtime file (`File ".../bootstrap.py", line 160, in get_func_handler`)
      // fails at the same stage as the recorded frame, whatever function it names: a good guess.
      const frame = RUNTIME_FRAME.exec(seen.text);
      if (frame) {
        const file = compileTemplate(frame[1]!);
        rules.push({ entry, weight: SCORE.runtimeFrame, reason: 'message-part', why: seen.text, match: (text) => (matchTemplate(file, text) ? {} : undefined) });
      }
    }
    for (const name of [entry.name, ...entry.olderNames]) {
      if (name && normalizeName(name).length >= MIN_IN_TEXT_NAME) {
        const pattern = new RegExp(`(^|[^A-Za-z0-9])${escapeRegExp(name).replace(/\s+/g, '\\s+')}($|[^A-Za-z0-9])`, 'i');
        rules.push({ entry, weight: SCORE.nameInText + name.length, reason: 'in-text', why: name, match: (text) => (pattern.test(text) ? {} : undefined) });
      }
    }
  }
  // A wrapper platform's own code (`-504003`) names the SCF code even when it is pasted alone or
  // with a different message, so each negative code found in a seen-as string is indexed too.
  const byWrapperCode = new Map<string, Array<{ entry: LookupEntry; template: string }>>();
  for (const entry of data.entries) {
    for (const seen of entry.seenAs ?? []) {
      for (const match of seen.text.matchAll(WRAPPER_CODE)) {
        byWrapperCode.set(match[1]!, [...(byWrapperCode.get(match[1]!) ?? []), { entry, template: seen.text }]);
      }
    }
  }
  const matchPhrases = createPhraseMatcher(data.phrases ?? []);
  const codesInOrder = [...byCode.keys()];

  return (query: string): LookupHit[] => {
    const text = unescapePaste(query.trim());
    if (!text) return [];
    if (/^\d+$/.test(text)) {
      const exact = byCode.get(text);
      const prefixed = codesInOrder
        .filter((code) => code !== text && code.startsWith(text))
        .slice(0, MAX_PREFIX_HITS)
        .map((code): LookupHit => ({ entry: byCode.get(code)!, reason: 'code-prefix' }));
      return exact ? [{ entry: exact, reason: 'code', why: text }, ...prefixed] : prefixed;
    }
    const named = byName.get(normalizeName(text));
    // A code typed as it is (`InvalidParameterValue`) comes before a status that carries it as a name (400).
    if (named) return [...named].sort((a, b) => Number(a.reason !== 'code') - Number(b.reason !== 'code'));
    return findInText(text);
  };

  /** Every code the text points at, strongest evidence first, each with why. */
  function findInText(text: string): LookupHit[] {
    const found = new Map<string, { score: number; hit: LookupHit }>();
    /** The most specific template each code matched, kept apart so a code field cannot hide it. */
    const templates = new Map<string, { weight: number; template: string; values: LookupHit['values'] }>();
    const note = (code: string, score: number, hit: Omit<LookupHit, 'entry'>) => {
      const entry = byCode.get(code);
      if (entry && score > (found.get(code)?.score ?? -1)) found.set(code, { score, hit: { entry, ...hit } });
    };
    for (const match of text.matchAll(CODE_FIELD)) note(match[1]!, SCORE.codeField, { reason: 'code-field', why: match[0] });
    for (const match of text.matchAll(API_CODE_FIELD)) {
      const entry = apiCodes.get(match[1]!.toLowerCase());
      if (entry) note(entry.code, SCORE.codeField, { reason: 'code-field', why: match[0] });
    }
    for (const match of text.matchAll(DOTTED_CODE)) {
      const entry = apiCodes.get(match[1]!.toLowerCase());
      if (entry) note(entry.code, SCORE.codeField - 1, { reason: 'in-text', why: match[1]! });
    }
    for (const match of text.matchAll(WRAPPER_CODE)) {
      for (const { entry } of byWrapperCode.get(match[1]!) ?? []) note(entry.code, SCORE.wrapperCode, { reason: 'code-field', why: match[1]! });
    }
    for (const rule of rules) {
      const values = rule.match(text);
      if (!values) continue;
      note(rule.entry.code, rule.weight, { reason: rule.reason, why: rule.why });
      if (rule.template && rule.weight > (templates.get(rule.entry.code)?.weight ?? -1)) {
        templates.set(rule.entry.code, { weight: rule.weight, template: rule.template, values });
      }
    }
    for (const match of text.matchAll(/(?<![\w.-])(\d{3,6})(?![\w.-])/g)) {
      const before = text.slice(0, match.index);
      const after = text.slice(match.index + match[0].length);
      // A code number the reader typed in a question ("腾讯云函数返回432") outweighs everyday words.
      if (!PORT_BEFORE.test(before) && !UNIT_AFTER.test(after)) note(match[1]!, SCORE.bareNumber, { reason: 'in-text', why: match[1]! });
    }
    if (found.size === 0) {
      // A message typed without its numbers or wrapped in a question: its words inside a template.
      const pieces = [text, stripFiller(text), ...text.split(/[,，。!！?？;；]+/)];
      for (const typed of new Set(pieces.map((t) => t.toLowerCase().replace(/\s+/g, ' ').trim()))) {
        if (typed.length < MIN_MESSAGE_PART) continue;
        for (const { entry, skeleton, why } of skeletons) {
          if (skeleton.includes(typed)) note(entry.code, SCORE.messagePart + typed.length, { reason: 'message-part', why });
        }
      }
    }
    // Phrases add up: "timed out" + "cold start" points at the init timeout more than either alone.
    const phraseScores = new Map<string, { score: number; why: string }>();
    for (const { phrase, coverage } of matchPhrases(text)) {
      phrase.codes.forEach((code, index) => {
        const previous = phraseScores.get(code);
        const score = (previous?.score ?? 0) + Math.round(coverage * 100) - index * 5;
        phraseScores.set(code, { score, why: previous ? `${previous.why} + ${phrase.text}` : phrase.text });
      });
    }
    for (const [code, { score, why }] of phraseScores) note(code, SCORE.phrase + Math.min(score, SCORE.bareNumber - SCORE.phrase - 1), { reason: 'phrase', why });
    return [...found.values()]
      .sort((a, b) => b.score - a.score)
      .map(({ hit }) => {
        const matched = templates.get(hit.entry.code);
        if (!matched) return hit;
        return { ...hit, template: matched.template, ...(Object.keys(matched.values ?? {}).length ? { values: matched.values } : {}) };
      });
  }
}
