import { defineLetter } from '../define-letter.ts';
import { decide } from './rules.ts';
import { schema } from './schema.ts';

export const homeCountryTravelRevocation = defineLetter({
  id: 'home-country-travel-revocation',
  kind: 'decision',
  title: "Decision after a refugee's trip to the home country: lapse or revocation, with the removal decision",
  titleDa:
    'Afgørelse om bortfald eller inddragelse af en flygtnings opholdstilladelse efter rejse til hjemlandet, med afgørelse om udsendelse',
  source: 'Asylmeddelelse nr. 2/17 of 14 February 2017; 12/16 (removal section)',
  variants: [
    {
      id: 'lapse',
      descriptionDa: 'tilladelsen er bortfaldet (§ 17, § 17 a): inddragelse vurderes ikke (R-ASY-041/042)',
      description: 'the permit has lapsed (§ 17, § 17 a): revocation not assessed (R-ASY-041/042)',
    },
    {
      id: 'revocation-19-2-4',
      descriptionDa:
        'inddragelse, § 19, stk. 2, nr. 4: rejse efter 1. august 2010, indrejse inden 10 år efter første tilladelse (R-ASY-043–048)',
      description:
        'revocation, § 19, stk. 2, nr. 4: trip after 1 August 2010, entry within 10 years of the first grant (R-ASY-043–048)',
    },
    {
      id: 'revocation-19-1-1',
      descriptionDa: 'inddragelse, § 19, stk. 1, nr. 1: den almindelige regel (R-ASY-049)',
      description: 'revocation, § 19, stk. 1, nr. 1: the general rule (R-ASY-049)',
    },
  ],
  // OPEN: the source is silent on the language of this letter; Danish, with an optional second language.
  secondLanguageRequired: false,
  schema,
  decide,
});
