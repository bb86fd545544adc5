/**
 * Parses a `_headers` file (Netlify/Cloudflare format: a path pattern line, then indented
 * `Name: value` lines) and answers which headers apply to a path. Used by the test server so the
 * tests run under the exact policy the site ships, and by the checks that `_headers` says what
 * src/lib/hosting.ts says.
 */

/** Parses `_headers` text into rules of `{ pattern, headers }`. */
export function parseHeadersFile(text) {
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

/** The headers for a site path (without base): every matching rule, later rules winning. */
export function headersFor(rules, sitePath) {
  const headers = {};
  for (const { pattern, headers: values } of rules) {
    const regex = new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
    if (regex.test(sitePath)) Object.assign(headers, values);
  }
  return headers;
}
