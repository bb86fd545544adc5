/**
 * openYuanrong's inner status names. The data system and the function system report failures with
 * status symbols (`K_RPC_DEADLINE_EXCEEDED (1001)`, `K_IO_ERROR`) and tag their messages with a
 * bracketed kind (`[ZMQ_RECV_TIMEOUT]`, `[TCP_CONNECT_FAILED]`); the SDK turns each status into one of
 * its own codes. A log that prints only the status or the tag is answered with that SDK code, and the
 * status's own number (`code=1001`) is not read as the SDK code of the same number.
 *
 * The data system's Status::ToString prints a status by its name (`code: [RPC unavailable], msg: […]`),
 * which the table maps back to the symbol.
 *
 * The table is built from the `via` and the tags of the mined upstream messages
 * (`content/upstream-messages.yaml`), so a newer upstream commit brings its statuses with it.
 */
import { platformOf } from './platform.ts';

/**
 * What the lookup ships: status symbol → [its number, the SDK code]; message tag → SDK code; the name
 * a status is printed by, lower case → its symbol.
 */
export interface StatusTable {
  symbols: Record<string, [number, string]>;
  tags: Record<string, string>;
  names: Record<string, string>;
}

/** The table when it could not be loaded: no status decides. */
export const EMPTY_STATUSES: StatusTable = { symbols: {}, tags: {}, names: {} };

/** An upstream message as the table needs it. */
interface MinedMessage {
  text: string;
  via?: string;
  symbol?: string;
}

