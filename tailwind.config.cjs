/**
 * Tailwind theme tokens and plugins, loaded by src/styles/global.css through `@config`.
 * Fonts are system stacks only (no web fonts); CJK fonts follow the Latin ones so Chinese text gets a
 * proper Chinese face instead of a fallback chosen by the browser.
 * @type {import('tailwindcss').Config}
 */
module.exports = {
  darkMode: 'media',
  theme: {
    extend: {
      fontFamily: {
        sans: [
          'ui-sans-serif',
          '-apple-system',
          'BlinkMacSystemFont',
          '"Segoe UI"',
          'Roboto',
          '"Helvetica Neue"',
          'Arial',
          '"PingFang SC"',
          '"Hiragino Sans GB"',
          '"Noto Sans CJK SC"',
          '"Microsoft YaHei"',
          'sans-serif',
        ],
        mono: ['ui-monospace', 'SFMono-Regular', 'Menlo', 'Consolas', '"Liberation Mono"', 'monospace'],
      },
      colors: {
        brand: {
          50: '#eff6ff',
          100: '#dbeafe',
          600: '#1d4ed8',
          700: '#1e40af',
          300: '#93c5fd',
          200: '#bfdbfe',
        },
      },
      maxWidth: {
        page: '72rem',
      },
    },
  },
  plugins: [require('@tailwindcss/typography')],
};
