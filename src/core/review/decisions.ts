/** The Provincial Office's decisions (review/decisions.yaml) applied to findings by key. */
import type { Decision } from '../schema/index.ts';
import type { Finding } from './finding.ts';

/** Sets status and note from each finding's decision; returns decisions whose key matches no finding. */
export function applyDecisions(findings: Finding[], decisions: readonly Decision[]): Decision[] {
  const byKey = new Map(decisions.map((d) => [d.key.trim(), d]));
  const used = new Set<string>();
  for (const finding of findings) {
    const decision = byKey.get(finding.key);
    if (!decision) continue;
    used.add(finding.key);
    finding.status = decision.status;
    if (decision.note !== undefined && decision.note.trim() !== '') finding.decision_note = decision.note;
  }
  return decisions.filter((d) => !used.has(d.key.trim()));
}
