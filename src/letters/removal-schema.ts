/**
 * The § 31 finding every refusal, lapse or revocation of a §§ 7–8 permit carries (§ 32 a; R-ASY-001),
 * rendered by templates/partials/removal-decision.hbs. The officer's finding, never computed.
 */
import { z } from 'zod';
import { countryCode } from './common-schema.ts';

export const removal = z.strictObject({
  /** true: "udsendelse kan gennemføres tvangsmæssigt"; false: "ikke kan" (src:811–821). */
  possible: z.boolean(),
  /** The country the decision concerns. */
  country: countryCode,
});

export type Removal = z.infer<typeof removal>;
