import { defineLetter } from '../define-letter.ts';
import { decide } from './rules.ts';
import { schema } from './schema.ts';

export const financialSecurityRequest = defineLetter({
  id: 'financial-security-request',
  kind: 'info',
  title: 'Request to the reference to provide financial security (§ 9, stk. 4), with the notice to the municipality',
  titleDa: 'Anmodning til referencen om at stille økonomisk sikkerhed (§ 9, stk. 4) med meddelelse til kommunen',
  source: 'Sagsbehandlervejledning, familiesammenføring (1. gangsansøgninger), February 2017, 4.5',
  variants: [
    {
      id: 'request',
      descriptionDa:
        'beløbet efter indgivelsesdatoen (R-FAM-036), formen, kommunen, gyldig fra anmodningen + 30 dage i 5 år; meddelelsen til kommunen følger med',
      description:
        'the amount by the filing date (R-FAM-036), the form, the municipality, valid from the request + 30 days for 5 years; the municipality notice goes with it',
    },
  ],
  // OPEN: the source states no language rule; the reference lives in Denmark.
  secondLanguageRequired: false,
  schema,
  decide,
});
