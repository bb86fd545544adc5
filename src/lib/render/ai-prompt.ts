/**
 * "Copy prompt for an AI assistant": a code page's Markdown framed as a question in the page's
 * language, with the reader's paste when there is one. A module of its own, loaded only when a
 * reader reaches for the button, so that the framing text is not in every page.
 */
import type { Lang } from '../model/langs.ts';

const FRAMES: Record<Lang, { paste: string; plain: string }> = {
  en: {
    paste:
      'I got this error:\n\n```\n{paste}\n```\n\nThe reference page below explains the code it corresponds to. Using it, tell me what most likely caused the error in my case and what I should check or change first. Say which parts of your answer come from the page and which are your own reasoning.\n\n{page}',
    plain:
      'The reference page below explains a serverless error code. Using it, help me find what causes this error in my case and what to check or change first. Ask me for the error message or log lines you need. Say which parts of your answer come from the page and which are your own reasoning.\n\n{page}',
  },
  zh: {
    paste:
      '我遇到了以下报错：\n\n```\n{paste}\n```\n\n下面的参考页面说明了它对应的错误码。请依据该页面，告诉我在我的情况下最可能的原因，以及应当首先检查或修改什么。请说明回答中哪些内容来自该页面，哪些是您自己的推断。\n\n{page}',
    plain:
      '下面的参考页面说明了一个无服务器平台的错误码。请依据该页面，帮我找出我遇到的这个错误的原因，以及应当首先检查或修改什么。如需报错信息或日志，请向我索取。请说明回答中哪些内容来自该页面，哪些是您自己的推断。\n\n{page}',
  },
};

/** The prompt: the page's Markdown, and the paste (fenced so it cannot break the Markdown) when there is one. */
export function aiPrompt(lang: Lang, page: string, paste = ''): string {
  const frame = FRAMES[lang];
  const fenced = paste.replace(/```/g, '``\u200b`');
  return (paste ? frame.paste.replace('{paste}', () => fenced) : frame.plain).replace('{page}', () => page);
}
