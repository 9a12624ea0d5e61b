import { defineLetter } from '../define-letter.ts';
import { decide } from './rules.ts';
import { schema } from './schema.ts';

export const newApplicationGuidance = defineLetter({
  id: 'new-application-guidance',
  kind: 'info',
  title: 'Guidance to file a new application: information after a refusal that cannot lead to re-opening (standard 936)',
  titleDa: 'Vejledning om ny ansøgning efter afslag, når oplysningerne ikke kan føre til genoptagelse (standard 936)',
  source: 'Permanent-residence handbook of 23 March 2017, 10.1.2 (src:17000–17005)',
  variants: [
    {
      id: 'guidance-936',
      descriptionDa: 'oplysningerne angår ikke det krav, der gav afslag, eller er fra efter afgørelsen (R-PR-140)',
      description: 'the information does not concern the refused requirement, or dates from after the decision (R-PR-140)',
      templateNumber: '936',
    },
  ],
  // OPEN: the source is silent on languages; Danish, with an optional second language.
  secondLanguageRequired: false,
  schema,
  decide,
});
