/**
 * The receipt letter (R-PR-106, R-PR-111; pr-application-receipt.md): no receipt in a KO1 case or where the case is
 * expected to be decided within 4 weeks; every receipt that is due is refused, naming the blocks the reference does
 * not word; the send-by aim of one month; and the blocks it does word, filled by the template in Danish, English and
 * the draft translations.
 */
import { describe, expect, it } from 'vitest';
import type { CivilDate } from '../../src/domain/civil-date.ts';
import { type LanguageCode, MASTER_LANGUAGE } from '../../src/domain/languages.ts';
import { planLetter } from '../../src/engine.ts';
import { receiptPlan, SERVICE_TARGET_FROM, sendBy, unwordedBlocks } from '../../src/letters/pr-application-receipt/rules.ts';
import { schema } from '../../src/letters/pr-application-receipt/schema.ts';
import { compose } from '../../src/pipeline/compose.ts';
import { fill } from '../../src/pipeline/fill.ts';
import { type Envelope, sample, withData } from '../support/requests.ts';
import { testWorld } from '../support/world.ts';

const d = (s: string) => s as CivilDate;
const standard = sample('pr-application-receipt', 'invalid/RULE_PR_RECEIPT_TEXT_NOT_CONFIGURED--receipt');
const siri = sample('pr-application-receipt', 'invalid/RULE_PR_RECEIPT_TEXT_NOT_CONFIGURED--receipt-siri');
const section9b = sample('pr-application-receipt', 'invalid/RULE_PR_RECEIPT_TEXT_NOT_CONFIGURED--receipt-section-9b');

const refusal = (request: Envelope) => {
  const result = planLetter(request, testWorld());
  if (result.ok) throw new Error('expected a refusal');
  return result.diagnostics.map((x) => ({ code: x.code, params: x.params }));
};

/** The plan of the worded blocks (what the template prints once legal review words the rest). */
const wordedPlan = (request: Envelope) => {
  const result = receiptPlan(schema.parse(request.data), testWorld());
  if (!result.ok || !result.value.due) throw new Error('expected a receipt');
  return result.value.plan;
};

describe('R-PR-106: when a receipt is due', () => {
  it.each([
    ['no-letter-due--ko1', 'a KO1 application gets no receipt letter (src:16248)'],
    ['no-letter-due--within-four-weeks', 'processing is not expected to take more than 4 weeks (src:16242–16244)'],
  ])('%s: no letter, with the reason', (name, because) => {
    const result = planLetter(sample('pr-application-receipt', name), testWorld());
    if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
    expect(result.value.outcome.due).toBe(false);
    if (!result.value.outcome.due) expect(result.value.outcome.why).toEqual([{ rule: 'R-PR-106', because }]);
  });
  it('a KO1 application gets no receipt even where processing takes more than 4 weeks', () => {
    const result = planLetter(withData(standard, { ko1Application: true }), testWorld());
    expect(result.ok && result.value.outcome.due).toBe(false);
  });
});

describe('R-PR-106: every receipt due is refused, naming exactly the unworded blocks', () => {
  it.each([
    [standard, 'receipt', 'processing-steps, lawful-stay-documentation, re-entry-permit-authorisation'],
    [siri, 'receipt-siri', 'processing-steps, lawful-stay-documentation, re-entry-permit-authorisation'],
    // R-PR-111: no re-entry-permit paragraph for a § 9 b holder (src:14510–14513).
    [section9b, 'receipt-section-9b', 'processing-steps, lawful-stay-documentation'],
  ])('%#: %s', (request, variant, blocks) => {
    expect(refusal(request as Envelope)).toEqual([
      { code: 'RULE_PR_RECEIPT_TEXT_NOT_CONFIGURED', params: { variant, blocks, rule: 'R-PR-106' } },
    ]);
  });
  it.each([
    ['2016-02-01', true],
    ['2016-02-02', false],
    ['2016-02-03', false],
  ])('dated %s: the service target is unstated before 2 February 2016 → %s', (letterDate, unstated) => {
    expect(SERVICE_TARGET_FROM).toBe('2016-02-02');
    expect(unwordedBlocks('receipt', d(letterDate)).includes('service-target')).toBe(unstated);
    const plan = wordedPlan(withData(standard, { letterDate, registrationDate: '2016-01-20' }));
    expect(plan.fields.serviceTargetMonths).toBe(unstated ? null : 8);
  });
  it('a letter dated before the registration is refused as a contradiction', () => {
    expect(refusal(sample('pr-application-receipt', 'invalid/RULE_DATE_BEFORE'))).toEqual([
      { code: 'RULE_DATE_BEFORE', params: { field: 'letterDate', other: 'registrationDate', rule: 'R-PR-106' } },
    ]);
  });
});

