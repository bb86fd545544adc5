// Saved theme, set before first paint (no inline scripts under the CSP); see src/lib/theme.ts.
try{var t=localStorage.getItem('theme');if(t==='light'||t==='dark')document.documentElement.setAttribute('data-theme',t)}catch(e){}
