/**
 * What `explain` reads: the text on the command line, or standard input (a log piped in). A log can
 * be megabytes long and hold many errors; the search answers one pasted error, as the header box
 * does. So standard input is read to its end keeping only its last 64 KiB, and a text longer than a
 * paste (4,000 characters, the size the site keeps of a paste) is cut to the last line that looks
 * like an error, with the stack frames or indented lines around it. The caller says which part was used.
 */
import { MAX_PASTE } from '../../src/lib/search/diagnosis.ts';

/** How much of standard input is kept: its end, where the latest error is. */
export const STDIN_TAIL_BYTES = 64 * 1024;
/** A text longer than this is cut to its last error; the site keeps as much of a paste. */
export const PASTE_LIMIT = MAX_PASTE;

/** Standard input's last `STDIN_TAIL_BYTES`, decoded, with how much was read in all. */
export interface StdinTail {
  text: string;
  /** Bytes read in all. */
  bytes: number;
  /** Lines read in all. */
  lines: number;
  /** The number of the first line `text` holds (1-based). */
  firstLine: number;
  /** Whether the beginning was dropped. */
  cut: boolean;
}

/** Reads a stream to its end keeping its last `limit` bytes, starting at a whole line when it was cut. */
export async function readTail(stream: AsyncIterable<Buffer | string>, limit = STDIN_TAIL_BYTES): Promise<StdinTail> {
  let chunks: Buffer[] = [];
  let kept = 0;
  let bytes = 0;
  let newlines = 0;
  let droppedNewlines = 0;
  let lastByte = 10;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    bytes += buffer.length;
    if (buffer.length > 0) lastByte = buffer[buffer.length - 1]!;
    for (let at = buffer.indexOf(10); at >= 0; at = buffer.indexOf(10, at + 1)) newlines += 1;
    chunks.push(buffer);
    kept += buffer.length;
    // Drop whole chunks that lie before the last `limit` bytes, so memory stays bounded.
    while (chunks.length > 1 && kept - chunks[0]!.length >= limit) {
      const dropped = chunks.shift()!;
      kept -= dropped.length;
      for (let at = dropped.indexOf(10); at >= 0; at = dropped.indexOf(10, at + 1)) droppedNewlines += 1;
    }
  }
  let tail = Buffer.concat(chunks);
  chunks = [];
  let cut = false;
  if (tail.length > limit) {
    const start = tail.length - limit;
    for (let at = tail.indexOf(10); at >= 0 && at < start; at = tail.indexOf(10, at + 1)) droppedNewlines += 1;
    tail = tail.subarray(start);
    cut = true;
  } else if (droppedNewlines > 0 || bytes > tail.length) cut = true;
  if (cut) {
    // Start at a whole line: the first, partial one (perhaps cut inside a character) is dropped.
    const newline = tail.indexOf(10);
    if (newline >= 0 && newline < tail.length - 1) {
      tail = tail.subarray(newline + 1);
      droppedNewlines += 1;
    }
  }
  const lines = newlines + (lastByte === 10 ? 0 : 1);
  return { text: tail.toString('utf8'), bytes, lines, firstLine: droppedNewlines + 1, cut };
}

/**
 * A line that reports an error: an error word, a status or error code field, an exception type,
 * a timeout, a denial, in English or Chinese.
 */
const ERROR_LINE =
  /\b(?:error|errors|err|errcode|errmsg|exception|fail|failed|failure|fatal|panic|traceback|timed? ?out|denied|refused|invalid|exceeded|not found|unavailable|statusCode|status_code|code[:=])|[A-Z]\w*(?:Error|Exception)\b|错误|异常|失败|超时|报错|拒绝|不存在|超过|无法|未找到/i;
/** A line that belongs to the error above or below it: a stack frame, an indented or bracketed continuation. */
const CONTINUATION = /^(?:\s+\S|\s*at\s|\s*File "|Traceback|Caused by|During handling|\s*[}\]],?\s*$|\s*\.\.\.)/;

/** The part of a text the search reads, and which lines those are (1-based, within the text). */
export interface Picked {
  text: string;
  /** `all`, or the lines used. */
  part: 'all' | { from: number; to: number; errorLike: boolean };
}

/**
 * The text itself when it is as short as a paste; otherwise the last line that looks like an error
 * with the frames and indented lines around it (or, with no such line, the last lines), up to
 * `PASTE_LIMIT` characters.
 */
export function pickError(text: string, limit = PASTE_LIMIT): Picked {
  const trimmed = text.replace(/\s+$/, '');
  if (trimmed.length <= limit) return { text: trimmed, part: 'all' };
  const lines = trimmed.split('\n');
  let last = -1;
  for (let i = lines.length - 1; i >= 0; i--) {
    if (ERROR_LINE.test(lines[i]!)) {
      last = i;
      break;
    }
  }
  const size = (from: number, to: number) => lines.slice(from, to + 1).join('\n').length;
  if (last < 0) {
    let from = lines.length - 1;
    while (from > 0 && size(from - 1, lines.length - 1) <= limit) from -= 1;
    return cutTo({ text: lines.slice(from).join('\n'), part: { from: from + 1, to: lines.length, errorLike: false } }, limit);
  }
  let from = last;
  let to = last;
  // The lines after the error that continue it (indented, a closing bracket), then the frames and
  // the indented lines before it, back to the line that opens the trace or the object.
  while (to + 1 < lines.length && CONTINUATION.test(lines[to + 1]!) && size(from, to + 1) <= limit) to += 1;
  while (from > 0 && (CONTINUATION.test(lines[from]!) || CONTINUATION.test(lines[from - 1]!)) && size(from - 1, to) <= limit) from -= 1;
  return cutTo({ text: lines.slice(from, to + 1).join('\n'), part: { from: from + 1, to: to + 1, errorLike: true } }, limit);
}

/** A single line longer than the limit keeps its end. */
function cutTo(picked: Picked, limit: number): Picked {
  return picked.text.length <= limit ? picked : { ...picked, text: picked.text.slice(-limit) };
}
