import { defineLetter } from '../define-letter.ts';
import { decide } from './rules.ts';
import { schema } from './schema.ts';

export const municipalityNotice = defineLetter({
  id: 'municipality-notice',
  kind: 'info',
  title: 'Notice from US to the municipal council: § 44 a notices and the financial-security orientation',
  titleDa: 'Meddelelse til kommunalbestyrelsen: underretning efter § 44 a og orientering om økonomisk sikkerhed',
  source: 'Sagsbehandlervejledning, familiesammenføring (1. gangsansøgninger), February 2017, 13.1 and 4.5.2.1',
  variants: [
    {
      id: 'grant',
      descriptionDa:
        'opholdstilladelse efter §§ 6–9 (§ 44 a, stk. 1, nr. 1); om de supplerende betingelser er fraveget, aldrig hvorfor (R-FAM-096)',
      description:
        'permit under §§ 6–9 (§ 44 a, stk. 1, nr. 1); whether the supplementary conditions were waived, never why (R-FAM-096)',
    },
    {
      id: 'permanent-granted',
      descriptionDa: 'tidsubegrænset opholdstilladelse (§ 44 a, stk. 1, nr. 2)',
      description: 'permanent permit (§ 44 a, stk. 1, nr. 2)',
    },
    {
      id: 'permanent-refused',
      descriptionDa: 'afslag på tidsubegrænset opholdstilladelse (§ 44 a, stk. 1, nr. 2)',
      description: 'refusal of a permanent permit (§ 44 a, stk. 1, nr. 2)',
    },
    {
      id: 'temporary-after-permanent-refused',
      descriptionDa: 'tidsbegrænset opholdstilladelse efter afslag på tidsubegrænset (§ 44 a, stk. 1, nr. 3)',
      description: 'temporary permit after a refused permanent one (§ 44 a, stk. 1, nr. 3)',
    },
    {
      id: 'extension-refused',
      descriptionDa: 'afslag på forlængelse (§ 44 a, stk. 1, nr. 4)',
      description: 'refusal to extend (§ 44 a, stk. 1, nr. 4)',
    },
    { id: 'lapse', descriptionDa: 'bortfald (§ 44 a, stk. 1, nr. 4)', description: 'lapse (§ 44 a, stk. 1, nr. 4)' },
    { id: 'revocation', descriptionDa: 'inddragelse (§ 44 a, stk. 1, nr. 4)', description: 'revocation (§ 44 a, stk. 1, nr. 4)' },
    {
      id: 'refusal-procedural-stay',
      descriptionDa:
        'afslag til en udlænding med processuelt ophold, som ikke er indkvarteret af Udlændingestyrelsen (§ 44 a, stk. 4)',
      description: 'refusal to an alien with procedural stay not accommodated by US (§ 44 a, stk. 4)',
    },
    {
      id: 'security-request',
      descriptionDa: 'referencen anmodes om at stille økonomisk sikkerhed (§ 9, stk. 4; src:7890–7891)',
      description: 'the reference is asked for financial security (§ 9, stk. 4; src:7890–7891)',
    },
  ],
  // OPEN: the source states no language rule; a notice between authorities is in Danish.
  secondLanguageRequired: false,
  schema,
  decide,
});
