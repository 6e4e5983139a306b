/**
 * A Sätteri hast plugin giving every table an id from the section it stands in (see
 * lib/table-ids.ts). Passed as a factory so every document starts its own count.
 */
import { defineHastPlugin, type PluginFactoryContext } from 'satteri';
import { createTableIdAssigner } from '../../lib/site/table-ids';

export function tableIds(context: PluginFactoryContext) {
  const chapterId =
    context.fileURL?.pathname
      .split('/')
      .pop()
      ?.replace(/\.mdx?$/, '') ?? 'page';
  const ids = createTableIdAssigner(chapterId);
  return defineHastPlugin({
    name: 'table-ids',
    element: {
      filter: ['h2', 'h3', 'table'],
      visit(node, ctx) {
        if (node.tagName === 'table') {
          if (typeof node.properties?.['id'] !== 'string') ctx.setProperty(node, 'id', ids.table());
        } else if (typeof node.properties?.['id'] === 'string') {
          ids.heading(node.properties['id']);
        }
      },
    },
  });
}
