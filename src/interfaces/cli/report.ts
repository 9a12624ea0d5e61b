/** How the CLI prints problems and plans: one line per problem, `path: reason`; never an input value. */
import { deliveryView } from '../../delivery/delivery.ts';
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import { explain, messageFor, type Planned, type World } from '../../engine.ts';
import { followUpLine, followUpView } from '../../letters/follow-up-words.ts';
import { followUpOf, type InsteadLetter } from '../../letters/plan.ts';
import { authoritiesIn } from '../../letters/plan-authorities.ts';

export function printProblems(diagnostics: readonly Diagnostic[], world: World, json: boolean) {
  if (json) {
    const problems = diagnostics.map((d) => ({ code: d.code, path: d.path, message: messageFor(d, world) }));
    console.log(JSON.stringify({ ok: false, problems }, null, 2));
    return;
  }
  console.error(`✖ ${diagnostics.length} problem${diagnostics.length === 1 ? '' : 's'}:`);
  for (const d of diagnostics) console.error(`  ${explain(d, world)}  [${d.code}]`);
}

export function printPlan(planned: Planned, json: boolean, world: World) {
  const { request, outcome } = planned;
  const summary = outcome.due
    ? {
        ok: true,
        letter: request.letter.id,
        due: true,
        variant: outcome.plan.variant,
        languages: request.languages,
        why: outcome.plan.why,
        // The set the PDF will hold besides the letter: companion letters (with their own reasons) and copies.
        companions: (outcome.plan.companions ?? []).map((c) => ({ letter: c.letter, variant: c.plan.variant, why: c.plan.why })),
        copies: outcome.plan.copies.map((copy) => ({ recipient: copy.recipient.id, rule: copy.rule })),
        // What the office must do besides sending the letter (the letter's and its companions').
        followUp: followUpOf(outcome.plan).map((action) => followUpView(action, world.locales)),
        // Where every authority's name and address came from: the data entry and its validity.
        authorities: authoritiesIn(outcome.plan),
        delivery: deliveryView(request.delivery),
      }
    : {
        ok: true,
        letter: request.letter.id,
        due: false,
        answer: outcome.answer,
        why: outcome.why,
        // The letter the officer must write instead, where one is due (typed: ours, or one the officer writes).
        instead: outcome.instead ?? null,
      };
  if (json) {
    console.log(JSON.stringify(summary, null, 2));
    return;
  }
  if (outcome.due)
    console.log(`OK  ${request.letter.id} · variant ${outcome.plan.variant} · languages ${request.languages.join(', ')}`);
  else console.log(`OK  ${request.letter.id} · no letter is due: ${outcome.answer}`);
  for (const reason of summary.why) console.log(`  ${reason.rule.padEnd(10)} ${reason.because}`);
  if (!outcome.due) {
    printInstead(outcome.instead);
    return;
  }
  for (const companion of outcome.plan.companions ?? []) {
    console.log(`  with      ${companion.letter} · variant ${companion.plan.variant}`);
    for (const reason of companion.plan.why) console.log(`    ${reason.rule.padEnd(10)} ${reason.because}`);
  }
  const delivery = deliveryView(request.delivery);
  if (delivery)
    console.log(`  delivery  ${delivery.channel}${'recipient' in delivery ? ` (${delivery.recipient} number given)` : ''}`);
  for (const copy of outcome.plan.copies) {
    const unit = copy.recipient.unit ? `, ${copy.recipient.unit}` : '';
    console.log(`  copy to   ${copy.recipient.name}${unit} (${copy.rule})`);
  }
  for (const action of followUpOf(outcome.plan)) console.log(`  follow-up ${followUpLine(action, world.locales, 'en')}`);
  for (const use of authoritiesIn(outcome.plan)) {
    const until = use.validUntil ? `to ${use.validUntil}` : 'until a later entry replaces it';
    console.log(`  authority ${use.entry} (valid from ${use.validFrom} ${until}; ${use.source})`);
    if (use.caution) console.log(`    ⚠ ${use.caution}`);
  }
}

/** The letter the officer must write instead of this one, where one is due. */
export function printInstead(instead: InsteadLetter | undefined) {
  if (!instead) return;
  if (instead.kind === 'service-letter') {
    console.log(`  instead   ${instead.letter} · variant ${instead.variant} (${instead.rule})`);
    return;
  }
  console.log(`  instead   written by the officer: ${instead.what} (${instead.rule})`);
  for (const point of instead.mustContain) console.log(`    - ${point}`);
}
