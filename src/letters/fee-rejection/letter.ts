import { defineLetter } from '../define-letter.ts';
import { decide } from './rules.ts';
import { schema } from './schema.ts';

export const feeRejection = defineLetter({
  id: 'fee-rejection',
  kind: 'decision',
  title: 'Rejection of a family-reunification application or re-opening request for a missing or short fee (§ 9 h, stk. 8, 9)',
  titleDa:
    'Afvisning af ansøgning om familiesammenføring eller anmodning om genoptagelse på grund af manglende eller for lavt gebyr (§ 9 h, stk. 8 og 9)',
  source: 'Family-reunification handbook, February 2017, 2.2.2.4 and 2.2.2.6 (src:4577–4657)',
  variants: [
    {
      id: 'application',
      descriptionDa:
        'intet gebyr eller et manglende beløb på mindst grænsen (210 kr. i 2017) ved indgivelsen, § 9 h, stk. 8, 1. pkt. (R-FAM-004)',
      description: 'no fee or a shortfall of at least the limit (210 kr. in 2017) at filing, § 9 h, stk. 8, 1. pkt. (R-FAM-004)',
    },
    {
      id: 'application-after-request',
      descriptionDa: 'det resterende beløb er ikke betalt inden fristen, § 9 h, stk. 8, 3. pkt. (R-FAM-005)',
      description: 'the rest asked for was not paid by the deadline, § 9 h, stk. 8, 3. pkt. (R-FAM-005)',
    },
    {
      id: 'reopening',
      descriptionDa: 'anmodning om genoptagelse uden gebyret på 830 kr. (2017), § 9 h, stk. 9, 1. pkt. (R-FAM-003)',
      description: 'a re-opening request without the 830 kr. fee (2017), § 9 h, stk. 9, 1. pkt. (R-FAM-003)',
    },
  ],
  // Not stated by the source (languages.md applies): Danish, with an optional second language.
  secondLanguageRequired: false,
  schema,
  decide,
});
