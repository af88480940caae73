/** Accepted forms of a required document, and how demanding each is for the citizen. */
import type { DocumentForm, DocumentRequirement } from '../schema/index.ts';

/** The forms a requirement accepts (a single form or a list of alternatives). */
export function acceptedForms(requirement: Pick<DocumentRequirement, 'form'>): DocumentForm[] {
  return Array.isArray(requirement.form) ? requirement.form : [requirement.form];
}

/**
 * Burden of a form: showing a paper or sending it electronically costs least; a plain copy (with or without
 * the original to compare, Decree 23/2015 Art. 6) next; a certified copy needs a trip and a fee; handing in
 * the original costs the citizen the paper itself.
 */
export const FORM_BURDEN: Record<DocumentForm, number> = {
  present: 0,
  electronic: 0,
  copy: 1,
  copy_with_original: 1,
  certified_copy: 2,
  original: 3,
};

/** The burden of the least demanding form a set of requirements accepts. */
export function lightestBurden(requirements: readonly Pick<DocumentRequirement, 'form'>[]): number {
  let min = Infinity;
  for (const r of requirements) for (const f of acceptedForms(r)) min = Math.min(min, FORM_BURDEN[f]);
  return min;
}

/** Every form accepted by any of the requirements, in the schema's order. */
export function formsUnion(requirements: readonly Pick<DocumentRequirement, 'form'>[]): DocumentForm[] {
  const set = new Set<DocumentForm>();
  for (const r of requirements) for (const f of acceptedForms(r)) set.add(f);
  const order = Object.keys(FORM_BURDEN) as DocumentForm[];
  return [...set].sort((a, b) => order.indexOf(a) - order.indexOf(b));
}
