import { defineLetter } from '../define-letter.ts';
import { decide } from './rules.ts';
import { schema } from './schema.ts';

export const tortureExpediteNotice = defineLetter({
  id: 'torture-expedite-notice',
  kind: 'info',
  title: "Answer to an accommodation operator's request to expedite an asylum case on health grounds",
  titleDa: 'Svar til indkvarteringsoperatøren på anmodning om hastebehandling af en asylsag af helbredsmæssige grunde',
  source: 'Asylmeddelelse nr. 9/16 of 1 September 2016 (src:1385–1402)',
  variants: [
    {
      id: 'accepted',
      descriptionDa: 'sagen behandles som hastesag, med forventet afslutning hvor muligt (R-ASY-083)',
      description: 'the case is taken under urgent processing, with the expected completion where possible (R-ASY-083)',
    },
    {
      id: 'cannot-complete',
      descriptionDa:
        'sagen kan ikke afsluttes på nuværende tidspunkt; medunderskrevet af vicedirektøren i Center for Asyl (R-ASY-083)',
      description: 'the case cannot be completed at present; co-signed by the deputy director (R-ASY-083)',
    },
  ],
  // A notice to a Danish operator: Danish only is enough; a second language stays optional.
  secondLanguageRequired: false,
  schema,
  decide,
});
