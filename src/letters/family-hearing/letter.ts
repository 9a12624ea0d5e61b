import { defineLetter } from '../define-letter.ts';
import { decide } from './rules.ts';
import { schema } from './schema.ts';

export const familyHearing = defineLetter({
  id: 'family-hearing',
  kind: 'info',
  title: 'Hearing (partshøring, forvaltningslovens § 19) or procedural notice in a family-reunification case',
  titleDa: 'Partshøring (forvaltningslovens § 19) eller orientering om sagens behandling i en sag om familiesammenføring',
  source: 'Sagsbehandlervejledning, familiesammenføring (1. gangsansøgninger), February 2017 (src:7804–10737)',
  variants: [
    {
      id: 'housing-occupants',
      descriptionDa: 'til referencen: CPR viser et andet antal beboere (src:7804–7807)',
      description: 'to the reference: CPR shows another number of occupants (src:7804–7807)',
    },
    {
      id: 'refugee-reference',
      descriptionDa: 'til referencen: Center for Asyl vurderer, at referencen kan tage ophold i hjemlandet (src:8478–8482)',
      description: 'to the reference: Center for Asyl finds they can live in the home country (src:8478–8482)',
    },
    {
      id: 'self-support-divergence',
      descriptionDa: 'til referencen: egne oplysninger og eIndkomst stemmer ikke overens (src:7262–7265, 7307–7310)',
      description: 'to the reference: their statement and eIndkomst disagree (src:7262–7265, 7307–7310)',
    },
    {
      id: 'separation-cause',
      descriptionDa: 'til referencen: den ufrivillige adskillelse fra barnet (src:9144–9150)',
      description: 'to the reference: the involuntary separation from the child (src:9144–9150)',
    },
    {
      id: 'reference-not-in-cpr',
      descriptionDa: 'sag om barn: referencen er ikke registreret på en dansk adresse (src:9091–9093); R-FAM-095',
      description: 'child case: the reference is not registered at a Danish address (src:9091–9093); R-FAM-095',
    },
    {
      id: 'child-offence-bar',
      descriptionDa:
        '§ 9, stk. 19 er ikke opfyldt; orientering om politianmeldelse ved mistanke om urigtige oplysninger (src:9626–9633); R-FAM-095',
      description:
        '§ 9, stk. 19 not met; the police-report warning where false information is suspected (src:9626–9633); R-FAM-095',
    },
    {
      id: 'child-revocation',
      descriptionDa: 'inddragelse af barnets opholdstilladelse på oplysninger, ansøgeren ikke kender (src:9768–9771); R-FAM-095',
      description: "revocation of a child's permit on information the applicant does not know (src:9768–9771); R-FAM-095",
    },
    {
      id: 'divergent-personal-data',
      descriptionDa: 'afvigende personoplysninger, sag om ændring (src:10305–10306); R-FAM-095',
      description: 'divergent personal data, correction case (src:10305–10306); R-FAM-095',
    },
    {
      id: 'notice-procedural',
      descriptionDa:
        'orientering om væsentlige sagsskridt (src:10711–10726); R-FAM-095; intet brev til udlandet uden repræsentant',
      description: 'significant procedural steps (src:10711–10726); R-FAM-095; no letter abroad without a representative',
    },
  ],
  // OPEN: the source states no language rule for these letters (family-hearing.md, Language).
  secondLanguageRequired: false,
  schema,
  decide,
});
