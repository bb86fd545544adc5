/**
 * Pagefind's excerpts, made readable in Chinese. Its segmenter cuts Chinese into short words and
 * marks each hit apart, so `超时` arrives as two one-character marks side by side and a lone `时`
 * inside `运行时` is marked too; and it joins the blocks of a page with `. `, which reads as a stray
 * Latin full stop between Chinese sentences. Input and output are HTML: only <mark> tags, and text
 * Pagefind has already escaped.
 */

const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff';
/** Chinese punctuation: the ideographic and full-width forms (`。`, `：`, `）`). */
const CJK_PUNCTUATION = '\\u3000-\\u303f\\uff00-\\uffef';

/** Merges adjacent highlights, unmarks lone Chinese characters, and joins Chinese blocks with `。`. */
export function cleanExcerpt(html: string): string {
  return (
    html
      // `<mark>超</mark><mark>时</mark>` → `<mark>超时</mark>`.
      .replace(/<\/mark>(\s*)<mark>/g, (whole, space: string) => (space ? whole : ''))
      // A single marked Chinese character says nothing about the query: plain text.
      .replace(new RegExp(`<mark>([${CJK}])</mark>`, 'g'), '$1')
      // The `. ` Pagefind puts between two blocks, after Chinese text, is a Chinese full stop.
      .replace(new RegExp(`(?<=[${CJK}${CJK_PUNCTUATION}](?:</mark>)?)\\.\\s+`, 'g'), '。')
      // …and none is needed after Chinese punctuation that already ends the block.
      .replace(/([。！？：；])。/g, '$1')
      // An excerpt that starts at a block boundary starts with the boundary's stray `. `.
      .replace(/^[.\s]+/, '')
  );
}