describe('R-PR-106: sent at the latest a month after the registration', () => {
  it.each([
    ['2017-01-23', '2017-02-23'],
    ['2017-01-31', '2017-02-28'],
    ['2016-01-31', '2016-02-29'],
  ])('registered %s → by %s', (registered, by) => {
    expect(sendBy(d(registered))).toBe(by);
  });
  it.each([
    ['2017-02-27', 'within'],
    ['2017-02-28', 'within'],
    ['2017-03-01', 'late'],
  ])('registered 31 January 2017, dated %s: %s', (letterDate, when) => {
    const because = wordedPlan(withData(standard, { registrationDate: '2017-01-31', letterDate })).why[0]?.because;
    expect(because).toBe(
      when === 'within'
        ? 'registered 2017-01-31: the receipt is sent by 2017-02-28, within the month'
        : 'registered 2017-01-31: the receipt was due by 2017-02-28 and is late',
    );
  });
});

describe('the blocks the reference words, as the template fills them', () => {
  const text = (request: Envelope, language: LanguageCode) => {
    const world = testWorld();
    const plan = wordedPlan(request);
    const t = world.locales.translator(language);
    const { context } = compose({
      plan,
      language,
      isTranslation: language !== MASTER_LANGUAGE,
      draft: false,
      t,
      tDanish: world.locales.translator(MASTER_LANGUAGE),
    });
    const markup = fill(world.templates, 'pr-application-receipt', context, language, t);
    if (!markup.ok) throw new Error(JSON.stringify(markup.diagnostics));
    // Tags and the bidi isolates around interpolated values (compose.ts) removed: the words as read.
    return markup.value
      .replace(/<[^>]+>/g, ' ')
      .replace(/[\u2066-\u2069]/g, '')
      .replace(/\s+/g, ' ');
  };
  it('the registration date and the service target of 8 months from a fully informed application', () => {
    const da = text(standard, 'da');
    expect(da).toContain('Vi har den 23. januar 2017 registreret din ansøgning om tidsubegrænset opholdstilladelse.');
    expect(da).toContain('servicemål for sager om tidsubegrænset opholdstilladelse er 8 måneder.');
    expect(da).toContain('Hvis din ansøgning ikke er fuldt oplyst, hører du fra os hurtigst muligt.');
    expect(da).not.toContain('Under behandlingen af din sag');
    expect(text(standard, 'en')).toContain('service target for permanent-residence cases is 8 months.');
  });
  it('SIRI, or the ministry by its name on the letter date, is consulted', () => {
    expect(text(siri, 'da')).toContain('hører vi Styrelsen for International Rekruttering og Integration (SIRI).');
    expect(text(section9b, 'da')).toContain('hører vi Udlændinge-, Integrations- og Boligministeriet.');
    expect(text(section9b, 'en')).toContain('we will consult Udlændinge-, Integrations- og Boligministeriet.');
  });
  // The drafts in the right-to-left, Tigrinya and Somali translations: the 8 months through each language's
  // plural unit, SIRI by its abbreviation with the gloss in brackets, the ministry by its Danish name.
  it.each([
    [
      'ar',
      'غير محددة المدة هو 8 أشهر.',
      'نستطلع رأي SIRI (الوكالة الدنماركية للتوظيف الدولي والاندماج).',
      'نستطلع رأي Udlændinge-, Integrations- og Boligministeriet.',
    ],
    [
      'fa',
      'اقامت نامحدود ۸ ماه است.',
      'نظر SIRI (اداره استخدام بین‌المللی و ادغام دانمارک) را جویا می‌شویم.',
      'نظر Udlændinge-, Integrations- og Boligministeriet را جویا می‌شویم.',
    ],
    [
      'ps',
      'د خدمت موخه ۸ میاشتې ده.',
      'موږ د SIRI (د ډنمارک د نړیوالې استخدام او ادغام اداره) نظر اخلو.',
      'موږ د Udlændinge-, Integrations- og Boligministeriet نظر اخلو.',
    ],
    [
      'ckb',
      'بریتییە لە ٨ مانگ.',
      'ڕای SIRI (دەزگای دانیمارکی بۆ دامەزراندنی نێودەوڵەتی و تێکەڵبوون) وەردەگرین.',
      'ڕای Udlændinge-, Integrations- og Boligministeriet وەردەگرین.',
    ],
    [
      'ti',
      'ፍቓድ መንበሪ 8 ኣዋርሕ እዩ።',
      'ርእይቶ SIRI (ኤጀንሲ ደንማርክ ንዓለምለኻዊ ምልመላን ምውህሃድን) ንሓትት።',
      'ርእይቶ Udlændinge-, Integrations- og Boligministeriet ንሓትት።',
    ],
    [
      'so',
      'joogto ah waa 8 bilood.',
      "ka weydiinaynaa SIRI (Hay'adda Denmark ee Shaqaalaysiinta Caalamiga ah iyo Is-dhexgalka).",
      'ka weydiinaynaa Udlændinge-, Integrations- og Boligministeriet.',
    ],
  ] as const)('%s: the service target, SIRI and the ministry', (language, target, siriLine, ministryLine) => {
    expect(text(standard, language)).toContain(target);
    expect(text(siri, language)).toContain(siriLine);
    expect(text(section9b, language)).toContain(ministryLine);
  });
});
