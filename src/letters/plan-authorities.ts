/**
 * Which authority entries a plan prints (sender, appeal body, copies, authorities in the letter's fields, and
 * those of its companions): one line each, so an officer or reviewer sees where every name and address came
 * from (`letters validate`, the plan JSON).
 */
import type { Authority, AuthorityEntryRef } from '../domain/authorities.ts';
import type { Plan } from './plan.ts';

export interface AuthorityUse extends AuthorityEntryRef {
  readonly authority: Authority['id'];
}

const isAuthority = (value: unknown): value is Authority =>
  typeof value === 'object' && value !== null && 'id' in value && 'from' in value && 'name' in value;

/** Every authority entry the plan (and its companions) name, once each, in the order met. */
export function authoritiesIn(plan: Plan): AuthorityUse[] {
  const found = new Map<string, AuthorityUse>();
  const visit = (value: unknown): void => {
    if (isAuthority(value)) {
      if (!found.has(value.from.entry)) found.set(value.from.entry, { authority: value.id, ...value.from });
      return;
    }
    if (Array.isArray(value)) for (const item of value) visit(item);
    else if (typeof value === 'object' && value !== null) for (const item of Object.values(value)) visit(item);
  };
  visit([plan.sender, plan.appeal, plan.copies, plan.fields, (plan.companions ?? []).map((c) => c.plan)]);
  return [...found.values()];
}
