// Saved theme, set before first paint (no inline scripts under the CSP); see src/lib/site/theme.ts.
// data-js tells the stylesheet that scripts run, so what they reveal has its place from the start.
document.documentElement.setAttribute('data-js','');
try{var t=localStorage.getItem('theme');if(t==='light'||t==='dark')document.documentElement.setAttribute('data-theme',t)}catch(e){}
