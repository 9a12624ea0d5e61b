import { defineLetter } from '../define-letter.ts';
import { decide } from './rules.ts';
import { schema } from './schema.ts';

export const prRemittalIntro = defineLetter({
  id: 'pr-remittal-intro',
  kind: 'info',
  title:
    'First letter after Udlændingenævnet remits a permanent-residence case (V-REMITTAL-INTRO); the same opening in a hearing or documentation request',
  titleDa: 'Første brev efter Udlændingenævnets hjemvisning af en sag om permanent opholdstilladelse',
  source: 'Permanent-residence handbook of 23 March 2017, ch. 9 Hjemvisninger (src:16912–16977)',
  variants: [
    {
      id: 'remitted',
      descriptionDa:
        'hjemvist uden at noget krav anses for opfyldt (ikke vurderet, eller oplysninger, der forelå i forvejen) (R-PR-141)',
      description: 'remitted with no requirement found met (not considered, or pre-existing information) (R-PR-141)',
    },
    {
      id: 'remitted-requirements-met',
      descriptionDa: 'hjemvist med et eller flere krav, der nu anses for opfyldt: "Kravet om … anses nu for opfyldt." (R-PR-141)',
      description: 'remitted with one or more requirements found met: "Kravet om … anses nu for opfyldt." (R-PR-141)',
    },
  ],
  // OPEN: the source is silent on languages; Danish, with an optional second language.
  secondLanguageRequired: false,
  schema,
  decide,
});
