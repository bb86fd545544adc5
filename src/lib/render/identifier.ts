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
