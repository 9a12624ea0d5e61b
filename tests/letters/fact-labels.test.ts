/**
 * The plan panel of the officers' page names every computed fact in Danish (and English): for the plan of every
 * sample, each fact's name has words (src/letters/fact-labels.ts, else the input field's words), so no fact shows as
 * a key. A template's own key (`…Key`) and an authority (shown by its name) are not walked into.
 */
import { expect, it } from 'vitest';
import { planLetter } from '../../src/engine.ts';
import { factWords, factWordsIn, isTemplateKey } from '../../src/letters/fact-labels.ts';
import { fieldWords } from '../../src/letters/field-labels.ts';
import { validSamples } from '../support/samples.ts';
import { testWorld } from '../support/world.ts';

function factNames(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) factNames(item, found);
  else if (value && typeof value === 'object' && !('id' in value && 'name' in value))
    for (const [name, inner] of Object.entries(value)) {
      if (inner === null || isTemplateKey(name)) continue;
      found.add(name);
      factNames(inner, found);
    }
  return found;
}

it('every computed fact of every sample’s plan has Danish and English words', () => {
  const missing: string[] = [];
  let plans = 0;
  for (const sample of validSamples()) {
    const planned = planLetter(sample.input, testWorld());
    if (!planned.ok || !planned.value.outcome.due) continue;
    plans++;
    for (const name of factNames(planned.value.outcome.plan.fields)) {
      const words = factWords(sample.letter, name);
      if (!words?.da || !words.en) missing.push(`${sample.letter}: ${name}`);
    }
  }
  expect(plans).toBeGreaterThan(100);
  expect([...new Set(missing)]).toEqual([]);
});

it('the words the plan panel gets: names and the values that have words, not an authority’s inside', () => {
  const words = factWordsIn('pr-party-hearing', {
    judgment: { judgmentDate: '2015-09-02', court: 'Retten i Svendborg' },
    referrer: { id: 'police/ucn', name: 'Nordsjællands Politi', unit: null },
    trigger: 'criminal-record',
    permitEndCap: 'standard-end',
  });
  expect(words.choices['standard-end']?.da).toBe('Den almindelige slutdato');
  expect(words.fields.judgment?.da).toBeTruthy();
  expect(words.fields.judgmentDate?.da).toBeTruthy();
  expect(words.fields.referrer?.da).toBe('Henvisende myndighed');
  expect(words.fields.unit).toBeUndefined();
  expect(Object.keys(words.choices)).not.toContain('Nordsjællands Politi');
});

it('a country or nationality code among the facts reads as the country’s name, as in the form’s select', () => {
  const words = factWordsIn('spouse-reunification-decision', {
    grant: { identity: { name: 'Testperson', nationality: 'MA', countryOfBirth: 'ZZ' } },
    stayAbroad: { country: 'SY' },
  });
  expect(words.choices.MA).toEqual({ da: 'Marokko', en: 'Morocco' });
  expect(words.choices.SY).toEqual({ da: 'Syrien', en: 'Syria' });
  expect(words.choices.ZZ).toEqual({ da: 'Ukendt', en: 'Unknown' });
  // a person's name is no code: it keeps its own text
  expect(words.choices.Testperson).toBeUndefined();
});

it('a barsel postponement’s leave is the leave, in the form and in the plan; elsewhere leave is leaving Denmark', () => {
  expect(factWordsIn('danish-test-letters', { leave: { from: '2017-06-22', to: '2018-03-01' } }).fields.leave?.da).toBe(
    'Barselsperiode',
  );
  expect(fieldWords('danish-test-letters', 'letter.postponement.leave')?.da).toBe('Barselsperiode');
  expect(factWords('family-application-rejection', 'leave')?.da).toBe('Udrejse');
});
