import { defineLetter } from '../define-letter.ts';
import { decide } from './rules.ts';
import { schema } from './schema.ts';

const refused = 'appeal guidance OPEN (R-FAM-101)*';

export const danishTestLetters = defineLetter({
  id: 'danish-test-letters',
  kind: 'info',
  title:
    "The spouse's Danish test (§ 9, stk. 30): the result; decisions on a substitute test, postponement, exemption, the Turkish exemption, revocation and refusal to extend",
  titleDa:
    'Ægtefællens danskprøve (§ 9, stk. 30): resultatet; afgørelser om anden prøve, udsættelse af fristen, dispensation, tyrkiske statsborgere, inddragelse og afslag på forlængelse',
  source: 'Family-reunification handbook, February 2017, 4.6 (src:8006–8334), 5.2.1.5 (src:8569–8585)',
  variants: [
    {
      id: 'result',
      description: 'info: passed or not (21 of 30, R-FAM-037), with the complaint to SIRI word for word; routing R-FAM-095',
    },
    {
      id: 'substitute-accepted',
      description:
        'decision: another test passed by the deadline replaces A1/A2 (bilag 1 og 2 til bek. nr. 180 af 26. februar 2013)',
    },
    { id: 'substitute-refused', description: `decision: the documented test does not replace A1/A2; ${refused}` },
    {
      id: 'postponement-granted',
      description:
        'decision: the deadline postponed; barsel computed (suspension, at most 46 weeks from the birth), illness or transport the officer’s date',
    },
    { id: 'postponement-refused', description: `decision: postponement refused; ${refused}` },
    {
      id: 'exemption-granted',
      description: 'decision: exempt for "ganske særlige grunde" or a handicap (with the security reductions, R-FAM-036)',
    },
    { id: 'exemption-refused', description: `decision: no exemption; ${refused}` },
    {
      id: 'turkish-exemption-granted',
      description: 'decision: a Turkish national economically active within 6 months of the CPR registration is exempt',
    },
    { id: 'turkish-exemption-refused', description: `decision: no Turkish exemption; ${refused}` },
    {
      id: 'revocation',
      description: `decision: A1 not passed in time, § 26, stk. 1 assessment, new-application guidance word for word, 1 month to leave; legal basis OPEN too; ${refused}`,
    },
    {
      id: 'refusal-to-extend',
      description: `decision: the same facts at extension, § 26, stk. 1 assessment, 1 month to leave; legal basis OPEN too; ${refused}`,
    },
  ],
  // Every variant but the result is a decision: planLetter refuses to let one through without appeal guidance.
  decisionVariants: [
    'substitute-accepted',
    'substitute-refused',
    'postponement-granted',
    'postponement-refused',
    'exemption-granted',
    'exemption-refused',
    'turkish-exemption-granted',
    'turkish-exemption-refused',
    'revocation',
    'refusal-to-extend',
  ],
  // Not stated by the source (languages.md applies): Danish, with an optional second language.
  secondLanguageRequired: false,
  schema,
  decide,
});
