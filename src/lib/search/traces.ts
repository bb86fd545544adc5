/**
 * Stack traces read by their frames. Where a trace passes through decides between a failure while
 * the runtime was loading the function (before the handler ran: a handler that names a missing
 * function, an import that fails, a file the runtime cannot read) and a failure raised while the
 * handler was running. SCF's runtimes live under `/var/runtime/` (or `/data/scf/frame/`), the
 * function's own files under `/var/user/`.
 */

/** When a traced error happened, by the frames that show it. */
export interface TraceReading {
  /** `handler`: loading failed because the handler's own file or module is missing. */
  stage: 'load' | 'handler' | 'run';
  runtime: 'python' | 'node' | 'php' | 'java';
  /** The frames (or lines) that decided, as they appear in the text. */
  frames: string[];
}

/** Frames of a runtime's loader, before any handler runs. */
const LOADER = {
  python: [
    /File "[^"]*\/(?:var\/runtime|data\/scf\/frame)\/[^"]*", line \d+, in (?:init_handler|get_func_handler|start_server)/,
    /File "[^"]*\/imp\.py", line \d+, in load_(?:module|source)/,
    /File "<frozen importlib\._bootstrap[^"]*>"/,
  ],
  node: [
    /at Object\.module\.exports\.load \([^)]*\/var\/runtime\/node[^)]*\)/,
    /\/var\/runtime\/node\d*\/UserFunction\.js/,
    /Require stack:[\s\S]*\/var\/runtime\//,
    // The runtime cannot read the function's own file.
    /EACCES:\s+permission\s+denied,\s+open\s+'\/var\/user\/[^']+'/,
    // The Node.js runtime's bootstrap calls the handler it looked up; a handler setting that names
    // no exported function leaves it nothing to call.
    /this\.realHandler\s+is\s+not\s+a\s+function/,
    // A file's top level running while it is required (`Object.<anonymous>`) beside the module loader.
    /at Object\.<anonymous> \(\/var\/user\/[^)]+\)(?=[\s\S]*Module\._(?:compile|load))/,
    // A dependency's top level (`at Object.<anonymous> (/var/user/node_modules/…)`) runs when it is
    // required, even where a logger cut the loader's frames below it.
    /at Object\.<anonymous> \(\/var\/user\/node_modules\/[^)]+\)/,
  ],
  php: [/function\s+\w+\s+not\s+found\s+in\s+\/var\/runtime\/php\d*\/bootstrap\.php/],
  java: [/java\.lang\.(?:ClassNotFoundException|NoSuchMethodException|NoClassDefFoundError)/],
} as const;

/** Frames that show the handler running. */
const HANDLER = {
  python: [/File "[^"]*\/var\/runtime\/[^"]*", line \d+, in (?:handle|real_handler)/, /File "\/var\/user\/[^"]+", line \d+, in (?!<module>)\w+/],
  // Not Runtime.handleOnce: the Node.js runtime loads the function inside it on the first call.
  // An unhandled promise rejection surfaces after the handler's own asynchronous code ran.
  // `exports.main` is the handler of CloudBase and Mini Program cloud functions, `exports.main_handler` SCF's.
  // A named function of the function's own files (`at Request._callback (/var/user/index.js:15:22)`)
  // runs after loading, unless the module loader is below it: then the file's top level called it.
  node: [
    /\[as handler\] \([^)]*\/var\/user\//,
    /at (?:async )?(?:Runtime\.|Object\.)?exports\.main(?:_handler)?\b/,
    /UnhandledPromiseRejection(?:Warning)?/,
    /at (?!Object\.<anonymous>)(?:async )?[\w$.<>\[\]]+(?: \[as \w+\])? \(\/var\/user\/[^)]+\)(?![\s\S]*Module\._(?:compile|load))/,
  ],
  // The PHP runtime's bootstrap hands the event to the handler through its EventHandler; a frame in
  // the function's own file (`#1 /var/user/index.php(12): main_handler(…)`) is the handler running.
  php: [/__scf_bootstrap_\\?EventHandler->handle\(/, /#\d+ \/var\/user\/[^(\s]+\.php\(\d+\): (?!require|include)\w/],
  java: [],
} as const;

type Runtime = keyof typeof LOADER;

/** The last trace of the text: Python chains traces with "During handling…", and the last one raised. */
function lastTrace(text: string): string {
  const parts = text.split(/During handling of the above exception, another exception occurred:|The above exception was the direct cause of the following exception:/);
  return parts[parts.length - 1]!;
}

function matches(patterns: readonly RegExp[], text: string): string[] {
  return patterns.flatMap((pattern) => {
    const found = pattern.exec(text);
    return found ? [found[0]] : [];
  });
}

/**
 * Reads the stage of the trace in `text`, or undefined when the text has no frames of SCF's runtimes
 * or its own files. A trace that shows the handler running is a run-time failure even if loader
 * frames appear earlier (a module imported lazily inside the handler).
 */
export function readTrace(text: string): TraceReading | undefined {
  const trace = lastTrace(text);
  // Python prints the outermost frame first: when the first of the function's own frames is its
  // file's top level (`in <module>`) and no runtime frame shows a handler being called, every frame
  // after it ran during the import, so functions it called do not make it a run-time failure.
  const firstOwn = /File "\/var\/user\/[^"]+", line \d+, in (\S+)/.exec(trace);
  if (firstOwn?.[1] === '<module>' && matches([HANDLER.python[0]], trace).length === 0) return { stage: 'load', runtime: 'python', frames: [firstOwn[0]] };
  // Node.js lists who required a missing module, innermost first (some loggers drop the
  // `Require stack:` heading and keep the list). When that first file is the function's own
  // (`- /var/user/index.js`), the function's code asked for the module, as scripts that load their
  // tasks on demand do; the runtime's loader asks only for the handler's file.
  // `Runtime.ImportModuleError` is the runtime saying so itself: loading failed, whoever asked.
  const requireStack = /(?:Require stack:|Cannot find module '[^']*')\s*((?:-\s*\/\S+\s*)+)/.exec(trace);
  if (requireStack && !/\bRuntime\.ImportModuleError\b/.test(trace)) {
    const files = requireStack[1]!.split(/\s*-\s+/).map((file) => file.trim()).filter(Boolean);
    if (files[0]?.startsWith('/var/user/')) return { stage: 'run', runtime: 'node', frames: [`Require stack: - ${files[0]}`] };
  }
  for (const runtime of Object.keys(LOADER) as Runtime[]) {
    const running = matches(HANDLER[runtime], trace);
    const loading = matches(LOADER[runtime], trace);
    // PHP's bootstrap prints the handler it could not find above its own EventHandler frame.
    if (running.length > 0 && !(runtime === 'php' && loading.length > 0)) return { stage: 'run', runtime, frames: running };
    if (loading.length > 0) return { stage: 'load', runtime, frames: loading };
  }
  return undefined;
}

