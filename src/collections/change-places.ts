/**
 * What the corrections log needs to name a change's place (src/lib/content/corrections.ts,
 * placeName): each chapter's headings and label, the chronology's title and its rows' dates, the
 * titles of the pages a change can only be on as a whole (/names/, /data/), in the page's words.
 */
import { siteContent } from './site-content';
import type { TextLocale } from '../schemas/text-layers';
import { formatEventDate } from '../lib/chronology/dates';
import { chapterPath, CHRONOLOGY_PATH, DATA_PATH, NAMES_PATH } from '../lib/site/routes';
import type { SitePlaces } from '../lib/content/corrections';

export async function changePlaces(
  locale: TextLocale,
  words: {
    formatLocale: string;
    chronology: { title: string };
    names: { title: string };
    dataFiles: { title: string };
  },
): Promise<SitePlaces> {
  const { chapters, headings, events } = await siteContent(locale);
  return {
    chronology: { path: CHRONOLOGY_PATH, title: words.chronology.title },
    pages: [
      { path: NAMES_PATH, title: words.names.title },
      { path: DATA_PATH, title: words.dataFiles.title },
    ],
    chapters: chapters.map((c) => ({ path: chapterPath(c.id), navTitle: c.data.navTitle, headings: headings.get(c.id) ?? [] })),
    eventDates: new Map(events.map((e) => [`event-${e.id}`, formatEventDate(e.date, words.formatLocale)])),
  };
}
