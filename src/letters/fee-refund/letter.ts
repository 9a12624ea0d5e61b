import { defineLetter } from '../define-letter.ts';
import { decide } from './rules.ts';
import { schema } from './schema.ts';

export const feeRefund = defineLetter({
  id: 'fee-refund',
  kind: 'info',
  title: 'Fee refund notice, request for the payment receipt, refusal to refund (§ 9 h, stk. 6–7)',
  titleDa: 'Tilbagebetaling af gebyr, anmodning om kvittering for betalingen eller afslag på tilbagebetaling (§ 9 h, stk. 6–7)',
  source: 'Family-reunification handbook, February 2017, 2.2.2.2–2.2.2.7 (src:4406–4701)',
  variants: [
    {
      id: 'refund-notice',
      descriptionDa:
        'orientering: gebyret tilbagebetales, helt eller med fradrag af gebyret efter § 9 h, stk. 7 (R-FAM-007, R-FAM-009..011)',
      description: 'info: the fee is refunded, in full or less the § 9 h, stk. 7 fee (R-FAM-007, R-FAM-009..011)',
    },
    {
      id: 'receipt-request',
      descriptionDa:
        'orientering: gebyret skal tilbagebetales, men Udlændingestyrelsen mangler kvitteringen for betalingen (R-FAM-009)',
      description: 'info: a refund is due but US lacks the payment receipt (R-FAM-009)',
    },
    {
      id: 'refund-refusal',
      descriptionDa: 'afgørelse: afslag på tilbagebetaling (R-FAM-008, R-FAM-011)*',
      description: 'decision: no refund (R-FAM-008, R-FAM-011)*',
    },
    {
      id: 'refund-refusal-reference',
      descriptionDa:
        'afgørelse: afslag på tilbagebetaling til referencen efter tilbagetrækning, i en selvstændig sag (R-FAM-008)*',
      description: 'decision: no refund to the reference after a withdrawal, on a separate case (R-FAM-008)*',
    },
  ],
  // The refusals are decisions: planLetter refuses to let one through without appeal guidance.
  decisionVariants: ['refund-refusal', 'refund-refusal-reference'],
  // Not stated by the source (languages.md applies): Danish, with an optional second language.
  secondLanguageRequired: false,
  schema,
  decide,
});
