/**
 * Compiles an MDX page to HTML with the compiler and options `@astrojs/mdx` uses (Sätteri, GFM,
 * smart punctuation, Shiki through Astro's highlight plugin, heading ids), but evaluates the result
 * in memory with an HTML-string JSX runtime instead of handing Vite one module per file. Thousands
 * of code pages then cost one string each, not one bundled module each.
 */
import { mdxToJs } from 'satteri';
import { satteriCreateHighlightFn, satteriHeadingIdsPlugin, satteriHighlightPlugin } from '@astrojs/markdown-satteri';
import { pathToFileURL } from 'node:url';
import { htmlJsxRuntime, type HtmlComponent } from './html-jsx.ts';

/** The markdown settings of the Astro config that change the output (`config.markdown`). */
export interface MarkdownSettings {
  syntaxHighlight?: unknown;
  shikiConfig?: unknown;
  gfm?: unknown;
  smartypants?: unknown;
}

/** An MDX file that does not compile: the file, line and column of the first problem. */
export class MdxSyntaxError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly column: number | undefined;
  constructor(file: string, line: number | undefined, column: number | undefined, reason: string) {
    super(`${file}${line === undefined ? '' : `:${line}:${column ?? 1}`}: MDX syntax error: ${reason}`);
    this.name = 'MdxSyntaxError';
    this.file = file;
    this.line = line;
    this.column = column;
  }
}

type CompiledPage = (runtime: typeof htmlJsxRuntime) => { default: (props: { components: Record<string, HtmlComponent> }) => unknown };

/** A compiler bound to one set of markdown settings (the Shiki highlighter is created once). */
export interface MdxHtmlCompiler {
  /**
   * Compiles `body` (the whole file with its front matter blanked out, as `@astrojs/mdx` does, so
   * errors point at real lines of `file`) into a function that renders it with given components.
   */
  compile(body: string, file: string): Promise<(components: Record<string, HtmlComponent>) => string>;
}

/** Creates a compiler with the same plugins and features `@astrojs/mdx` would use for `settings`. */
export function createMdxHtmlCompiler(settings: MarkdownSettings): MdxHtmlCompiler {
  let highlight: ReturnType<typeof satteriCreateHighlightFn> | undefined;
  const excludeLangs = typeof settings.syntaxHighlight === 'object' ? (settings.syntaxHighlight as { excludeLangs?: string[] }).excludeLangs : undefined;
  return {
    async compile(body, file) {
      highlight ??= satteriCreateHighlightFn(settings.syntaxHighlight as never, settings.shikiConfig as never);
      const highlightFn = await highlight;
      let code: string;
      try {
        ({ code } = await mdxToJs(body, {
          hastPlugins: [...(highlightFn ? [satteriHighlightPlugin(highlightFn, excludeLangs)] : []), satteriHeadingIdsPlugin()],
          // As @astrojs/mdx resolves them: anything but `false` turns the feature on.
          features: { gfm: (settings.gfm ?? true) !== false, smartPunctuation: (settings.smartypants ?? true) !== false },
          fileURL: pathToFileURL(file),
          jsxImportSource: 'astro',
          elementAttributeNameCase: 'html',
          outputFormat: 'function-body',
          data: { astro: { frontmatter: {}, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() } },
        }));
      } catch (error) {
        throw syntaxError(error, file);
      }
      const page = new Function(code) as CompiledPage;
      return (components) => String(page(htmlJsxRuntime).default({ components }));
    },
  };
}

/** Sätteri reports `line:column: reason`, or `line` and `column` fields. */
function syntaxError(error: unknown, file: string): MdxSyntaxError {
  const { message, line, column } = error as { message?: string; line?: number; column?: number };
  const text = String(message ?? error);
  const match = /^(\d+):(\d+):\s*/.exec(text);
  return new MdxSyntaxError(file, line ?? (match ? Number(match[1]) : undefined), column ?? (match ? Number(match[2]) : undefined), match ? text.slice(match[0].length) : text);
}
