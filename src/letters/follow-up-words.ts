/**
 * Follow-up actions in words, at the edge (CLI, API, officers' page): one line per action, in Danish or English.
 * The words live in locales/<da|en>/errors.json under `followUp`: staff words, not letter text, so no translations.
 */
import type { MessageLanguage } from '../diagnostics/messages.ts';
import type { Authority } from '../domain/authorities.ts';
import type { LocaleStore } from '../i18n/locales.ts';
import { type FollowUpAction, type FollowUpParty, followUpRecord } from './plan.ts';

const authorityName = (authority: Authority): string => [authority.name, authority.unit].filter(Boolean).join(', ');

/** A Danish line gives the day as the officers' page and its date fields do (dd-mm-åååå); English keeps ISO. */
const staffDate = (iso: string, language: MessageLanguage): string =>
  language === 'da' ? iso.replace(/^(\d{4})-(\d{2})-(\d{2})$/, '$3-$2-$1') : iso;

/** The action as one line, e.g. "Forelæg sagen for Flygtningenævnet som prøvesag – til Flygtningenævnet; …". */
export function followUpLine(action: FollowUpAction, locales: LocaleStore, language: MessageLanguage): string {
  const t = locales.translator(language);
  const word = (key: string, values?: Record<string, unknown>): string => t.plain(`errors:followUp.${key}`, values) ?? key;
  const to = (party: FollowUpParty): string =>
    party.kind === 'authority' ? word('party.authority', { name: authorityName(party.authority) }) : word(`party.${party.kind}`);
  const due =
    action.due.kind === 'with-the-letter'
      ? word('due.with-the-letter', { date: staffDate(String(action.due.date), language) })
      : word(`due.${action.due.kind}`);
  return word('line', {
    action: word(`action.${action.action}`),
    to: to(action.to),
    due,
    actor: authorityName(action.actor),
    rule: action.rule,
  });
}

/** The action as plain data for JSON answers: the typed facts (authorities by id) and the line in Danish and English. */
export const followUpView = (action: FollowUpAction, locales: LocaleStore) => ({
  ...followUpRecord(action),
  text: { da: followUpLine(action, locales, 'da'), en: followUpLine(action, locales, 'en') },
});
