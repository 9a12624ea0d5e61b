/**
 * The § 31 finding every refusal, lapse or revocation of a §§ 7–8 permit carries (§ 32 a; R-ASY-001),
 * rendered by templates/partials/removal-decision.hbs. The officer's finding, never computed.
 */
import { z } from 'zod';

export const removal = z.strictObject({
  /** true: "udsendelse kan gennemføres tvangsmæssigt"; false: "ikke kan" (src:811–821). */
  possible: z.boolean(),
  /** The country the decision concerns. */
  country: z.string().trim().min(1).max(100),
});

export type Removal = z.infer<typeof removal>;
