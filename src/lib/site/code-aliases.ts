/**
 * The other forms people type for a dotted API code, each leading to the code's page: the whole code
 * in lower case (`resourcenotfound.function`), the part after the family when no other code shares it
 * (`UpdateFunctionCode`), and that part in lower case (`updatefunctioncode`). A form that two codes
 * would share (`COS` and `Cos` in lower case, a suffix used by several families) or that is itself a
 * code belongs to none of them: the not-found page then lists the candidates instead of guessing.
 * Numeric codes have no aliases (`/codes/437` already is what people type).
 */
import { codeSuffix, isNumericCode } from '../model/codes.ts';

/** One alias: the path segment people type, and the code it leads to. */
export interface CodeAlias {
  alias: string;
  code: string;
}

/** Every alias of the given codes, in the codes' order; none collides with a code or another alias. */
export function codeAliases(codes: readonly string[]): CodeAlias[] {
  const taken = new Set(codes.map((code) => code.toLowerCase()));
  const candidates = new Map<string, Set<string>>();
  const propose = (alias: string, code: string) => candidates.set(alias, (candidates.get(alias) ?? new Set()).add(code));
  for (const code of codes) {
    if (isNumericCode(code)) continue;
    const suffix = codeSuffix(code);
    for (const form of [code.toLowerCase(), suffix, suffix?.toLowerCase()]) if (form && form !== code) propose(form, code);
  }
  // Case-insensitive uniqueness: on a host that matches paths without case, `updatefunctioncode` and
  // `UpdateFunctionCode` are one path, so they must lead to the same code.
  const codesByFolded = new Map<string, Set<string>>();
  for (const [alias, owners] of candidates) {
    const folded = alias.toLowerCase();
    codesByFolded.set(folded, new Set([...(codesByFolded.get(folded) ?? []), ...owners]));
  }
  const aliases: CodeAlias[] = [];
  for (const [alias, owners] of candidates) {
    const folded = alias.toLowerCase();
    const all = codesByFolded.get(folded)!;
    const clashesWithCode = taken.has(folded) && !(all.size === 1 && [...all][0]!.toLowerCase() === folded);
    if (all.size === 1 && !clashesWithCode) aliases.push({ alias, code: [...owners][0]! });
  }
  const order = new Map(codes.map((code, index) => [code, index]));
  return aliases.sort((a, b) => order.get(a.code)! - order.get(b.code)! || (a.alias < b.alias ? -1 : 1));
}
