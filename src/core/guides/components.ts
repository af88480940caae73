/**
 * The components an editor may use in a guide (content/guides/<life event>.mdx), and their attributes. Nothing
 * else of MDX is allowed: no import/export, no {expressions}, no HTML. A guide is parsed, never run, so a guide
 * in a pull request cannot execute code at build time.
 */
export type ComponentName = 'Buoc' | 'Hoac' | 'Va';

export interface ComponentSpec {
  /** Attribute names, each a plain quoted text. */
  attributes: readonly string[];
  /** Where it may stand: at the top of the guide, or inside a group of alternatives. */
  inGroup: boolean;
  group: boolean;
}

export const COMPONENTS: Readonly<Record<ComponentName, ComponentSpec>> = {
  /** A numbered step: `thuTuc` names a procedure (national code or record id), `ten` the step in the editor's words. */
  Buoc: { attributes: ['thuTuc', 'ten'], inGroup: true, group: false },
  /** Steps of which the citizen does one ("hoặc"): they share one number. */
  Hoac: { attributes: [], inGroup: false, group: true },
  /** Steps the citizen does at the same time ("và"): they share one number. */
  Va: { attributes: [], inGroup: false, group: true },
};

export const COMPONENT_NAMES = Object.keys(COMPONENTS) as ComponentName[];

export function isComponentName(name: string): name is ComponentName {
  return Object.hasOwn(COMPONENTS, name);
}

/** A national code ("1.001193"); anything else `thuTuc` names is a province record id ("xa/ho-tich/dang-ky-khai-sinh"). */
export const NATIONAL_CODE = /^\d\.\d{6}$/;
