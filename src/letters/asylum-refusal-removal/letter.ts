import { defineLetter } from '../define-letter.ts';
import { decide } from './rules.ts';
import { schema } from './schema.ts';

export const asylumRefusalRemoval = defineLetter({
  id: 'asylum-refusal-removal',
  kind: 'decision',
  title: 'Refusal of asylum (§ 7) with the decision on forced removal (§ 32 a, jf. § 31)',
  titleDa: 'Afgørelse om afslag på opholdstilladelse efter § 7 med afgørelse om tvangsmæssig udsendelse (§ 32 a, jf. § 31)',
  source: 'Asylmeddelelse nr. 12/16 of 9 September 2016; nr. 5/01 of 31 July 2001 (spouses paragraph, off)',
  variants: [
    {
      id: 'refusal-excluded',
      descriptionDa: 'afslag: omfattet af § 7, men udelukket efter § 10; anses for påklaget (R-ASY-060/061)',
      description: 'covered by § 7 but excluded under § 10; deemed appealed (R-ASY-060/061)',
    },
    {
      id: 'refusal-removal-possible',
      descriptionDa: 'afslag: ikke omfattet af § 7, udsendelse kan gennemføres tvangsmæssigt; anses for påklaget (R-ASY-060/061)',
      description: 'not covered by § 7, removal can be enforced; deemed appealed (R-ASY-060/061)',
    },
    {
      id: 'refusal-removal-barred',
      descriptionDa:
        'afslag: ikke omfattet af § 7, udsendelse kan ikke gennemføres tvangsmæssigt; anses for påklaget (R-ASY-060/061/063)',
      description: 'not covered by § 7, removal cannot be enforced; deemed appealed (R-ASY-060/061/063)',
    },
    {
      id: 'reopening-refused-mu',
      descriptionDa:
        'situation b, åbenbart grundløs, intet veto: afslag på genoptagelse, udsendelse kan gennemføres tvangsmæssigt; kan ikke påklages, § 53 b (R-ASY-063)',
      description:
        'situation b, manifestly unfounded, no veto: re-opening refused, removal possible; not appealable, § 53 b (R-ASY-063)',
    },
    {
      id: 'expelled-removal-barred',
      descriptionDa: 'situation c, § 49 a: § 31 er til hinder for udsendelse; anses for påklaget, nr. 5 (R-ASY-064)',
      description: 'situation c, § 49 a: § 31 bars removal; deemed appealed, nr. 5 (R-ASY-064)',
    },
    {
      id: 'expelled-removal-possible',
      descriptionDa:
        'situation c, § 49 a: udsendelse kan gennemføres, med stillingtagen til §§ 7–8 for nævnet; anses for påklaget, nr. 5 (R-ASY-064)',
      description: 'situation c, § 49 a: removal possible, with the position for the board; deemed appealed, nr. 5 (R-ASY-064)',
    },
    {
      id: 'expelled-permit-special-reasons',
      descriptionDa:
        'situation c, § 49 a: § 31 er til hinder for udsendelse, og særlige grunde taler for opholdstilladelse efter §§ 7–8 (§ 10, stk. 3, 1. pkt.); indrejseforbuddet bortfalder, § 32, stk. 7 (R-ASY-064); klagevejledning ikke fastlagt',
      description:
        'situation c, § 49 a: § 31 bars removal and special reasons justify a §§ 7–8 permit (§ 10, stk. 3, 1. pkt.); the entry ban lapses, § 32, stk. 7 (R-ASY-064); appeal guidance OPEN',
    },
  ],
  // OPEN: the source is silent on the language of these letters; Danish, with an optional second language.
  secondLanguageRequired: false,
  schema,
  decide,
});
