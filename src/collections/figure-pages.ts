/**
 * The figures that get pages of their own (/figures/<id>/ and its embed): every numbered figure of
 * every chapter, read from the chapters' MDX as the print edition reads it, with its chapter's title.
 */
import { siteContent } from './site-content';
import type { TextLocale } from '../schemas/text-layers';
import { figuresIn, type PlacedFigure } from '../lib/print/figures';

export interface FigurePage {
  figure: PlacedFigure;
  chapterTitle: string;
}

/** Static paths for a figure's pages, one per figure, its anchor as the `figure` parameter. */
export async function figurePagePaths(locale: TextLocale): Promise<Array<{ params: { figure: string }; props: FigurePage }>> {
  const { chapters } = await siteContent(locale);
  return chapters.flatMap((chapter) =>
    figuresIn(chapter.id, chapter.body ?? '').map((figure) => ({
      params: { figure: figure.id },
      props: { figure, chapterTitle: chapter.data.title },
    })),
  );
}
