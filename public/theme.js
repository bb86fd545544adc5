// Applies the reader's saved theme before the first paint. A blocking classic file because a strict
// CSP forbids inline scripts; the key and values are THEME_STORAGE_KEY / THEMES in src/lib/theme.ts.
try {
  var theme = localStorage.getItem('theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.setAttribute('data-theme', theme);
} catch (e) {}
