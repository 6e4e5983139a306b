import { describe, expect, it } from 'vitest';
import { tableName } from './table-label';

const words = { tableOfColumns: (columns: readonly string[]) => `Table: ${columns.join(', ')}` };

describe('tableName', () => {
  it('takes the caption when there is one', () => {
    expect(tableName('<caption>Killed <b>2022</b></caption><thead><tr><th>A</th></tr></thead>', words)).toBe('Killed 2022');
  });
  it('otherwise lists the column headings', () => {
    expect(tableName('<thead><tr><th scope="col">Length</th><th>Who &amp; when</th></tr></thead><tbody></tbody>', words)).toBe(
      'Table: Length, Who & when',
    );
  });
  it('gives nothing for a table with neither', () => {
    expect(tableName('<tbody><tr><td>1</td></tr></tbody>', words)).toBeUndefined();
  });
});