/**
 * Exception types that say when an error happened even without frames: a module that cannot be
 * found or imported fails while the function loads; the rest are raised by code that runs (a
 * property of undefined, a failed connection, a missing key).
 */
const LOAD_EXCEPTIONS =
  /AttributeError: module '[^']+' has no attr|\b(?:ModuleNotFoundError|No module named|ImportError|Runtime\.ImportModuleError|Runtime\.UserCodeSyntaxError|ClassNotFoundException|NoClassDefFoundError|Cannot use import statement outside a module)\b|Cannot find module '[^']*\.node'/;
/**
 * Node.js's own words for a missing module (`Cannot find package 'axios'` when an ES module imports it).
 * SCF's Node.js runtimes load the handler's file inside the
 * first call, so a module missing then is reported as the user code's exception (`user code
 * exception caught` around `Cannot find module`); only `Runtime.ImportModuleError` (above) and a
 * native `.node` binary built for another system say the runtime failed to load the function.
 */
const NODE_MISSING_MODULE = /\bCannot find module\b|\bMODULE_NOT_FOUND\b|\bCannot find package '[^'\n]+'/;
// Go's runtime panics (`panic: runtime error: invalid memory address or nil pointer dereference`) are the
// handler's own failure: SCF's Go library recovers a panic and returns it as the invocation's error
// (tencentyun/scf-go-lib@13c9a7eeca8063c386833788473b122c18db97ed, cloudfunction/function.go#L25).
const RUN_EXCEPTIONS =
  /\bpanic: runtime error\b|\bnil pointer dereference\b|\b(?:TypeError|ReferenceError|RangeError|KeyError|ValueError|IndexError|NameError|ZeroDivisionError|JSONDecodeError|UnicodeDecodeError|ConnectionError|ConnectTimeout|ReadTimeout|MaxRetryError|gaierror|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENOTFOUND|EAI_AGAIN|NullPointerException|IllegalArgumentException|Traceback \(most recent call last\))\b/;

/**
 * Any other exception class a runtime prints before its message (`UnicodeEncodeError: 'ascii' codec…`,
 * `FeatureNotFound:`), a Java exception named with its package before its frames
 * (`java.nio.file.NoSuchFileException at …`), a library's own exception named by its module (`requests.exceptions.InvalidSchema:`),
 * and the file-system errors code meets while it runs (`EROFS: read-only file
 * system`): raised by running code. (`EACCES` is not: the loader meets it too, reading the function's own files.) Not the SDKs' own wrappers of an API error
 * (`TencentCloudSDKException`), which the API code inside them answers, nor openYuanrong's.
 */
/**
 * The runtimes' own words for an error of running code, pasted without the exception's type: Python's
 * `name 'x' is not defined`, `'NoneType' object has no attribute`, `list index out of range`, and
 * Node.js's `Cannot read properties of undefined`, `x is not defined`, `Unexpected end of JSON input`.
 */
