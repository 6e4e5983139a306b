/**
 * The stylesheet of the words CSS writes (src/lib/site/css-words.ts), from every dictionary, as
 * the virtual module `virtual:css-words.css`. BaseLayout imports it, so it is bundled with the
 * site's CSS: no request of its own, and nothing inline for the Content Security Policy to refuse.
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
    resolveId: (id) => (id === MODULE_ID ? RESOLVED_ID : undefined),
    load: (id) => (id === RESOLVED_ID ? cssWordsStylesheet(dictionaries) : undefined),
  };
}
