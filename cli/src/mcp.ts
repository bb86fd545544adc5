/**
 * `serverless-error-codes mcp`: the same answers as the command line, served to an AI assistant over
 * the Model Context Protocol (stdio) with the official TypeScript SDK. Three tools (explain a pasted
 * error, get a code's page, list a catalog), each answering in Markdown and in structured content
 * that its output schema describes; every code page is also a resource,
 * `serverless-error-codes://{lang}/codes/{code}`. Bad arguments come back as an error result
 * (`isError`), and the server goes on serving.
 */
import { McpServer, ResourceTemplate } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import * as z from 'zod';
import { CATALOG_IDS } from '../../src/lib/model/vocabulary.ts';
import { entries, findEntry, LANGS, meta, type Lang } from './data.ts';
import { DEFAULT_LIMIT, explain, list, MAX_LIMIT, page, type Explanation } from './explain.ts';
import { pickError } from './input.ts';
import { langFromEnv } from './locale.ts';
import { COMMAND } from './strings.ts';

/** The resource URI of a code's page. */
export const RESOURCE_TEMPLATE = `${COMMAND}://{lang}/codes/{code}`;
const resourceUri = (lang: Lang, code: string) => `${COMMAND}://${lang}/codes/${encodeURIComponent(code)}`;

const lang = z.enum(LANGS).describe('Language of the answer: en (English) or zh (Simplified Chinese).');

const suggestionShape = z.object({ code: z.string().optional(), heading: z.string(), title: z.string(), url: z.string() });
const matchShape = z.object({
  kind: z.enum(['code', 'concept', 'page']),
  code: z.string().optional(),
  slug: z.string().optional(),
  name: z.string().optional(),
  heading: z.string(),
  title: z.string(),
  catalog: z.enum(CATALOG_IDS).optional(),
  catalogLabel: z.string().optional(),
  exact: z.boolean().describe('The text names this code for certain.'),
  reason: z.string().optional().describe('What kind of evidence decided: code, name, code-field, message, envelope, trace, phrase, …'),
  why: z.object({ label: z.string(), text: z.string() }).optional(),
  values: z.record(z.string(), z.string()).optional().describe('Values read from the matched message, such as seconds.'),
  envelope: z.array(z.string()).optional(),
  summary: z.string(),
  meaning: z.string().describe('What the code means, Markdown.'),
  fix: z.array(z.string()).describe('How to fix it, one Markdown step each.'),
  url: z.string(),
  markdownUrl: z.string(),
});
const explanationShape = {
  query: z.string(),
  lang: z.enum(LANGS),
  status: z.enum(['exact', 'likely', 'none']),
  exitCode: z.number().int(),
  fullText: z.boolean(),
  total: z.number().int(),
  matches: z.array(matchShape),
  closest: z.array(suggestionShape),
  inputNote: z.string().optional().describe('Which part of a long text was read.'),
};
const pageShape = {
  code: z.string(),
  lang: z.enum(LANGS),
  heading: z.string(),
  title: z.string(),
  catalog: z.enum(CATALOG_IDS),
  url: z.string(),
  markdownUrl: z.string(),
  markdown: z.string(),
};
const listShape = {
  lang: z.enum(LANGS),
  catalogs: z.array(
    z.object({
      id: z.enum(CATALOG_IDS),
      label: z.string(),
      codes: z.array(z.object({ code: z.string(), name: z.string().optional(), title: z.string(), url: z.string() })),
    }),
  ),
};

/** An explanation as Markdown for an assistant to read. */
export function explanationMarkdown(result: Explanation): string {
  const site = meta().strings[result.lang];
  if (result.status === 'none') {
    const none = result.lang === 'zh' ? '没有与该文本匹配的错误码。' : 'No code matches this text.';
    const closest = result.closest.map((item) => `- [${item.heading}](${item.url})${item.title ? `: ${item.title}` : ''}`);
    return [none, closest.length ? `${result.lang === 'zh' ? '最接近的结果：' : 'Closest:'}\n\n${closest.join('\n')}` : ''].filter(Boolean).join('\n\n');
  }
  return result.matches
    .map((match) => {
      const kind = match.exact ? (result.lang === 'zh' ? '精确匹配' : 'exact match') : result.lang === 'zh' ? '可能相关' : 'likely';
      const parts = [
        `## ${match.heading}${match.title ? ` · ${match.title}` : ''}`,
        `${[match.catalogLabel, kind].filter(Boolean).join(' · ')}${match.why ? `\n${match.why.label}\`${match.why.text.replace(/`/g, "'")}\`` : ''}`,
        match.values ? `${site.values}${site.separator}${Object.entries(match.values).map(([name, value]) => `${site.placeholders[name] ?? name} ${value}`).join(', ')}` : '',
        match.summary ? `> ${match.summary}` : '',
        match.meaning && match.meaning !== match.summary ? `### ${site.meaning}\n\n${match.meaning}` : '',
        match.fix.length ? `### ${site.fix}\n\n${match.fix.map((step, index) => `${index + 1}. ${step.replace(/\n/g, '\n   ')}`).join('\n')}` : '',
        `${site.page}${site.separator}${match.url}`,
      ];
      return parts.filter(Boolean).join('\n\n');
    })
    .join('\n\n---\n\n');
}

/** An error result the assistant reads; the server goes on serving. */
const failure = (text: string) => ({ content: [{ type: 'text' as const, text }], isError: true });

