import { defineLetter } from '../define-letter.ts';
import { decide } from './rules.ts';
import { schema } from './schema.ts';

export const feeRemainingPaymentRequest = defineLetter({
  id: 'fee-remaining-payment-request',
  kind: 'info',
  title: 'Request to pay the rest of the fee of a family-reunification application (§ 9 h, stk. 8, 2.–3. pkt.)',
  titleDa: 'Anmodning om betaling af resten af gebyret for en ansøgning om familiesammenføring (§ 9 h, stk. 8, 2.–3. pkt.)',
  source: 'Family-reunification handbook, February 2017, 2.2.2.6 (src:4646–4653); payment channels (src:4623–4631)',
  variants: [
    {
      id: 'in-denmark',
      descriptionDa: 'ansøgeren er i Danmark og har indgivet her: betaling inden 14 dage (R-FAM-005)',
      description: 'applicant in Denmark, filed in Denmark: pay within 14 days (R-FAM-005)',
    },
    {
      id: 'abroad',
      descriptionDa: 'ansøgeren er i udlandet og har indgivet der: betaling inden 4 uger (R-FAM-005)',
      description: 'applicant abroad, filed there: pay within 4 weeks (R-FAM-005)',
    },
  ],
  // Not stated by the source (languages.md applies): Danish, with an optional second language.
  secondLanguageRequired: false,
  schema,
  decide,
});
