// Paints the chosen theme before the first frame, so a red-mode night never flashes bright.
// src/platform/theme.ts keeps the stored value current. (An external file: the CSP allows no inline script.)
try {
  var theme = localStorage.getItem('nightstretch-theme');
  if (theme === 'red' || theme === 'light') document.documentElement.dataset.theme = theme;
} catch (error) {}
