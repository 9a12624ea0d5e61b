/**
 * Who receives a family-reunification letter and who gets a copy (handbook ch. 12, src:10728–10759;
 * R-FAM-090 to R-FAM-093 for decisions, R-FAM-095 for procedural notices). The table depends only on where the
 * applicant is, on the representative and on whether the application was filed through a Danish mission.
 */

export type ApplicantWhereabouts = 'in-denmark' | 'abroad';

/** The representative's kind decides the routing; a lawyer's authority makes delivery to the lawyer binding. */
export type RepresentativeKind = 'none' | 'lawyer' | 'family-member' | 'other';

/** Who a document is addressed to: the applicant, the Danish mission abroad (to notify the applicant), or the representative. */
export type Addressee = 'applicant' | 'danish-mission' | 'representative';

export interface DecisionRouting {
  readonly addressee: Addressee;
  /** The representative gets a copy of the decision (R-FAM-091, R-FAM-092). */
  readonly copyToRepresentative: boolean;
  /**
   * Lawyer and the application filed through a Danish mission: the mission is told that a decision was made and sent
   * to the lawyer (R-FAM-093, V-EMBASSY-NOTICE).
   */
  readonly noticeToMission: boolean;
  readonly rules: readonly string[];
}

/**
 * The decision (grant or refusal), spouse-reunification-decision.md "Recipients" table:
 * - lawyer (wherever the applicant is) → the lawyer only; the mission told where the application was filed there (R-FAM-093);
 * - abroad, no representative → the Danish mission, to notify the applicant (R-FAM-090);
 * - abroad, another representative (family member or other) → the mission, copy to the representative (R-FAM-091);
 * - in Denmark → the applicant; copy to a representative who is neither a lawyer nor a family member (R-FAM-092).
 */
export function routeFamilyDecision(facts: {
  readonly whereabouts: ApplicantWhereabouts;
  readonly representative: RepresentativeKind;
  readonly filedViaMission: boolean;
}): DecisionRouting {
  if (facts.representative === 'lawyer') {
    return {
      addressee: 'representative',
      copyToRepresentative: false,
      noticeToMission: facts.filedViaMission,
      rules: ['R-FAM-093'],
    };
  }
  if (facts.whereabouts === 'abroad') {
    return facts.representative === 'none'
      ? { addressee: 'danish-mission', copyToRepresentative: false, noticeToMission: false, rules: ['R-FAM-090'] }
      : { addressee: 'danish-mission', copyToRepresentative: true, noticeToMission: false, rules: ['R-FAM-091'] };
  }
  return {
    addressee: 'applicant',
    copyToRepresentative: facts.representative === 'other',
    noticeToMission: false,
    rules: ['R-FAM-092'],
  };
}

export interface NoticeRouting {
  /** Who the procedural notice goes to; empty: no notice is sent (abroad without a representative). */
  readonly to: readonly ('applicant' | 'representative')[];
  readonly rules: readonly string[];
}

/**
 * Procedural notices (hearings, requests), R-FAM-095 (src:10728–10737): abroad with a representative → the
 * representative; abroad without one → none; in Denmark with a lawyer → the lawyer; with a family member → the party;
 * with another representative → both; without one → the party.
 */
export function routeFamilyNotice(facts: {
  readonly whereabouts: ApplicantWhereabouts;
  readonly representative: RepresentativeKind;
}): NoticeRouting {
  const rules = ['R-FAM-095'];
  if (facts.whereabouts === 'abroad') {
    return { to: facts.representative === 'none' ? [] : ['representative'], rules };
  }
  switch (facts.representative) {
    case 'lawyer':
      return { to: ['representative'], rules };
    case 'other':
      return { to: ['applicant', 'representative'], rules };
    default:
      return { to: ['applicant'], rules };
  }
}
