/** What `fix` changed in a file, as data: the command words it in the editor's language (core/words/check-output). */
export type FixChange =
  | { kind: 'bom' }
  | { kind: 'line-endings'; lines: number }
  | { kind: 'unicode'; lines: number }
  | { kind: 'utf8'; was: 'utf-16le' | 'utf-16be' }
  | { kind: 'yaml-trailing-space'; lines: number }
  | { kind: 'fence-trailing-space'; lines: number }
  | { kind: 'text-trailing-space'; lines: number }
  | { kind: 'hard-breaks'; count: number }
  | { kind: 'quoted'; line: number; field: string; written: string }
  | { kind: 'whitespace' };
