import { defineLetter } from '../define-letter.ts';
import { decide } from './rules.ts';
import { schema } from './schema.ts';

export const ko1Info18 = defineLetter({
  id: 'ko1-info-18',
  kind: 'info',
  title: 'KO1: info letter to an 18-year-old covered by a parent’s permanent residence (705), or guidance (929)',
  titleDa:
    'KO1: orientering til 18-årig omfattet af en forælders permanente opholdstilladelse (705) eller vejledning om ansøgning (929)',
  source: 'Permanent-residence handbook of 23 March 2017, 7.2.3 KO1 (src:16149–16237); udlændingebekendtgørelsens § 23, stk. 1',
  variants: [
    {
      id: 'info-705',
      descriptionDa:
        'omfattet af en forælders tidsubegrænsede opholdstilladelse: opholdskort (type D); aldrig før 18-årsdagen (R-PR-120)',
      description: 'covered by a parent’s permanent permit: a residence card (type D); never before the 18th birthday (R-PR-120)',
      templateNumber: '705',
    },
    {
      id: 'guidance-929',
      descriptionDa:
        'har fejlagtigt sat kryds ved tidsubegrænset opholdstilladelse: vejledning om ansøgning; KO1-sagen lukkes som tilbagetaget (R-PR-120)',
      description: 'ticked permanent residence wrongly: guidance on applying; the KO1 case closed as withdrawn (R-PR-120)',
      templateNumber: '929',
    },
  ],
  // OPEN: the source is silent on languages; Danish, with an optional second language.
  secondLanguageRequired: false,
  schema,
  decide,
});
