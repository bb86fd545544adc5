/**
 * Wrapper envelopes. WeChat Mini Program and CloudBase report a failed cloud function in their own
 * codes and fields and put the real error inside: `errCode: -404011 … | errMsg: cloud.callFunction:fail
 * … error code -504002, error message <inner>`, `errCode: -504002 functions execute fail | errMsg:
 * <inner>` (nested once more for an API error), or a JSON object whose `code` is a generic failure
 * (`INVOKE_FUNCTION_FAILED`) and whose `message` holds the inner error and its stack. The outer
 * codes are generic; the inner error decides which code it is.
 */

/** An envelope found in a paste: the wrapper's own codes and names, and the error inside. */
export interface Envelope {
  /** The wrapper's codes and names, outermost first (`-404011`, `-504002`, `INVOKE_FUNCTION_FAILED`). */
  markers: string[];
  /** The inner error, unescaped, without the envelope's call ids and traces; '' when none. */
  inner: string;
}

/** The Mini Program's older form: `… cloud function service error code -504002, error message <inner>; at cloud.callFunction api;`. */
const SERVICE_ERROR = /error code (-\d{4,7}),\s*error message\s+([\s\S]*?)(?:;\s*at cloud\.callFunction api;?|$)/i;
/** `errCode: -504002 functions execute fail | errMsg: <inner>`, possibly nested. */
const ERR_CODE_MSG = /errCode:\s*(-?\d{4,7})([^|\n]*)\|\s*errMsg:\s*([\s\S]*)/i;
/**
 * A JSON object's `code` and `message` fields, in either quote style. A paste arrives with its escapes
 * undone (`\"` is `"`), so a quote inside the message ends it only before the next field or the
 * closing brace (`File "/var/user/index.py", line 17` goes on).
 */
const JSON_CODE = /["']?code["']?\s*:\s*["']([A-Z][A-Z0-9_]{4,})["']/;
const JSON_MESSAGE = /["']?message["']?\s*:\s*(?:"((?:[^"\\]|\\.|"(?!\s*(?:,\s*["']?\w+["']?\s*:|}|$)))*)"|'((?:[^'\\]|\\.)*)')/;

/**
 * The Mini Program API's own failure as its `errMsg` prints it when no code came with it:
 * `cloud.callFunction:fail FunctionName parameter could not be found`. What follows `:fail` is the error.
 */
const CALL_FAIL = /\bcloud\.callFunction:fail\s+(\S[\s\S]*)/i;

/** Removes what the envelope adds after the inner error: call ids, trace summaries, `at` frames of the SDK. */
function trimInner(inner: string): string {
  return inner
    .replace(/\s*\((?:callId|trace):[^)]*\)(?:\s*\([^)]*\))?/gi, ' ')
    .replace(/\s*\(trace:[\s\S]*$/i, '')
    .replace(/\s*at cloud\.callFunction api;?/i, '')
    .replace(/cloud\.callFunction:fail\s*/i, '')
    .trim();
}

/** The envelope of a pasted error, or undefined when the text is not wrapped. */
export function unwrapEnvelope(text: string): Envelope | undefined {
  const markers: string[] = [];
  let inner = text;
  let found = false;
  const outer = /errCode:\s*(-\d{4,7})\s+cloud function execution error/i.exec(text);
  if (outer) markers.push(outer[1]!);
  const service = SERVICE_ERROR.exec(inner);
  if (service) {
    markers.push(service[1]!);
    inner = service[2]!;
    found = true;
  }
  // Nested `errCode … | errMsg …` pairs: each level adds a marker and leaves the message inside. The
  // words next to an inner level's code say what went wrong (`-604101 function has no permission to
  // call this API`), so they stay with the message; the outermost level's are the generic wording.
  const said: string[] = [];
  for (let depth = 0; depth < 4; depth++) {
    const pair = ERR_CODE_MSG.exec(inner);
    if (!pair) break;
    markers.push(pair[1]!);
    if (depth > 0 && pair[2]!.trim()) said.push(pair[2]!.trim());
    inner = pair[3]!.replace(/^Error:\s*/i, '');
    found = true;
  }
  if (said.length > 0) inner = `${said.join(' ')} ${inner}`;
  if (!found) {
    const code = JSON_CODE.exec(text);
    const message = JSON_MESSAGE.exec(text);
    if (code && message && /FAIL|ERROR|EXCEPTION/.test(code[1]!)) {
      markers.push(code[1]!);
      inner = (message[1] ?? message[2]!).replace(/\\n/g, '\n').replace(/\\"/g, '"');
      found = true;
    }
  }
  // A wrapper code elsewhere in the text (`cloud.callFunction:fail … errCode: -504002 …`) is read by the
  // code's own rules; only a failure that printed no code is taken as the bare API's.
  if (!found && !/errCode|error code\s*-?\d/i.test(text)) {
    const call = CALL_FAIL.exec(text);
    if (call) {
      markers.push('cloud.callFunction:fail');
      inner = call[1]!;
      found = true;
    }
  }
  if (!found) return undefined;
  return { markers: [...new Set(markers)], inner: trimInner(inner) };
}
