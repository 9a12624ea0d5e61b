import { defineLetter } from '../define-letter.ts';
import { decide } from './rules.ts';
import { schema } from './schema.ts';

export const decisionMoveBackToAsylumCentre = defineLetter({
  id: 'decision-move-back-to-asylum-centre',
  kind: 'decision',
  title: 'Decision: an asylum seeker in own housing who no longer supports themselves must move back to an asylum centre',
  titleDa:
    'Afgørelse om, at en asylansøger i egen bolig, der ikke længere forsørger sig selv, skal flytte tilbage til et asylcenter',
  source: 'US newsletter to municipalities, section 2 "Kommunernes forsørgelsespligt" (undated; src 000:46–52)',
  variants: [
    {
      id: 'decision',
      descriptionDa:
        'forsørger sig ikke længere selv: flytter tilbage til det angivne asylcenter inden den angivne dato (R-ASY-110; klagevejledning ikke fastlagt)',
      description: 'no longer self-supporting: move back to the named centre by the given date (R-ASY-110; appeal OPEN)',
    },
  ],
  // The source is silent on languages (OPEN): Danish, with an optional second language.
  secondLanguageRequired: false,
  schema,
  decide,
});
