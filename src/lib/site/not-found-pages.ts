/** The Netlify `_redirects` rules that serve each language's not-found page (src/build/integrations/not-found-pages.ts). */
export function notFoundRedirects(locales: readonly string[], base: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const lines = locales.map((locale) => `${root}${locale}/*  ${root}${locale}/404.html  404`);
  return `# Written by src/build/integrations/not-found-pages.ts at every build.\n${lines.join('\n')}\n`;
}