/** Builds the server with its tools and resources (not yet connected). */
export function createServer(defaultLang: Lang = langFromEnv(process.env)): McpServer {
  const info = meta();
  const server = new McpServer(
    { name: COMMAND, version: info.version },
    {
      instructions:
        'Explains serverless error codes of Tencent Cloud SCF (invocation status codes and API error codes) and openYuanrong (SDK and REST API error codes), offline, in English or Chinese. ' +
        'Call explain_error with the error text, a log line or a stack trace as the user pasted it; get_code_page for one code; list_codes for a catalog. Cite the page URL in answers.',
    },
  );

  server.registerTool(
    'explain_error',
    {
      title: 'Explain a pasted error',
      description:
        'Finds the error code a pasted error message, log line, stack trace or question is about, the way the reference site\'s search does, and returns what it means and how to fix it. ' +
        `Text longer than 4,000 characters is cut to its last error-like line and the lines around it.`,
      inputSchema: {
        text: z.string().trim().min(1).max(1_000_000).describe('The error as pasted: a message, a JSON response, a log line, a stack trace, or a few words.'),
        lang: lang.optional(),
        limit: z.number().int().min(1).max(MAX_LIMIT).optional().describe(`How many matches to return (default ${DEFAULT_LIMIT}).`),
      },
      outputSchema: explanationShape,
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async ({ text, lang: wanted, limit }) => {
      const language = wanted ?? defaultLang;
      const picked = pickError(text);
      const result = await explain(picked.text, language, limit ?? DEFAULT_LIMIT);
      const inputNote = picked.part === 'all' ? undefined : `Used lines ${picked.part.from}–${picked.part.to} of the text (${picked.part.errorLike ? 'the last error and the lines around it' : 'its last lines'}).`;
      return {
        content: [{ type: 'text', text: `${inputNote ? `_${inputNote}_\n\n` : ''}${explanationMarkdown(result)}` }],
        structuredContent: { ...result, ...(inputNote ? { inputNote } : {}) },
      };
    },
  );

  server.registerTool(
    'get_code_page',
    {
      title: 'Get a code\'s page',
      description: 'Returns the whole reference page of one error code as Markdown: meaning, fix, the messages it shows up as, related codes and sources.',
      inputSchema: {
        code: z.string().trim().min(1).max(200).describe('The code: 433, 4008, 121019, or an SCF API code such as ResourceNotFound.Function.'),
        lang: lang.optional(),
      },
      outputSchema: pageShape,
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async ({ code, lang: wanted }) => {
      const found = page(code, wanted ?? defaultLang);
      if ('suggestions' in found) {
        const closest = found.suggestions.map((item) => `- ${item.heading}: ${item.title}`).join('\n');
        return failure(`No code "${code}" in the reference.${closest ? ` Closest codes:\n${closest}` : ''}`);
      }
      return { content: [{ type: 'text', text: found.page.markdown }], structuredContent: { ...found.page } };
    },
  );

  server.registerTool(
    'list_codes',
    {
      title: 'List a catalog',
      description: 'Lists the codes of one catalog (scf: SCF invocation status codes; scf-api: SCF API error codes; yr-sdk: openYuanrong SDK; yr-rest: openYuanrong REST API), or of all four.',
      inputSchema: {
        catalog: z.enum(CATALOG_IDS).optional().describe('The catalog; all four when absent.'),
        lang: lang.optional(),
      },
      outputSchema: listShape,
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async ({ catalog, lang: wanted }) => {
      const language = wanted ?? defaultLang;
      const catalogs = list(language, catalog);
      const text = catalogs
        .map((item) => `## ${item.label} (${item.codes.length})\n\n${item.codes.map((code) => `- [${code.code}${code.name && code.name !== code.code ? ` ${code.name}` : ''}](${code.url}): ${code.title}`).join('\n')}`)
        .join('\n\n');
      return { content: [{ type: 'text', text }], structuredContent: { lang: language, catalogs } };
    },
  );

  server.registerResource(
    'code-page',
    new ResourceTemplate(RESOURCE_TEMPLATE, {
      list: async () => ({
        resources: LANGS.flatMap((language) =>
          entries(language).map((entry) => ({
            uri: resourceUri(language, entry.code),
            name: `${language}/${entry.code}`,
            title: `${entry.name ? `${entry.code} ${entry.name}` : entry.code} · ${entry.title}`,
            mimeType: 'text/markdown',
          })),
        ),
      }),
      complete: {
        lang: () => [...LANGS],
        code: (value, context) => {
          const language = (LANGS as readonly string[]).includes(context?.arguments?.lang ?? '') ? (context!.arguments!.lang as Lang) : defaultLang;
          return entries(language)
            .map((entry) => entry.code)
            .filter((code) => code.toLowerCase().startsWith(value.toLowerCase()))
            .slice(0, 100);
        },
      },
    }),
    { title: 'Error code page', description: 'One code\'s reference page as Markdown, in English (en) or Chinese (zh).', mimeType: 'text/markdown' },
    async (uri, variables) => {
      const language = String(variables.lang);
      const code = decodeURIComponent(String(variables.code));
      if (!(LANGS as readonly string[]).includes(language)) throw new Error(`No language "${language}": use en or zh.`);
      const entry = findEntry(language as Lang, code);
      if (!entry) throw new Error(`No code "${code}" in the reference.`);
      const found = page(entry.code, language as Lang);
      if (!('page' in found)) throw new Error(`No code "${code}" in the reference.`);
      return { contents: [{ uri: uri.href, mimeType: 'text/markdown', text: found.page.markdown }] };
    },
  );
  return server;
}

/** Serves over stdio until the client closes the connection. */
export async function serve(): Promise<void> {
  const server = createServer();
  await server.connect(new StdioServerTransport());
}
