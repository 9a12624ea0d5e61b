/**
 * Rules of the refusal of asylum with the removal decision (Asylmeddelelse 12/16, 5/01; rules.md R-ASY-001,
 * R-ASY-060 to R-ASY-067). Pure: the input and the authority data decide.
 */
import { ok, type Result } from '../../diagnostics/diagnostic.ts';
import type { Authority } from '../../domain/authorities.ts';
import type { CivilDate } from '../../domain/civil-date.ts';
import { collect } from '../collect.ts';
import { configuredAppeal } from '../configured-appeal.ts';
import type { RulesWorld } from '../define-letter.ts';
import { type AppealGuidance, type Copy, type FollowUpAction, type Outcome, type Reason, toTheApplicant } from '../plan.ts';
import type { Input } from './schema.ts';

export type Variant =
  | 'refusal-excluded'
  | 'refusal-removal-possible'
  | 'refusal-removal-barred'
  | 'reopening-refused-mu'
  | 'expelled-removal-barred'
  | 'expelled-removal-possible'
  | 'expelled-permit-special-reasons';

/**
 * OPEN (R-ASY-067): 5/01 is in the 2017 release without a mark of repeal, but its use in 2016–2017 is not
 * confirmed. Off until legal review confirms it; its verbatim text is in the locale files, ready.
 */
export const SPOUSES_PARAGRAPH_ENABLED = false;

/**
 * R-ASY-067: the 5/01 paragraph is added after the removal section where the spouses were married at entry
 * and kept up cohabitation in Denmark. It conditions forced removal, so only where removal is possible.
 */
export function spousesParagraphDue(input: Input, enabled: boolean = SPOUSES_PARAGRAPH_ENABLED): boolean {
  const { spouse } = input;
  return enabled && spouse?.marriedAtEntry === true && spouse.cohabitingInDenmark && input.removal.possible;
}

type Choice = { variant: Variant | null; why: Reason[] };

export function chooseVariant(input: Input): Choice {
  const { situation: s, section7, removal } = input;
  const removalWhy: Reason = { rule: 'R-ASY-001', because: `removal contrary to § 31: ${removal.possible ? 'no' : 'yes'}` };
  if (s.kind === 'c-expelled' && section7.finding === 'covered' && !removal.possible) {
    const why: Reason[] = [
      {
        rule: 'R-ASY-064',
        because:
          'situation c, § 49 a: § 31 bars removal and special reasons justify a §§ 7–8 permit (§ 10, stk. 3, 1. pkt.); the entry ban lapses (§ 32, stk. 7)',
      },
      removalWhy,
      { rule: 'R-ASY-065', because: 'situation c: a copy of the decision goes to UCN' },
    ];
    return { variant: 'expelled-permit-special-reasons', why };
  }
  if (section7.finding === 'covered') {
    return {
      variant: null,
      why: [{ rule: 'R-ASY-060', because: 'covered by §§ 7–8 and not excluded: a grant, not this letter' }],
    };
  }
  if (s.kind === 'c-expelled') {
    const why: Reason[] = [
      {
        rule: 'R-ASY-064',
        because: 'situation c: former refugee expelled by judgment, § 49 a; deemed appealed to Flygtningenævnet (nr. 5)',
      },
      removalWhy,
      { rule: 'R-ASY-065', because: 'situation c: a copy of the decision goes to UCN' },
    ];
    return { variant: removal.possible ? 'expelled-removal-possible' : 'expelled-removal-barred', why };
  }
  const why: Reason[] = [];
  if (s.kind === 'b-changed-circumstances') {
    if (s.route === 'remitted-by-board') {
      why.push({ rule: 'R-ASY-063', because: 'situation b, remitted by Flygtningenævnet: outcomes as in situation a' });
    } else if (s.refugeeCouncilVeto) {
      why.push({ rule: 'R-ASY-063', because: 'situation b, Dansk Flygtningehjælp vetoed: ordinary two-instance procedure' });
    } else if (section7.finding === 'not-covered' && removal.possible) {
      why.push(
        {
          rule: 'R-ASY-063',
          because: 'situation b, manifestly unfounded, no veto, not covered by § 7, removal not contrary to § 31',
        },
        removalWhy,
      );
      return { variant: 'reopening-refused-mu', why };
    } else {
      why.push({
        rule: 'R-ASY-063',
        because: 'situation b: excluded or removal contrary to § 31, the case leaves the manifestly-unfounded procedure',
      });
    }
  } else {
    why.push({ rule: 'R-ASY-060', because: 'situation a: never applied for asylum, ordinary asylum procedure' });
  }
  why.push(
    { rule: 'R-ASY-061', because: 'a refusal in the ordinary procedure is deemed appealed to Flygtningenævnet' },
    removalWhy,
  );
  if (section7.finding === 'covered-excluded') {
    why.push({ rule: 'R-ASY-060', because: `covered by § ${section7.coveredBy} but excluded under § ${section7.exclusion}` });
    return { variant: 'refusal-excluded', why };
  }
  return { variant: removal.possible ? 'refusal-removal-possible' : 'refusal-removal-barred', why };
}

