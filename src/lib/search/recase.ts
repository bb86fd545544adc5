/**
 * Pastes typed or copied in lower case. People type `typeerror: cannot read property`,
 * `resourcenotfound.function` or `k_rpc_unavailable`, and some log viewers lower-case what they show;
 * the readers of traces, codes and statuses know these names in their own casing. A query with no
 * capital letter at all gets the casing back for the names this module knows, so it is read as the
 * paste it stands for; a query with any capital is left as it was written.
 */
import type { LookupData } from './lookup.ts';

/** Exception and warning classes as runtimes print them (Python, Node.js, Java, PHP). */
const EXCEPTION_NAMES = [
  'ModuleNotFoundError', 'ImportError', 'AttributeError', 'SyntaxError', 'TypeError', 'ReferenceError', 'RangeError',
  'KeyError', 'ValueError', 'IndexError', 'NameError', 'ZeroDivisionError', 'JSONDecodeError', 'UnicodeDecodeError',
  'UnicodeEncodeError', 'PermissionError', 'FileNotFoundError', 'TimeoutError', 'RuntimeError', 'MemoryError',
  'RecursionError', 'OSError', 'ConnectionError', 'ConnectionRefusedError', 'ConnectionResetError', 'ConnectTimeout',
  'ReadTimeout', 'MaxRetryError', 'SSLError', 'ProxyError', 'HTTPError', 'NotImplementedError', 'AssertionError',
  'NullPointerException', 'IllegalArgumentException', 'ClassNotFoundException', 'NoClassDefFoundError',
  'NoSuchMethodException', 'OutOfMemoryError', 'StackOverflowError', 'ClassCastException', 'IOException',
  'UnhandledPromiseRejectionWarning', 'UserWarning', 'DeprecationWarning',
  // The runtimes' own names for a failed load, and the Node.js and PHP bootstraps' handler objects.
  'Runtime.ImportModuleError', 'Runtime.UserCodeSyntaxError', 'this.realHandler', 'EventHandler',
];

/** Error codes of the operating system and Node.js, printed in capitals. */
const SYSTEM_CODES = new Set(['eacces', 'eperm', 'enoent', 'erofs', 'enospc', 'emfile', 'econnrefused', 'econnreset', 'etimedout', 'enotfound', 'eai_again', 'epipe', 'module_not_found', 'err_module_not_found', 'err_require_esm']);

/** Words of the formats readers look for: traces' headers and frames, and the fields of JSON results. */
const FORMAT_WORDS = [
  'Traceback (most recent call last)', 'File "', 'Require stack:', 'Object.<anonymous>', 'Module._compile',
  'Module._load', 'Function.Module._resolveFilename', 'Stack trace:', 'errorCode', 'errorMessage', 'statusCode',
  'stackTrace', 'errCode', 'errMsg', 'RequestId', 'Report RequestId', 'Init Report', 'Cannot find module', 'No module named',
];

/** Names with capitals worth restoring from the data: codes, names, and the spellings of seen-as strings. */
const NAME_TOKEN = /[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z][A-Za-z0-9_]*)*/g;
/** A name whose casing tells it apart: two capitals, a dot or an underscore (`HandlerNotFound`, `K_OK`), not a capitalized word. */
const HAS_CASE = /[A-Z].*[A-Z]|[._]/;

/** The lower-case spelling of every name the data and the lists above know, mapped to its own casing. */
function knownNames(data: LookupData): Map<string, string> {
  const known = new Map<string, string>();
  const add = (name: string) => {
    if (name.length >= 5 && /[A-Z]/.test(name) && HAS_CASE.test(name) && !known.has(name.toLowerCase())) known.set(name.toLowerCase(), name);
  };
  for (const name of EXCEPTION_NAMES) add(name);
  for (const entry of data.entries) {
    add(entry.code);
    // A dotted code's parts too: deploy tools print the action alone (`[scf/UpdateFunctionCode]`).
    for (const part of entry.code.split('.')) add(part);
    if (entry.name) for (const token of entry.name.match(NAME_TOKEN) ?? []) add(token);
    for (const older of entry.olderNames ?? []) add(older);
    for (const seen of entry.seenAs ?? []) for (const token of seen.text.match(NAME_TOKEN) ?? []) add(token);
  }
  return known;
}

/** The names of each lookup data, collected on the first lower-case query and shared by every recaser of that data. */
const namesOf = new WeakMap<LookupData, Map<string, string>>();

/** Builds the casing restorer of one language's lookup data. */
export function createRecaser(data: LookupData): (text: string) => string {
  return (text: string) => {
    if (/[A-Z]/.test(text) || !/[a-z]/.test(text)) return text;
    let names = namesOf.get(data);
    if (!names) namesOf.set(data, (names = knownNames(data)));
    let out = text;
    for (const words of FORMAT_WORDS) out = out.split(words.toLowerCase()).join(words);
    // A whole name, not a piece of a file name (`jd_live.js`); a dotted name is read segment by segment.
    out = out.replace(/(?<![\w.\\-])[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)*(?![\w\\-]|\.[a-z])/g, (token: string, at: number, whole: string) => {
      const name = names.get(token);
      if (name) return name;
      const beforeColon = /^\s*:/.test(whole.slice(at + token.length));
      const segments = token.split('.');
      return segments.map((segment, index) => recaseWord(segment, names, beforeColon && index === segments.length - 1)).join('.');
    });
    // A bracketed tag (`[zmq_recv_timeout]`) is upper case too.
    return out.replace(/\[([a-z][a-z0-9]*(?:_[a-z0-9]+)+)\]/g, (_, tag: string) => `[${tag.toUpperCase()}]`);
  };
}

/** One word: a known name, an openYuanrong status, a system error code, or an exception class before its message. */
function recaseWord(word: string, names: ReadonlyMap<string, string>, beforeColon: boolean): string {
  const name = names.get(word);
  if (name) return name;
  // openYuanrong's statuses (`k_rpc_unavailable`) and Node.js's error codes (`eacces`, `module_not_found`) are upper case.
  if (/^k_[a-z0-9_]+$/.test(word) || SYSTEM_CODES.has(word)) return word.toUpperCase();
  // An exception class this list does not know, before its message: `fooerror:` → `FooError:`.
  if (!beforeColon) return word;
  return word.replace(/^([a-z])([a-z0-9]*?)(error|exception)$/, (_, head: string, body: string, tail: string) => `${head.toUpperCase()}${body}${tail[0]!.toUpperCase()}${tail.slice(1)}`);
}
