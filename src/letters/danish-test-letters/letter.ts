import { defineLetter } from '../define-letter.ts';
import { decide } from './rules.ts';
import { schema } from './schema.ts';

export const danishTestLetters = defineLetter({
  id: 'danish-test-letters',
  kind: 'info',
  title: "The spouse's Danish test (§ 9, stk. 30): the result; the decision variants are not built yet",
  titleDa: 'Resultatet af ægtefællens danskprøve (§ 9, stk. 30)',
  source: 'Family-reunification handbook, February 2017, 4.6 (src:8006–8334)',
  variants: [
    {
      id: 'result',
      description: 'passed or not (21 of 30, R-FAM-037), with the complaint to SIRI word for word; routing R-FAM-095',
    },
  ],
  // Not stated by the source (languages.md applies): Danish, with an optional second language.
  secondLanguageRequired: false,
  schema,
  decide,
});
