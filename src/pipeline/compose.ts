/**
 * Stage: compose. Binds a plan to one language: the template context (every optional value present
 * as null, because Handlebars runs in strict mode) and the page frame with its words in that language.
 */
import type { AbroadAddress } from '../delivery/delivery.ts';
import type { Authority } from '../domain/authorities.ts';
import { type LanguageCode, MASTER_LANGUAGE } from '../domain/languages.ts';
import { formatDate } from '../i18n/format.ts';
import type { Translator } from '../i18n/locales.ts';
import type { Copy, Plan } from '../letters/plan.ts';
import { withBodyLabels } from './appeal-labels.ts';
import type { Frame } from './document.ts';
import { isolate } from './text/isolate.ts';

export interface Composition {
  readonly context: Record<string, unknown>;
  readonly frame: Frame;
}

export interface ComposeInput {
  readonly plan: Plan;
  readonly language: LanguageCode;
  readonly isTranslation: boolean;
  readonly draft: boolean;
  readonly t: Translator;
  /** Danish words for the marks that must also appear in Danish on translated pages. */
  readonly tDanish: Translator;
  /** Set for a copy (Kopi til, e.g. R-ASY-038): the window shows that authority, marked as a copy for its information. */
  readonly copyTo?: Copy['recipient'] | null;
  /** Letter post abroad (src/delivery/delivery.ts): the window shows this address and its country line instead of the Danish one. */
  readonly abroad?: AbroadAddress | null;
  /** The enclosures' names in this language, listed under "Bilag" after the closing (enclosures.ts). */
  readonly enclosures?: readonly string[];
}

/** The common labels the frame uses: checked to exist before a part is drawn (no key is ever printed). */
export const FRAME_KEYS = [
  'common:reference.date',
  'common:reference.caseNumber',
  'common:reference.dateOfBirth',
  'common:reference.officer',
  'common:reference.phone',
  'common:letterhead.phone',
  'common:recipient.handed',
  'common:footer.caseNumber',
  'common:page',
  'common:translation.draftMark',
  'common:copy.mark',
  'common:copy.regarding',
] as const;

export function compose({
  plan,
  language,
  isTranslation,
  draft,
  t,
  tDanish,
  copyTo = null,
  abroad = null,
  enclosures = [],
}: ComposeInput): Composition {
  const context = {
    variant: plan.variant,
    translation: isTranslation,
    letterDate: plan.letterDate,
    caseNumber: plan.caseNumber,
    applicant: plan.applicant,
    sender: plan.sender,
    officer: { name: plan.officer.name, title: plan.officer.title ?? null, phone: plan.officer.phone ?? null },
    copies: plan.copies,
    enclosures,
    // The letters that go with this one (e.g. the re-opening guidance): the letter may say so.
    companions: (plan.companions ?? []).map((companion) => companion.letter),
    // The appeal body with its gloss in this language (e.g. "Flygtningenævnet (the Refugee Appeals Board)").
    appeal: withBodyLabels(plan.appeal, t),
    fields: plan.fields,
  };
  // The frame is drawn as plain text, never parsed as markup: plain strings. A missing label is caught
  // by the fill stage's check of the same keys (see FRAME_KEYS), so `?? key` is never printed.
  const label = (key: string, values?: Record<string, unknown>) => t.plain(`common:${key}`, values) ?? key;
  // Values are bidi isolates (text/isolate.ts): in a right-to-left part, "2100 København Ø" and
  // "2016/118230" keep their own order. The controls are never drawn.
  const references: [string, string][] = [
    [label('reference.date'), isolate(formatDate(plan.letterDate, language))],
    [label('reference.caseNumber'), isolate(plan.caseNumber)],
    [label('reference.dateOfBirth'), isolate(formatDate(plan.applicant.dateOfBirth, language))],
    [label('reference.officer'), isolate(plan.officer.name)],
  ];
  if (plan.officer.phone) references.push([label('reference.phone'), isolate(plan.officer.phone)]);

  const frame: Frame = {
    letterhead: letterhead(plan.sender, label),
    recipient: isTranslation ? null : copyTo ? copyRecipientLines(copyTo, plan, label) : recipientLines(plan, label, abroad),
    references,
    footer: label('footer.caseNumber', { caseNumber: isolate(plan.caseNumber) }),
    pageLabel: (page, total) => {
      const danish = tDanish.plain('common:page', { x: page, y: total }) ?? '';
      return language === MASTER_LANGUAGE ? danish : `${danish} · ${label('page', { x: page, y: total })}`;
    },
    draftMark: draft ? `${label('translation.draftMark')} · ${tDanish.plain('common:translation.draftMark') ?? ''}` : null,
  };
  return { context, frame };
}

function letterhead(sender: Authority, label: (key: string, values?: Record<string, unknown>) => string): Frame['letterhead'] {
  const lines = (sender.address ?? []).map(isolate);
  if (sender.phone) lines.push(label('letterhead.phone', { phone: isolate(sender.phone) }));
  if (sender.email) lines.push(isolate(sender.email));
  if (sender.web) lines.push(isolate(sender.web));
  return { name: isolate(sender.name), unit: sender.unit ? isolate(sender.unit) : null, lines };
}

function recipientLines(
  plan: Plan,
  label: (key: string, values?: Record<string, unknown>) => string,
  abroad: AbroadAddress | null,
): string[] {
  const { name, address, regarding } = plan.recipient;
  // The country line last and in capitals (UPU S42), as the post of the sending country reads it.
  if (abroad) return [name, ...abroad.lines, abroad.country.toLocaleUpperCase('da')];
  if (!address) return [name, label('recipient.handed')];
  const lines =
    'lines' in address
      ? [...address.lines, address.country]
      : [...(address.careOf ? [`c/o ${address.careOf}`] : []), address.street, `${address.postcode} ${address.city}`];
  return [name, ...lines, ...(regarding ? [label('copy.regarding', { name: regarding })] : [])];
}

/** A copy's window: the structural mark, then the authority as data/authorities.json has it (no address is guessed). */
function copyRecipientLines(
  authority: Copy['recipient'],
  plan: Plan,
  label: (key: string, values?: Record<string, unknown>) => string,
): string[] {
  const unit = authority.unit ? [authority.unit] : [];
  // The copy's reader must see whose case it is: the letter itself speaks to the applicant as "du".
  return [
    label('copy.mark'),
    authority.name,
    ...unit,
    ...(authority.address ?? []),
    label('copy.regarding', { name: plan.applicant.name }),
  ];
}
