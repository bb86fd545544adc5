/**
 * Where a platform identifier may wrap on a narrow screen. Browsers break `ResourceLimitReached` or
 * `InvalidParameterValue` anywhere once it is wider than the phone; we offer word boundaries instead
 * (camelCase humps, `_`, `.`, `::`, `/`), rendered as `<wbr>`, and forbid every other break in CSS.
 */

/** Splits an identifier into the pieces between which a line may break; joining them gives it back. */
export function identifierParts(text: string): string[] {
  // A break goes before an upper-case letter that follows a lower-case letter or digit, before an
  // upper-case letter that starts a word after an acronym (`HTTPError` → `HTTP|Error`), and after
  // separators. Spaces already allow a break.
  const pieces = text.split(/(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[_./]|::)(?=[^_./:\s])/);
  return pieces.filter((piece) => piece.length > 0);
}

/** Words at least this long may hold an identifier that is wider than a phone. */
const LONG_WORD = 16;

/**
 * Prose with identifiers in it (`ERR_REQUEST_BETWEEN_RUNTIME_FRONTEND`): the pieces between which a
 * line may break, so that a long identifier wraps at its word boundaries, not mid-word and not off
 * the screen. Short words and ordinary text come back whole; joining the pieces gives the text back.
 */
export function proseParts(text: string): string[] {
  const parts: string[] = [''];
  for (const token of text.split(/(\s+)/)) {
    // An identifier with the punctuation of the sentence around it: `(ERR_X_Y),`.
    const match = /^([^\w]*)([\w.:/#@-]+?)([^\w]*)$/.exec(token);
    if (!match || match[2]!.length < LONG_WORD) {
      parts[parts.length - 1] += token;
      continue;
    }
    const [first, ...rest] = identifierParts(match[2]!);
    parts[parts.length - 1] += match[1]! + first;
    parts.push(...rest);
    parts[parts.length - 1] += match[3]!;
  }
  return parts.filter((part) => part.length > 0);
}