export function decide(input: Input, world: RulesWorld): Result<Outcome<Variant>> {
  const { variant, why } = chooseVariant(input);
  if (variant === null) return ok({ due: false, why, answer: 'A § 7 permit is granted: that is another letter, not a refusal.' });
  const expelled = input.situation.kind === 'c-expelled';
  const looked = collect({
    sender: world.authorities.on('immigration-service/asylum', input.letterDate, 'data.letterDate'),
    board: world.authorities.on('refugee-appeals-board', input.letterDate, 'data.letterDate'),
    appeal: appealFor(variant, world, input.letterDate),
    // UCN refers every situation to US (src:779–783); in situation c it also receives a copy.
    ucn: world.authorities.on('police/ucn', input.letterDate, 'data.letterDate'),
  });
  if (!looked.ok) return looked;
  const { sender, board, ucn, appeal } = looked.value;
  // R-ASY-065: in situation c a copy of every US decision goes to UCN.
  const copies: Copy[] = expelled ? [{ recipient: ucn, rule: 'R-ASY-065' }] : [];
  const spouses = spousesParagraphDue(input);
  if (spouses)
    why.push({ rule: 'R-ASY-067', because: 'spouses of different nationality, married at entry, cohabiting in Denmark' });
  const { situation: s, section7 } = input;

  return ok({
    due: true,
    plan: {
      variant,
      why,
      ...toTheApplicant(input),
      sender,
      appeal,
      copies,
      // R-ASY-065: the judgment and the municipality notice only where no new permit is given.
      followUp: expelled && variant !== 'expelled-permit-special-reasons' ? judgmentNotices(sender, board, input.letterDate) : [],
      fields: {
        situation: s.kind,
        route: s.kind === 'b-changed-circumstances' ? s.route : null,
        refugeeCouncilVeto: s.kind === 'b-changed-circumstances' ? s.refugeeCouncilVeto : false,
        referrer: ucn,
        section7: section7.finding,
        referralDate: input.referralDate,
        coveredBy:
          section7.finding !== 'not-covered' && section7.coveredBy ? `§ ${section7.coveredBy.replace('-', ', stk. ')}` : null,
        exclusion: section7.finding === 'covered-excluded' ? `§ ${section7.exclusion.replace('-', ', stk. ')}` : null,
        judgment: s.kind === 'c-expelled' ? { court: s.judgment.court, date: s.judgment.date } : null,
        interviewDate: s.kind === 'c-expelled' ? (s.interviewDate ?? null) : null,
        permitIfBoardFindsRemovalBarred: s.kind === 'c-expelled' ? (s.permitIfBoardFindsRemovalBarred ?? null) : null,
        assessment: input.assessment,
        // R-ASY-001: the § 32 a, jf. § 31 decision.
        removal: input.removal,
        spouse:
          spouses && input.spouse
            ? {
                nationality: input.spouse.nationality,
                countryA: input.spouse.commonCountries[0],
                countryB: input.spouse.commonCountries[1],
              }
            : null,
      },
    },
  });
}

/**
 * R-ASY-065 (src:892–903): where US finds that no new §§ 7–8 permit can be given, the caseworker sees to it that the
 * expulsion judgment is sent for the registers (EstherH, the expulsion database) and to Flygtningenævnet, and that
 * the municipality is told the permit has lapsed. Notices to authorities, not the letter: the source gives no wording
 * and no day, so they go with the decision.
 */
function judgmentNotices(sender: Authority, board: Authority, letterDate: CivilDate): FollowUpAction[] {
  const due = { kind: 'with-the-letter', date: letterDate } as const;
  return [
    { action: 'send-judgment-copy-for-registers', actor: sender, to: { kind: 'expulsion-register' }, due, rule: 'R-ASY-065' },
    { action: 'send-judgment-copy', actor: sender, to: { kind: 'authority', authority: board }, due, rule: 'R-ASY-065' },
    { action: 'notify-permit-lapsed', actor: sender, to: { kind: 'municipality' }, due, rule: 'R-ASY-065' },
  ];
}

/**
 * R-ASY-061 / R-ASY-064: deemed appealed with suspensive effect (nr. 2; nr. 5 for § 49 a); R-ASY-063: not appealable.
 * OPEN: the exceptional § 49 a permit (src:942–945) follows the deemed-appeal sentence of the refusal (src:939–941);
 * whether a grant is deemed appealed, or needs no guidance at all, the source does not say: refused
 * (APPEAL_GUIDANCE_NOT_CONFIGURED) until legal review configures it.
 */
function appealFor(variant: Variant, world: RulesWorld, letterDate: CivilDate): Result<AppealGuidance> {
  const board = world.authorities.on('refugee-appeals-board', letterDate, 'data.letterDate');
  if (!board.ok) return board;
  if (variant === 'expelled-permit-special-reasons')
    return configuredAppeal(world, { letter: 'asylum-refusal-removal', variant, openRule: 'R-ASY-064', letterDate });
  if (variant === 'reopening-refused-mu') {
    return ok({ kind: 'not-appealable', to: board.value, legalBasis: '§ 53 b, stk. 1', rules: ['R-ASY-063'] });
  }
  const expelled = variant === 'expelled-removal-barred' || variant === 'expelled-removal-possible';
  return ok({
    kind: 'deemed-appealed',
    body: board.value,
    legalBasis: expelled ? '§ 53 a, stk. 1, nr. 5 og stk. 2, 4. pkt.' : '§ 53 a, stk. 1, nr. 2 og stk. 2, 4. pkt.',
    // The suspensive effect is § 53 a, stk. 2, 4. pkt. (asylum-refusal-removal.md, appeal table).
    suspensive: { kind: 'yes', basis: '§ 53 a, stk. 2, 4. pkt.' },
    rules: [expelled ? 'R-ASY-064' : 'R-ASY-061'],
  });
}
