import type { Catalogue } from '../catalogue/types.ts';
import type { RULES } from './rules/index.ts';

export type Severity = 'error' | 'warning' | 'info';
export type FindingStatus = 'open' | 'justified' | 'fix_planned' | 'fixed';
export type FindingScope = 'province' | 'national';

/** The cost figures of a finding's group or record, in VND per case (and per year where volume is known). */
export interface FindingCost {
  before: number;
  after: number;
  saving: number;
  /** saving / before, 0..1; 0 when before is 0. */
  saving_ratio: number;
  annual_before?: number;
  annual_after?: number;
  annual_saving?: number;
}

/** What every finding has, whatever its rule. */
export interface FindingFields {
  /** Stable while the problem stays the same: rule, code or record ids, field and the compared subject. */
  key: string;
  rule: string;
  severity: Severity;
  /** The group's national code, when the finding is about a group or a grouped record. */
  code?: string;
  /** Record ids (`xa/dang-ky-khai-sinh`, `national/1.001193`), sorted. */
  records: string[];
  /**
   * `province` when the finding touches one of the province's own records (or its vocabularies), `national` when
   * it is about national records alone: national data quality, reported apart and after the province's.
   */
  scope: FindingScope;
  /** Dotted field path the finding is about (`fees`, `documents`, `processing_time`...). */
  field: string;
  /** Vietnamese: what differs and where. */
  message: string;
  status: FindingStatus;
  /** The Provincial Office's note, when a decision exists. */
  decision_note?: string;
  cost?: FindingCost;
}

/** Every rule of the review (rules/index.ts), and the ids they have. */
export type AnyRule = (typeof RULES)[number];
export type RuleId = AnyRule['id'];

/** The evidence the rule `Id` writes: the type its own file exports. */
export type EvidenceOf<Id extends RuleId> = ReturnType<Extract<AnyRule, { id: Id }>['run']>[number]['evidence'];

/**
 * One problem the review found (review-rules.md; `check --json` prints these). A union over the rules: narrowing
 * on `rule` gives that rule's `evidence` (the values compared, mostly per record id).
 */
export type Finding = { [Id in RuleId]: FindingFields & { rule: Id; evidence: EvidenceOf<Id> } }[RuleId];

/** A finding of one rule. */
export type FindingOf<Id extends RuleId> = Extract<Finding, { rule: Id }>;

/** What a rule returns before keys, status and sorting are applied by the engine. */
export type RawFinding<E = unknown> = Omit<FindingFields, 'key' | 'status' | 'decision_note' | 'scope'> & {
  /** The values compared: the rule's own evidence type. */
  evidence: E;
  /** Parts that identify the problem beyond rule and records (e.g. the document's aligned name). */
  subject?: string;
  /**
   * What the key names when the problem belongs to neither a group nor its records, e.g.
   * `agency/van-phong-dang-ky-dat-dai` for an agency entry: the records using it may change without changing the problem.
   */
  keyOwner?: string;
};

export interface ReviewContext {
  catalogue: Catalogue;
  /** Report date YYYY-MM-DD (`--today`). */
  today: string;
}

/** The words a rule gives the Office, in Vietnamese (report, /bao-cao/, the proposal in report.docx). */
export interface RuleWords {
  /** Short name for tables. */
  label: string;
  /** Why it should be simplified, with the legal or methodological basis. */
  reason: string;
  /** What the simplification proposal recommends. */
  action: string;
}

/**
 * One review rule: a small pure module that carries its own words (review-rules.md keeps its id). `Id` is its id
 * as a literal and `E` the evidence its findings carry, so that `Finding` knows which evidence goes with which rule.
 */
export interface Rule<Id extends string = string, E = unknown> {
  id: Id;
  severity: Severity;
  /** Vietnamese, for the report and the editor guide: what the rule finds. */
  description: string;
  words: RuleWords;
  /**
   * What the finding's key names besides rule, field and subject: `group` for a problem of a whole group
   * (the code: a record joining or leaving the group does not change it), `records` (default) for a problem
   * of the records listed.
   */
  keyScope?: 'group' | 'records';
  /** Tunable values and their defaults, documented in docs/review-rules.md. */
  options?: Record<string, number | string | boolean>;
  run(context: ReviewContext, groups: ReviewGroups): RawFinding<E>[];
}

/** Published records grouped by code, with the national baseline of each code. */
export interface ReviewGroups {
  byCode: Map<string, import('../catalogue/types.ts').PublishedRecord[]>;
  ungrouped: import('../catalogue/types.ts').PublishedRecord[];
  /** Record id -> the national code an ungrouped record most likely has (suggest-code.ts), so it is compared too. */
  suggested?: Map<string, import('./suggest-code.ts').CodeSuggestion>;
}