/** `K_RPC_UNAVAILABLE (1002) -> ERR_INNER_COMMUNICATION (3002)`, optionally followed by how. */
const VIA = /^([A-Z][A-Z0-9_]*_[A-Z0-9_]+) \((\d+)\) -> ([A-Z0-9_]+) \((\d+)\)/;
/** The SDK's own name of a code, as a message emitted with it writes it (`ErrorCode::ERR_PARAM_INVALID`, `ErrorCode.ERR_USER_CODE_LOAD`). */
const SDK_NAME = /(?:^|::|\.)(ERR_[A-Z0-9_]+)$/;
/** The name the data system prints the status by, as the miner records it (`, printed as [RPC unavailable]`). */
const PRINTED_AS = /, printed as \[([^\]]+)\]/;
/** A message's leading tag: `[ZMQ_RECV_TIMEOUT] Waited …`. */
const TAG = /^\[([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\]/;

/**
 * Builds the status table from the mined messages by SDK code. A symbol or tag that leads to more
 * than one code is left out: it would not decide.
 */
export function statusTable(messages: Record<string, readonly MinedMessage[]>): StatusTable {
  const symbols = new Map<string, Set<string>>();
  const numbers = new Map<string, number>();
  const tags = new Map<string, Set<string>>();
  const printed = new Map<string, string>();
  const add = (map: Map<string, Set<string>>, key: string, code: string) => map.set(key, (map.get(key) ?? new Set()).add(code));
  for (const [code, items] of Object.entries(messages)) {
    for (const { text, via, symbol } of items) {
      const status = via ? VIA.exec(via) : null;
      if (status && status[4] === code) {
        add(symbols, status[1]!, code);
        numbers.set(status[1]!, Number(status[2]));
        const name = PRINTED_AS.exec(via!)?.[1];
        if (name) printed.set(name.toLowerCase(), status[1]!);
        // The SDK's name of the code the status becomes (`ERR_INNER_COMMUNICATION`) is that code.
        add(symbols, status[3]!, code);
        numbers.set(status[3]!, Number(code));
      }
      // A message emitted with the SDK's code itself names it (`ErrorCode::ERR_PARAM_INVALID` under 1001).
      const own = !via && symbol ? SDK_NAME.exec(symbol)?.[1] : undefined;
      if (own) {
        add(symbols, own, code);
        numbers.set(own, Number(code));
      }
      const tag = TAG.exec(text);
      if (tag) add(tags, tag[1]!, code);
    }
  }
  const single = (map: Map<string, Set<string>>) => [...map].filter(([, codes]) => codes.size === 1).map(([key, codes]) => [key, [...codes][0]!] as const);
  // A status is named by its component (`K_`, `FUNC_AGENT_`, `RUNTIME_MANAGER_`): a name whose first
  // part no other status shares (`PARAMETER_ERROR`, `REQUEST_TIME_OUT`) is too common a phrase to decide.
  const prefixes = new Map<string, number>();
  for (const symbol of symbols.keys()) prefixes.set(prefixOf(symbol), (prefixes.get(prefixOf(symbol)) ?? 0) + 1);
  const kept: Record<string, [number, string]> = Object.fromEntries(
    single(symbols)
      .filter(([symbol]) => (prefixes.get(prefixOf(symbol)) ?? 0) > 1)
      .map(([symbol, code]) => [symbol, [numbers.get(symbol)!, code]]),
  );
  return {
    symbols: kept,
    tags: Object.fromEntries(single(tags)),
    names: Object.fromEntries([...printed].filter(([, symbol]) => kept[symbol])),
  };
}

/** The part of a status name before its first `_`. */
function prefixOf(name: string): string {
  return name.split('_')[0]!;
}


/** A status or tag found in a text, the SDK code it becomes and how to say why. */
export interface StatusHit {
  code: string;
  why: string;
  /** The status's own number, which is not a code of its own in this text. */
  number?: number;
}

/** A name in capitals with underscores: a status (`K_IO_ERROR`) or a tag (`ZMQ_RECV_TIMEOUT`). */
const SYMBOL = /(?<![A-Za-z0-9_])([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)(?![A-Za-z0-9_])/;
const SYMBOL_IN_TEXT = new RegExp(SYMBOL.source, 'g');

/**
 * A status as the data system prints it: `code: [RPC unavailable], msg: [...]` (Status::ToString), or
 * as a JSON field of a status report (`"status": "RPC unavailable"`); only a known printed name counts.
 */
const PRINTED_STATUS = /\bcode:\s*\[([^\]\n]{2,60})\]|["']status["']\s*:\s*["']([^"'\n]{2,60})["']/i;
const PRINTED_IN_TEXT = new RegExp(PRINTED_STATUS.source, 'gi');

/**
 * The printed names only the data system uses (`KV store error`, `RPC deadline exceeded`, `URMA connect
 * failed`): one of them names its status anywhere in a text, as a log or a CLI prints it before its
 * message (`KV store error. Cannot open the key/value store`). A name anyone may write (`Invalid
 * parameter`, `Out of memory`, `Runtime error`) counts only inside `code: [...]`.
 */
const DISTINCT_PRINTED = /\b(?:kv store|rpc (?:unavailable|deadline exceeded|cancelled|peer dead|network blip|stream finished)|urma [a-z]|client and worker|worker (?:crashed|pull|ub)|metadata owner|l2 cache|hccl api|acl api)/i;

/**
 * The Go components' camel-case name of an SDK code (`statuscode.ErrInnerCommunication` for
 * ERR_INNER_COMMUNICATION): `Err` and at least two more words.
 */
const CAMEL_ERR_ONE = /(?<![A-Za-z0-9_])Err((?:[A-Z][a-z0-9]+){2,})(?![A-Za-z0-9_])/;
const CAMEL_ERR = new RegExp(CAMEL_ERR_ONE.source, 'g');

/** `ErrInnerCommunication` → `ERR_INNER_COMMUNICATION`. */
function snakeOf(words: string): string {
  return `ERR_${words.replace(/(?<=[a-z0-9])(?=[A-Z])/g, '_').toUpperCase()}`;
}

/** Whether a text holds a name in capitals with underscores, which may be a status or a tag, or a printed status. */
export function mayNameStatus(text: string): boolean {
  return SYMBOL.test(text) || PRINTED_STATUS.test(text) || DISTINCT_PRINTED.test(text) || CAMEL_ERR_ONE.test(text);
}

/**
 * The statuses and tags a text names. A tag the table does not know still counts when every known
 * tag of its family (the part before the first `_`: `ZMQ_`, `TCP_`, `URMA_`) leads to one code,
 * since the data system names its transport failures by the transport.
 */
export function readStatuses(text: string, table: StatusTable): StatusHit[] {
  const hits: StatusHit[] = [];
  // The SDK code a text states (`code:3003, … code:[Out of memory]`) is what the caller got; the
  // status it prints inside is the cause's name, not a better answer.
  const statesACode = /(?<!line of )\bcode\s*[:=]\s*\d{4,}\b/i.test(text);
  for (const match of statesACode ? [] : text.matchAll(PRINTED_IN_TEXT)) {
    const name = (match[1] ?? match[2]!).trim();
    const symbol = table.names?.[name.toLowerCase()];
    const entry = symbol ? table.symbols[symbol] : undefined;
    if (symbol && entry) hits.push({ code: entry[1], why: `${match[0]} = ${symbol} (${entry[0]}) → ${entry[1]}`, number: entry[0] });
  }
  if (!statesACode && hits.length === 0 && DISTINCT_PRINTED.test(text)) {
    const lower = text.toLowerCase();
    for (const [name, symbol, entry] of distinctNames(table)) {
      const at = lower.indexOf(name);
      if (at < 0 || /[a-z]/.test(lower[at - 1] ?? '') || /[a-z]/.test(lower[at + name.length] ?? '')) continue;
      hits.push({ code: entry[1], why: `${text.slice(at, at + name.length)} = ${symbol} (${entry[0]}) → ${entry[1]}`, number: entry[0] });
    }
  }
  for (const match of text.matchAll(CAMEL_ERR)) {
    const name = snakeOf(match[1]!);
    const symbol = table.symbols[name];
    // Only the SDK's own names (their number is their code): a status's camel-case name is no one's.
    if (symbol && String(symbol[0]) === symbol[1]) hits.push({ code: symbol[1], why: `${match[0]} = ${name} = ${symbol[1]}`, number: symbol[0] });
  }
  const families = familyCodes(table);
  const openYuanrong = platformOf(text)?.platform === 'openyuanrong';
  for (const match of text.matchAll(SYMBOL_IN_TEXT)) {
    const name = match[1]!;
    const symbol = table.symbols[name];
    if (symbol) {
      // The SDK's own name of a code (`ERR_PARAM_INVALID`) is that code; a status becomes one.
      hits.push({ code: symbol[1], why: String(symbol[0]) === symbol[1] ? `${name} = ${symbol[1]}` : `${name} (${symbol[0]}) → ${symbol[1]}`, number: symbol[0] });
      continue;
    }
    const bracketed = text[match.index - 1] === '[' && text[match.index + name.length] === ']';
    // Notes and logs often write a data system status without its `K_` prefix (`URMA_NEED_CONNECT`). A
    // name of two words (`NOT_FOUND`) is too common for that, unless the text is openYuanrong's.
    const distinct = name.split('_').length > 2 || openYuanrong;
    const unprefixed = table.tags[name] || !distinct ? undefined : table.symbols[`K_${name}`];
    if (unprefixed) {
      hits.push({ code: unprefixed[1], why: `${name} = K_${name} (${unprefixed[0]}) → ${unprefixed[1]}`, number: unprefixed[0] });
      continue;
    }
    const tagged = table.tags[name] ?? (bracketed ? families.get(prefixOf(name)) : undefined);
    if (tagged) hits.push({ code: tagged, why: `[${name}] → ${tagged}` });
  }
  return hits;
}

/** The table's printed names only the data system uses, each with its symbol and entry; once per table. */
const distinctOfTable = new WeakMap<StatusTable, Array<[string, string, [number, string]]>>();
function distinctNames(table: StatusTable): Array<[string, string, [number, string]]> {
  let names = distinctOfTable.get(table);
  if (!names) {
    names = Object.entries(table.names ?? {}).flatMap(([name, symbol]) => {
      const entry = table.symbols[symbol];
      return entry && DISTINCT_PRINTED.test(name) ? [[name, symbol, entry] as [string, string, [number, string]]] : [];
    });
    distinctOfTable.set(table, names);
  }
  return names;
}

/** Tag family → its one code, for families whose known tags all lead to the same code; once per table. */
const familiesOfTable = new WeakMap<StatusTable, Map<string, string>>();
function familyCodes(table: StatusTable): Map<string, string> {
  let families = familiesOfTable.get(table);
  if (!families) {
    const byFamily = new Map<string, Set<string>>();
    for (const [tag, code] of Object.entries(table.tags)) byFamily.set(prefixOf(tag), (byFamily.get(prefixOf(tag)) ?? new Set()).add(code));
    families = new Map([...byFamily].filter(([, codes]) => codes.size === 1).map(([family, codes]) => [family, [...codes][0]!]));
    familiesOfTable.set(table, families);
  }
  return families;
}
