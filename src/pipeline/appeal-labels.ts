/**
 * The appeal body as the appeal lines name it in one language: the name from data/authorities.json (Danish, as
 * in force on the letter date) with the language's gloss of what the body is, e.g. "Flygtningenævnet (the Refugee
 * Appeals Board)" in English; in Danish the name alone. The words are in `common:appeal.bodyName.*`.
 */
import type { Authority, AuthorityId } from '../domain/authorities.ts';
import type { Translator } from '../i18n/locales.ts';
import type { AppealGuidance } from '../letters/plan.ts';

/** The bodies the appeal lines name, by the gloss key that says what each is; any other authority: its name alone. */
const GLOSS_KEY: Partial<Record<AuthorityId, string>> = {
  'refugee-appeals-board': 'refugeeAppealsBoard',
  'immigration-appeals-board': 'immigrationAppealsBoard',
  'ministry/immigration': 'ministry',
};

/** Checked to exist in every language before a part is drawn (the fill stage), like the frame's labels. */
export const BODY_NAME_KEYS = Object.values(GLOSS_KEY).map((key) => `common:appeal.bodyName.${key}`);

export function bodyLabel(body: Authority, t: Translator): string {
  const gloss = GLOSS_KEY[body.id];
  if (gloss === undefined) return body.name;
  // A missing key is caught before any part is drawn (BODY_NAME_KEYS in the fill stage's check): never printed.
  return t.plain(`common:appeal.bodyName.${gloss}`, { name: body.name }) ?? body.name;
}

/** The plan's appeal guidance with the body's label in this language (`bodyLabel`, `toLabel`) for the template. */
export function withBodyLabels(appeal: AppealGuidance | null, t: Translator) {
  if (appeal === null) return null;
  switch (appeal.kind) {
    case 'appeal':
    case 'deemed-appealed':
      return { ...appeal, bodyLabel: bodyLabel(appeal.body, t) };
    case 'not-appealable':
      return { ...appeal, toLabel: appeal.to ? bodyLabel(appeal.to, t) : null };
    case 'fully-granted':
      return appeal;
  }
}
