/**
 * Appeal guidance the source leaves OPEN, supplied by legal review in data/appeal-guidance.json. Rules
 * ask for `<letter>/<variant>`; without an entry the letter is refused (R-ASY-003): guessed appeal guidance
 * is worse than none, and none is not allowed on a decision (anatomy.md, forvaltningsloven § 25).
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { diagnostic, fail, ok, type Result } from '../diagnostics/diagnostic.ts';
import { AUTHORITY_IDS } from './authorities.ts';
import { projectPath } from './project-path.ts';

/** A provision as the letter cites it after "jf. udlændingelovens", e.g. "§ 33, stk. 3, 4. pkt.". */
const provision = z.string().min(1);

const entrySchema = z.strictObject({
  body: z.enum(AUTHORITY_IDS),
  /** The provision that makes the decision appealable to the body. */
  legalBasis: provision,
  /**
   * The decision's own legal basis (hjemmel, forvaltningsloven §§ 22, 24), for a decision whose source names none
   * (e.g. the move back to an asylum centre, R-ASY-110): the letter that needs it is refused without it.
   */
  decisionLegalBasis: provision.optional(),
  deadline: z.discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('weeks-after-notification'),
      weeks: z.number().int().positive(),
      basis: provision,
      asAStartingPoint: z.boolean(),
    }),
    z.strictObject({ kind: z.literal('none'), basis: provision }),
  ]),
  suspensive: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('yes'), basis: provision }),
    z.strictObject({ kind: z.literal('no'), basis: provision.nullable() }),
    z.strictObject({ kind: z.literal('special-reasons-only'), basis: provision.nullable() }),
    z.strictObject({ kind: z.literal('within-days'), days: z.number().int().positive(), basis: provision }),
    z.strictObject({ kind: z.literal('unless-abroad'), basis: provision }),
  ]),
  fee: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('none') }),
    z.strictObject({ kind: z.literal('kroner'), amount: z.number().positive() }),
  ]),
  decidedBy: z.string().min(1),
  decidedOn: z.iso.date(),
});
const fileSchema = z.strictObject({ $comment: z.string().optional(), entries: z.record(z.string(), entrySchema) });

export type ConfiguredAppeal = z.infer<typeof entrySchema>;

export interface AppealConfiguration {
  /** The configured guidance for `<letter>/<variant>`, or APPEAL_GUIDANCE_NOT_CONFIGURED citing the OPEN rule. */
  for(letter: string, variant: string, openRule: string): Result<ConfiguredAppeal>;
}

export function loadAppealConfiguration(file = projectPath('data/appeal-guidance.json')): AppealConfiguration {
  const { entries } = fileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  return {
    for(letter, variant, openRule) {
      const entry = entries[`${letter}/${variant}`];
      return entry ? ok(entry) : fail(diagnostic('APPEAL_GUIDANCE_NOT_CONFIGURED', '', { letter, variant, rule: openRule }));
    },
  };
}
