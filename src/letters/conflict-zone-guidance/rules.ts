/**
 * Rules of the § 21 b, stk. 3 guidance letter (R-ASY-092, R-ASY-100). Pure.
 */
import { ok, type Result } from '../../diagnostics/diagnostic.ts';
import { collect } from '../collect.ts';
import type { RulesWorld } from '../define-letter.ts';
import { type Outcome, type Reason, toTheApplicant } from '../plan.ts';
import type { Input } from './schema.ts';

export type Variant = 'third-country-national' | 'eu-or-nordic';

export function chooseVariant(input: Input): { variant: Variant; why: Reason[] } {
  const variant: Variant = input.thirdCountryNational ? 'third-country-national' : 'eu-or-nordic';
  const because = input.thirdCountryNational
    ? 'third-country national: the entry ban also covers the Schengen area'
    : 'not a third-country national: no Schengen clause';
  return { variant, why: [{ rule: 'R-ASY-100', because }] };
}

const ASYLUM_BASES: readonly Input['permitBasis'][] = ['7', '8-1', '8-2', 'asylum-office'];

export function decide(input: Input, world: RulesWorld): Result<Outcome<Variant>> {
  const { variant, why } = chooseVariant(input);
  const senderId = ASYLUM_BASES.includes(input.permitBasis) ? 'immigration-service/asylum' : 'immigration-service/family';
  const looked = collect({
    sender: world.authorities.on(senderId, input.letterDate, 'data.letterDate'),
    pet: world.authorities.on('police/pet', input.letterDate, 'data.letterDate'),
  });
  if (!looked.ok) return looked;
  const { sender, pet } = looked.value;
  why.push({ rule: 'R-ASY-092', because: `sender: ${sender.unit ?? sender.name}` });
  return ok({
    due: true,
    plan: {
      variant,
      why,
      ...toTheApplicant(input),
      sender,
      appeal: null,
      // R-ASY-100: a copy goes to PET, so that PET may also advise, e.g. in a preventive talk.
      copies: [{ recipient: pet, rule: 'R-ASY-100' }],
      fields: { schengen: input.thirdCountryNational },
    },
  });
}
