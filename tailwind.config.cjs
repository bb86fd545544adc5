const plugin = require('tailwindcss/plugin');

/**
 * Long-form text styles for the MDX content (`.doc`). A small plugin instead of the typography
 * plugin: it styles only the elements our pages use, which keeps a code page inside its 14 KB
 * byte budget. Dark variants live in global.css, where the theme switch's `dark` variant is defined.
 */
const docStyles = plugin(({ addComponents, theme }) => {
  addComponents({
    '.doc': {
      lineHeight: '1.75',
      '& > * + *, & section > * + *': { marginTop: theme('spacing.4') },
      '& h2': { marginTop: theme('spacing.10'), fontSize: theme('fontSize.xl')[0], fontWeight: '700', lineHeight: '1.4' },
      '& h3': { marginTop: theme('spacing.6'), fontSize: theme('fontSize.lg')[0], fontWeight: '600' },
      '& ol': { listStyleType: 'decimal', paddingLeft: theme('spacing.6') },
      '& ul': { listStyleType: 'disc', paddingLeft: theme('spacing.6') },
      '& li + li': { marginTop: theme('spacing.2') },
      '& li > ul, & li > ol': { marginTop: theme('spacing.2') },
      '& a': { textDecoration: 'underline', textUnderlineOffset: '2px' },
      '& code': { fontFamily: theme('fontFamily.mono').join(','), fontSize: '0.875em', overflowWrap: 'anywhere' },
      '& :not(pre) > code': { borderRadius: theme('borderRadius.DEFAULT'), padding: '0.1em 0.3em' },
      '& pre': {
        overflowX: 'auto',
        borderRadius: theme('borderRadius.lg'),
        color: theme('colors.slate.100'),
        padding: theme('spacing.4'),
        fontSize: theme('fontSize.sm')[0],
        lineHeight: '1.6',
      },
      '& pre code': { backgroundColor: 'transparent', padding: '0' },
      '& strong': { fontWeight: '600' },
    },
  });
});

/**
 * Tailwind theme tokens and plugins, loaded by src/styles/global.css through `@config`.
 * Fonts are system stacks only (no web fonts); CJK fonts follow the Latin ones so Chinese text gets a
 * proper Chinese face instead of a fallback chosen by the browser.
 * @type {import('tailwindcss').Config}
 */
module.exports = {
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
        wide: '90rem',
      },
    },
  },
  plugins: [docStyles],
};
