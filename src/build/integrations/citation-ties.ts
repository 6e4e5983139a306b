/**
 * A Sätteri hast plugin that keeps a citation on the line of the word it follows: the space
 * written before `<Cite>` in the chapters becomes a no-break space, so that no line, on screen or
 * on paper, starts with "[12]." (37 lines of the printed English edition did).
 */
import { defineHastPlugin } from 'satteri';
import { tieBeforeCitation } from '../../lib/site/citation-ties';

export const citationTies = defineHastPlugin({
  name: 'citation-ties',
  text(node, ctx) {
    const index = ctx.indexOf(node);
    const next = index === undefined ? undefined : ctx.parent(node)?.children[index + 1];
    if (next?.type !== 'mdxJsxTextElement' || next.name !== 'Cite') return;
    const tied = tieBeforeCitation(node.value);
    if (tied !== node.value) ctx.replaceNode(node, { type: 'text', value: tied });
  },
});
