import { describe, expect, it } from 'vitest';
import { splitFinalStop } from './sentence';

describe('splitFinalStop', () => {
  it('takes the full stop off the end', () => {
    expect(splitFinalStop('The commission met in Bishkek.')).toEqual({ body: 'The commission met in Bishkek', stop: '.' });
  });

  it('keeps a closing quotation mark with the stop', () => {
    expect(splitFinalStop('Japarov said it was divided "50/50."')).toEqual({ body: 'Japarov said it was divided "50/50', stop: '."' });
  });

  it('leaves a sentence without a stop whole', () => {
    expect(splitFinalStop('No stop here')).toEqual({ body: 'No stop here', stop: '' });
  });
});
