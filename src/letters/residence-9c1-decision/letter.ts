import { defineLetter } from '../define-letter.ts';
import { decide } from './rules.ts';
import { schema } from './schema.ts';

export const residence9c1Decision = defineLetter({
  id: 'residence-9c1-decision',
  kind: 'decision',
  title: "Decision on a residence permit under § 9 c, stk. 1 after an earlier stay in Denmark: the findings in the memo's order",
  titleDa: 'Afgørelse om opholdstilladelse efter § 9 c, stk. 1 efter et forudgående ophold i Danmark',
  source:
    'Notat om opholdstilladelse efter udlændingelovens § 9 c, stk. 1, efter et forudgående ophold i Danmark, 11 August 2016',
  variants: [
    {
      id: 'grant-permanent-purpose',
      descriptionDa: 'tilladelse "med henblik på varigt ophold" (formål og varighed: sagsbehandleren; uafklaret, R-9C1-030)',
      description: 'permit "med henblik på varigt ophold" (purpose and duration: officer, OPEN R-9C1-030)',
    },
    {
      id: 'grant-possibility-permanent',
      descriptionDa: 'tilladelse "med mulighed for varigt ophold" (uafklaret, R-9C1-030)',
      description: 'permit "med mulighed for varigt ophold" (OPEN R-9C1-030)',
    },
    {
      id: 'grant-temporary-purpose',
      descriptionDa: 'tilladelse "med henblik på midlertidigt ophold" (uafklaret, R-9C1-030)',
      description: 'permit "med henblik på midlertidigt ophold" (OPEN R-9C1-030)',
    },
    {
      id: 'refusal',
      descriptionDa: 'afslag med afvejningen; klagevejledning ikke fastlagt; afvises, indtil den er fastlagt (R-9C1-030)',
      description: 'refusal with the weighing; appeal guidance OPEN, refused until configured (R-9C1-030)',
    },
  ],
  secondLanguageRequired: false,
  schema,
  decide,
});
