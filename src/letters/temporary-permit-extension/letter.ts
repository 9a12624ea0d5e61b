import { defineLetter } from '../define-letter.ts';
import { decide } from './rules.ts';
import { schema } from './schema.ts';

export const temporaryPermitExtension = defineLetter({
  id: 'temporary-permit-extension',
  kind: 'decision',
  title: 'Extension of the time-limited permit (part-decision), sent with a refusal or rejection of permanent residence',
  titleDa:
    'Forlængelse af den tidsbegrænsede opholdstilladelse (delafgørelse) sammen med afslag på eller afvisning af tidsubegrænset opholdstilladelse',
  source: 'Permanent-residence handbook of 23 March 2017, 4.3, 7.7.1.4, 7.9.2.1, 7.9.4',
  variants: [
    {
      id: 'extension',
      descriptionDa: 'den ansøgte periode, ingen betingelse gælder igen: fuldt medhold (R-PR-110)',
      description: 'the period applied for, no condition revived: fully granted (R-PR-110)',
    },
    {
      id: 'extension-limited',
      descriptionDa:
        'en kortere periode eller en betingelse, der igen gælder: klagevejledning ikke fastlagt; afvises, indtil den er fastlagt (R-PR-110)',
      description: 'a shorter period or a revived condition: appeal guidance OPEN, refused until configured (R-PR-110)',
    },
  ],
  secondLanguageRequired: false,
  schema,
  decide,
});
