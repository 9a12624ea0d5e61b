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
      description:
        'permit under §§ 6–9 (§ 44 a, stk. 1, nr. 1); whether the supplementary conditions were waived, never why (R-FAM-096)',
    },
    { id: 'permanent-granted', description: 'permanent permit (§ 44 a, stk. 1, nr. 2)' },
    { id: 'permanent-refused', description: 'refusal of a permanent permit (§ 44 a, stk. 1, nr. 2)' },
    {
      id: 'temporary-after-permanent-refused',
      description: 'temporary permit after a refused permanent one (§ 44 a, stk. 1, nr. 3)',
    },
    { id: 'extension-refused', description: 'refusal to extend (§ 44 a, stk. 1, nr. 4)' },
    { id: 'lapse', description: 'lapse (§ 44 a, stk. 1, nr. 4)' },
    { id: 'revocation', description: 'revocation (§ 44 a, stk. 1, nr. 4)' },
    {
      id: 'refusal-procedural-stay',
      description: 'refusal to an alien with procedural stay not accommodated by US (§ 44 a, stk. 4)',
    },
    { id: 'security-request', description: 'the reference is asked for financial security (§ 9, stk. 4; src:7890–7891)' },
  ],
  // OPEN: the source states no language rule; a notice between authorities is in Danish.
  secondLanguageRequired: false,
  schema,
  decide,
});
