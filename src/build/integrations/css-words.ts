/**
 * The stylesheet of the words CSS writes (src/lib/site/css-words.ts), from every dictionary, as
 * the virtual module `virtual:css-words.css`. Each page imports it with its stylesheet, so it is
 * bundled with the site's CSS: no request of its own, and nothing inline for the Content Security
 * Policy to refuse. The pages have four stylesheets (chapter.css for the chapters, reference.css
 * for /sources/ and /names/, chronology-page.css for /chronology/, global.css for the rest), so it has a name per stylesheet
 * (`virtual:css-words.css?global`): a module they all imported would be a file of its own that
 * every page asks for.
 */
import type { Plugin } from 'vite';
import { dictionaries } from '../../i18n';
import { cssWordsStylesheet } from '../../lib/site/css-words';

const MODULE_ID = 'virtual:css-words.css';
// Vite's own prefix for virtual modules; the id keeps its .css ending so Vite treats it as CSS.
const RESOLVED_ID = `\0${MODULE_ID}`;

export function cssWords(): Plugin {
  return {
    name: 'css-words',
    resolveId: (id) => (id === MODULE_ID || id.startsWith(`${MODULE_ID}?`) ? `\0${id}` : undefined),
    load: (id) => (id === RESOLVED_ID || id.startsWith(`${RESOLVED_ID}?`) ? cssWordsStylesheet(dictionaries) : undefined),
  };
}
