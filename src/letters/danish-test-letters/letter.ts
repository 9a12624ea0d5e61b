import { defineLetter } from '../define-letter.ts';
import { decide } from './rules.ts';
import { schema } from './schema.ts';

const refusedDa = 'klagevejledning ikke fastlagt (R-FAM-101)';
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
      descriptionDa:
        'orientering: bestået eller ikke bestået (21 af 30, R-FAM-037), med klageadgangen til SIRI ordret; R-FAM-095',
      description: 'info: passed or not (21 of 30, R-FAM-037), with the complaint to SIRI word for word; routing R-FAM-095',
    },
    {
      id: 'substitute-accepted',
      descriptionDa:
        'afgørelse: en anden prøve bestået inden fristen træder i stedet for A1/A2 (bilag 1 og 2 til bek. nr. 180 af 26. februar 2013)',
      description:
        'decision: another test passed by the deadline replaces A1/A2 (bilag 1 og 2 til bek. nr. 180 af 26. februar 2013)',
    },
    {
      id: 'substitute-refused',
      descriptionDa: `afgørelse: den dokumenterede prøve træder ikke i stedet for A1/A2; ${refusedDa}*`,
      description: `decision: the documented test does not replace A1/A2; ${refused}`,
    },
    {
      id: 'postponement-granted',
      descriptionDa:
        'afgørelse: udsættelse af fristen; ved barsel beregnet (fristen suspenderes, højst 46 uger fra fødslen), ved sygdom eller transport sagsbehandlerens dato',
      description:
        'decision: the deadline postponed; barsel computed (suspension, at most 46 weeks from the birth), illness or transport the officer’s date',
    },
    {
      id: 'postponement-refused',
      descriptionDa: `afgørelse: afslag på udsættelse; ${refusedDa}*`,
      description: `decision: postponement refused; ${refused}`,
    },
    {
      id: 'exemption-granted',
      descriptionDa:
        'afgørelse: dispensation på grund af "ganske særlige grunde" eller handicap (med nedsættelse af sikkerhedsstillelsen, R-FAM-036)',
      description: 'decision: exempt for "ganske særlige grunde" or a handicap (with the security reductions, R-FAM-036)',
    },
    {
      id: 'exemption-refused',
      descriptionDa: `afgørelse: afslag på dispensation; ${refusedDa}*`,
      description: `decision: no exemption; ${refused}`,
    },
    {
      id: 'turkish-exemption-granted',
      descriptionDa: 'afgørelse: tyrkisk statsborger, der er erhvervsaktiv inden 6 måneder efter CPR-registreringen, er undtaget',
      description: 'decision: a Turkish national economically active within 6 months of the CPR registration is exempt',
    },
    {
      id: 'turkish-exemption-refused',
      descriptionDa: `afgørelse: tyrkisk statsborger ikke undtaget; ${refusedDa}*`,
      description: `decision: no Turkish exemption; ${refused}`,
    },
    {
      id: 'revocation',
      descriptionDa: `afgørelse: inddragelse, A1 ikke bestået i tide, vurdering efter § 26, stk. 1, vejledning om ny ansøgning ordret, 1 måned til udrejse; hjemmel også uafklaret; ${refusedDa}*`,
      description: `decision: A1 not passed in time, § 26, stk. 1 assessment, new-application guidance word for word, 1 month to leave; legal basis OPEN too; ${refused}`,
    },
    {
      id: 'refusal-to-extend',
      descriptionDa: `afgørelse: afslag på forlængelse på samme grundlag, vurdering efter § 26, stk. 1, 1 måned til udrejse; hjemmel også uafklaret; ${refusedDa}*`,
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
