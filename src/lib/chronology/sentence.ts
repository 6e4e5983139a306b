/**
 * The chapters place a citation before the full stop ("… in Bishkek [12]."); an event's sentence
 * is split so that the chronology can do the same.
 */
export function splitFinalStop(sentence: string): { body: string; stop: string } {
  const match = /^(.*?)([.!?]["”)]?)$/s.exec(sentence);
  return match ? { body: match[1]!, stop: match[2]! } : { body: sentence, stop: '' };
}
