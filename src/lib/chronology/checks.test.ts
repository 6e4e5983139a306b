import { describe, expect, it } from 'vitest';
import { eventProblems } from './checks';

const sources = new Set(['tass-2022-09-25', 'rt-2022-09-16']);
const headings = new Map([
  ['protocol-kyzyl-bel', '/samarkand-ceasefire/'],
  ['story-in-brief', '/'],
]);
const row = { id: 'kyzyl-bel-protocol-2022', sources: ['tass-2022-09-25'], section: '/samarkand-ceasefire/#protocol-kyzyl-bel' };

describe('eventProblems', () => {
  it('accepts rows whose sources and sections exist', () => {
    expect(eventProblems([row, { id: 'home', sources: ['rt-2022-09-16'], section: '/#story-in-brief' }], sources, headings)).toEqual([]);
  });

  it('names the row and the source id that is not in sources.yaml', () => {
    expect(eventProblems([{ ...row, sources: ['tass-2022-09-25', 'no-such-source'] }], sources, headings)).toEqual([
      'row "kyzyl-bel-protocol-2022": source "no-such-source" is not in content/sources.yaml',
    ]);
  });

  it('names the row whose heading id does not exist', () => {
    expect(eventProblems([{ ...row, section: '/samarkand-ceasefire/#no-such-heading' }], sources, headings)[0]).toMatch(
      /row "kyzyl-bel-protocol-2022": section "\/samarkand-ceasefire\/#no-such-heading" does not exist/,
    );
  });

  it('names the row whose heading is on another page than the one given', () => {
    expect(eventProblems([{ ...row, section: '/border/#protocol-kyzyl-bel' }], sources, headings)).toEqual([
      'row "kyzyl-bel-protocol-2022": section "/border/#protocol-kyzyl-bel" does not exist; #protocol-kyzyl-bel is on /samarkand-ceasefire/',
    ]);
  });

  it('names a repeated id', () => {
    expect(eventProblems([row, row], sources, headings)).toEqual([
      'row "kyzyl-bel-protocol-2022": the id is used twice; give each row its own',
    ]);
  });
});
