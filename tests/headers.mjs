/**
 * Parses a `_headers` file (Netlify/Cloudflare format: a path pattern line, then indented
 * `Name: value` lines) and answers which headers apply to a path. Used by the test server so the
 * tests run under the exact policy the site ships, and by the checks that `_headers` says what
 * src/lib/site/hosting.ts says.
 */

/** @typedef {{ pattern: string, headers: Record<string, string> }} HeaderRule */

/**
 * Parses `_headers` text into rules of `{ pattern, headers }`.
 * @param {string} text
 * @returns {HeaderRule[]}
 */
export function parseHeadersFile(text) {
  /** @type {HeaderRule[]} */
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {} });
    } else if (rules.length > 0) {
      const index = line.indexOf(':');
      rules.at(-1).headers[line.slice(0, index).trim()] = line.slice(index + 1).trim();
    }
  }
  return rules;
}

/**
 * The headers for a URL path: every matching rule, later rules winning.
 * @param {HeaderRule[]} rules
 * @param {string} urlPath
 * @returns {Record<string, string>}
 */
export function headersFor(rules, urlPath) {
  /** @type {Record<string, string>} */
  const headers = {};
  for (const { pattern, headers: values } of rules) {
    const regex = new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
    if (regex.test(urlPath)) Object.assign(headers, values);
  }
  return headers;
}
