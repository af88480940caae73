/**
 * Finding keys: short, readable, deterministic, and stable while the problem stays the same, so that a
 * decision in review/decisions.yaml keeps applying.
 *
 * A key is `rule:scope:field[:subject]`:
 * - scope is the group's code for problems of a whole group (fee-mismatch, time-mismatch, documents-mismatch,
 *   channel-mismatch, legal-basis-mismatch): a commune record joining or leaving the group, or another
 *   record changing, does not change the problem "this group's fee differs";
 * - otherwise the records concerned, sorted and joined with "+" ("national/1.001193+xa/khai-sinh"): a
 *   baseline rule names the record and its baseline, a single-record rule the record, possible-duplicate the pair;
 * - field and subject say what inside: the fee slot ("le-phi-dang-ky-khai-sinh"), the document (its
 *   documents.yaml id, else a slug of its name), the legal text id, the locality id.
 * Values (amounts, days, messages) never enter a key: a fee going from 8.000 đ to 10.000 đ while it still
 * differs is the same problem; record order and unrelated edits cannot change a key.
 */
import type { RawFinding, Rule } from './finding.ts';

export function findingKey(raw: RawFinding, rule: Pick<Rule, 'keyScope'> | undefined): string {
  const scope =
    raw.keyOwner ??
    (rule?.keyScope === 'group' && raw.code !== undefined ? raw.code : [...raw.records].sort().join('+'));
  return [raw.rule, scope, raw.field, ...(raw.subject ? [raw.subject] : [])].join(':');
}
