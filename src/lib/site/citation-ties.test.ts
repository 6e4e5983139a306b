import { describe, expect, it } from 'vitest';
import { mdxToJs } from 'satteri';
import { tieBeforeCitation } from './citation-ties';
import { citationTies } from '../../build/integrations/citation-ties';

describe('tieBeforeCitation', () => {
  it('turns the white space that ends the text into one no-break space', () => {
    expect(tieBeforeCitation('36 погибших в 2021 году ')).toBe('36 погибших в 2021 году\u00a0');
    expect(tieBeforeCitation('killed  \n')).toBe('killed\u00a0');
  });
  it('leaves text that does not end in white space as it is', () => {
    expect(tieBeforeCitation('(AFP)')).toBe('(AFP)');
    expect(tieBeforeCitation('a\u00a0')).toBe('a\u00a0');
  });
});

describe('the citation-ties plugin', () => {
  // The compiled module writes a no-break space in its strings as the escape \xA0.
  const compile = (source: string) => mdxToJs(source, { hastPlugins: [citationTies] }).code.replaceAll('\\xA0', '\u00a0');

  it('ties the space written before a <Cite> in a chapter', () => {
    const code = compile('Погибли 36 человек <Cite source="a" />, а ранены 134 <Cite source="b c" />.\n');
    expect(code).toContain('Погибли 36 человек\u00a0');
    expect(code).toContain('а ранены 134\u00a0');
  });
  it('leaves a space before any other element, and a citation with no space before it', () => {
    const code = compile('See <Figure id="map" /> and the list<Cite source="a" />.\n');
    expect(code).toContain('See ');
    expect(code).not.toContain('See\u00a0');
    expect(code).toContain('the list');
  });
});
