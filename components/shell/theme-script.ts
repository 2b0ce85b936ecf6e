export const THEME_STORAGE_KEY = "trajectory-theme";
export const DARK_QUERY = "(prefers-color-scheme: dark)";

/** Runs before paint (inline, with the CSP nonce) so the page never flashes the wrong theme. */
export const themeScript = `(function(){try{var t=localStorage.getItem("${THEME_STORAGE_KEY}");var d=t==="dark"||((!t||t==="system")&&matchMedia("${DARK_QUERY}").matches);document.documentElement.classList.toggle("dark",d);}catch(e){}})();`;
