/**
 * A figure given a prop it cannot draw (`<TollTimeline event={2023} />`) stops the build with
 * Astro's error overlay and message, as Starlight's <Aside> does for its `type`: what was passed,
 * what is allowed, and where. The chapters' tags are checked before anything renders
 * (src/collections/site-content.ts); this catches a figure placed anywhere else.
 */
import { AstroError } from 'astro/errors';
import { propProblem, type FigureComponent } from '../../lib/site/figure-props';

export function assertFigureProp(component: FigureComponent, prop: string, value: unknown, page: URL): void {
  const problem = propProblem(component, prop, value);
  if (problem) throw new AstroError(`Invalid \`${prop}\` prop passed to <${component}> on ${page.pathname}.`, `${problem}.`);
}