const RUN_MESSAGES =
  /\b(?:global )?name '[^'\n]+' is not defined|'(?!module')\w+' object (?:has no attribute|is not (?:subscriptable|callable|iterable))|\b(?:list|string|tuple) index out of range|division by zero|unsupported operand type\(s\)|takes \d+ positional arguments? but \d+ (?:was|were) given|missing \d+ required positional arguments?|can only concatenate str|invalid literal for int\(\)|Cannot (?:read|set) propert(?:y|ies) of (?:undefined|null)|(?<![\w.])[A-Za-z_$][\w$]* is not defined\b|Unexpected end of JSON input|Unexpected token .{1,3} in JSON|Maximum call stack size exceeded|Assignment to constant variable/;
/** A name called that is no function, as Node.js words it: `createIndex is not a function`. */
const NOT_A_FUNCTION = /(?<![\w.$])([A-Za-z_$][\w$]*(?:\.[\w$]+)*) is not a function\b/;
const OTHER_RUN_EXCEPTION = /\b(?!TencentCloud|YR|Yr)[A-Z][A-Za-z]*[a-z](?:Error|Exception)(?=\s*:)|\b(?:java|javax|com|org|io|net)\.(?!yuanrong\b)(?:[a-z]\w*\.)+[A-Z]\w*(?:Exception|Error)\b(?=\s*(?::|\bat\b|$))|\b(?!yr\.)[a-z_]\w*(?:\.\w+)*\.exceptions?\.[A-Z]\w*(?=\s*:)|\b(?:EROFS|ENOSPC|EMFILE)\b/;

/**
 * The stage an exception type points to, with the type as it appears; undefined for none. `exit` is an
 * error that ends the process itself (PHP's fatal error).
 */
export function readExceptionType(text: string): { stage: 'load' | 'handler' | 'run' | 'exit'; type: string } | undefined {
  // The module the runtime could not import is the one that is missing: the handler's own file
  // (`Unable to import module 'index': No module named 'index'`), not a package it imports.
  const own = /Unable to import module '([\w.\/-]+)'[^\n]*?No module named '?\1(?![\w.])/.exec(text);
  if (own) return { stage: 'handler', type: own[0] };
  // Python 2's runtime says so of a handler function its module lacks (SCF's error-type page lists it
  // as 处理方法不存在).
  const lacking = /'module' object has no attribute '[^'\n]+'/.exec(text);
  if (lacking) return { stage: 'handler', type: lacking[0] };
  // The PHP runtime's bootstrap says so of the handler's function it cannot find in the entry file
  // (`function main_handler not found in /var/runtime/php74/bootstrap.php`).
  const noHandler = /\bfunction\s+[`'"]?(?:[\w-]+\.)?(?:main_?handler|handler|main)[`'"]?\s+not found\b/i.exec(text);
  if (noHandler) return { stage: 'handler', type: noHandler[0] };
  const load = LOAD_EXCEPTIONS.exec(text);
  if (load) return { stage: 'load', type: load[0] };
  // PHP's fatal error ends the PHP process (SCF then reports `Process exited before completing request`),
  // and so does a file it requires that cannot be opened.
  const phpFatal = /\b(?:PHP )?Fatal error:\s|Failed opening (?:required )?'[^'\n]*' for inclusion|failed to open stream: No such file or directory/.exec(text);
  if (phpFatal) return { stage: 'exit', type: phpFatal[0].trim() };
  // A shell's report that the process it started died of a signal (`./index.sh: line 3: 31 Aborted
  // ./app`, `Killed`, `Segmentation fault (core dumped)`): whatever was raised before, the process ended.
  const signalled = /\bline \d+:\s+\d+\s+(?:Aborted|Killed|Segmentation fault|Bus error|Illegal instruction|Floating point exception)\b(?: \(core dumped\))?/.exec(text);
  if (signalled) return { stage: 'exit', type: signalled[0] };
  // Code that does not parse fails while it loads; JSON that does not parse is data read at run time.
  // Python's own words for it, pasted without the type: `invalid syntax (sendNotify.py, line 473)`,
  // `(<unknown>, line 132)` when the code was parsed from a string. Node's parser words without the type
  // (`Unexpected end of input` for a file cut short, `Invalid or unexpected token`, `missing ) after
  // argument list`) and Python's (`unexpected EOF while parsing`) say the same.
  const syntax = /\bSyntaxError\b|\binvalid syntax \((?:[\w./-]+\.py|<\w+>), line \d+\)|\bUnexpected end of input\b|\bInvalid or unexpected token\b|\bmissing \) after argument list\b|\bunexpected EOF while parsing\b/i.exec(text);
  if (syntax && !/JSON/i.test(text)) return { stage: 'load', type: syntax[0] };
  // `x is not a function` without its TypeError: the handler's own name when the runtime looked it up
  // (`main_handler is not a function`), else a call the running code made (`createIndex is not a function`).
  const notAFunction = NOT_A_FUNCTION.exec(text);
  if (notAFunction && !RUN_EXCEPTIONS.test(text)) return { stage: /^(?:exports\.)?(?:main(?:_?handler)?|handler)$/i.test(notAFunction[1]!) ? 'handler' : 'run', type: notAFunction[0] };
  const run = NODE_MISSING_MODULE.exec(text) ?? RUN_EXCEPTIONS.exec(text) ?? OTHER_RUN_EXCEPTION.exec(text) ?? RUN_MESSAGES.exec(text);
  return run ? { stage: 'run', type: run[0] } : undefined;
}
