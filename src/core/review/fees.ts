/**
 * Fees compared across records: matched by folded name (then by name similarity, and a generic "Lệ phí" /
 * "Phí, lệ phí" with the one fee of its kind), reduced to comparable amounts. A fee that is absent charges
 * nothing, like an amount of 0. An amount that is null (set elsewhere, a formula) or contradicted by its own
 * note ("Miễn phí" beside "HĐND tỉnh quyết định") is not compared: fee-contradiction reports it instead.
 */
import type { Fee } from '../schema/index.ts';
import { mentionsCouncilSetFee } from '../money/council-fee.ts';
import { parseVndAmounts } from '../money/parse-vnd.ts';
import { foldVietnamese } from '../text/fold.ts';
import { slugify } from '../text/slug.ts';
import { nameSimilarity, SAME_DOCUMENT_THRESHOLD } from '../text/similarity.ts';
import { amountText } from './format.ts';

export interface FeeMember {
  id: string;
  fees: readonly Fee[];
}

export interface FeeSlot {
  /** Stable and readable: slug of the first member's fee name ("le-phi-dang-ky-khai-sinh"). */
  subject: string;
  name: string;
  byRecord: Map<string, Fee[]>;
}

type Kind = 'le-phi' | 'phi' | 'any';
const GENERIC = new Set(['lệ phí', 'phí', 'phí lệ phí', 'lệ phí phí', 'phí và lệ phí', 'phí hoặc lệ phí']);

function kindOf(folded: string): Kind {
  if (folded.startsWith('lệ phí') && !folded.startsWith('lệ phí phí')) return 'le-phi';
  if (folded.startsWith('phí') && !folded.startsWith('phí lệ phí') && !folded.startsWith('phí và lệ phí')) return 'phi';
  return 'any';
}

const compatible = (a: Kind, b: Kind) => a === 'any' || b === 'any' || a === b;

// Fee names and units recur across thousands of records: fold each once.
const MAX_FOLDED = 50_000;
const foldedNames = new Map<string, string>();
function fold(name: string): string {
  let f = foldedNames.get(name);
  if (f === undefined) {
    if (foldedNames.size >= MAX_FOLDED) foldedNames.clear();
    f = foldVietnamese(name);
    foldedNames.set(name, f);
  }
  return f;
}

interface Building {
  names: Set<string>;
  kind: Kind;
  byRecord: Map<string, Fee[]>;
  firstName: string;
  display: string;
}

/** Fee slots in order of first appearance; pass the baseline first so that slots are named after it. */
export function alignFees(members: readonly FeeMember[]): FeeSlot[] {
  const slots: Building[] = [];
  const byName = new Map<string, Building>();
  const add = (slot: Building, id: string, fee: Fee, folded: string) => {
    const list = slot.byRecord.get(id) ?? [];
    list.push(fee);
    slot.byRecord.set(id, list);
    slot.names.add(folded);
    if (!byName.has(folded)) byName.set(folded, slot);
  };
  for (const member of members) {
    const leftovers: [Fee, string][] = [];
    for (const fee of member.fees) {
      const folded = fold(fee.name);
      let slot = byName.get(folded);
      if (!slot && !GENERIC.has(folded)) {
        let best = 0;
        for (const s of slots) {
          if (!compatible(s.kind, kindOf(folded))) continue;
          for (const n of s.names) {
            if (GENERIC.has(n)) continue;
            const score = nameSimilarity(folded, n);
            if (score >= SAME_DOCUMENT_THRESHOLD && score > best) {
              best = score;
              slot = s;
            }
          }
        }
      }
      if (slot) add(slot, member.id, fee, folded);
      else leftovers.push([fee, folded]);
    }
    for (const [fee, folded] of leftovers) {
      let slot: Building | undefined;
      // A generic name ("Lệ phí") is the one fee of its kind this record has not yet matched, or the other way round.
      const open = slots.filter((s) => !s.byRecord.has(member.id) && compatible(s.kind, kindOf(folded)));
      const genericHere = GENERIC.has(folded);
      if (open.length === 1 && (genericHere || [...open[0]!.names].every((n) => GENERIC.has(n)))) slot = open[0];
      if (!slot) {
        slot = { names: new Set(), kind: kindOf(folded), byRecord: new Map(), firstName: folded, display: fee.name };
        slots.push(slot);
      }
      add(slot, member.id, fee, folded);
    }
  }
  const used = new Set<string>();
  return slots.map((s) => {
    const base = slugify(s.firstName, { maxLength: 60 }) || 'phi';
    let subject = base;
    for (let n = 2; used.has(subject); n++) subject = `${base}-${n}`;
    used.add(subject);
    return { subject, name: s.display, byRecord: s.byRecord };
  });
}

/** Why a fee's own amount cannot be trusted: free or 0 while its note states an amount or defers to the council. */
export function feeContradiction(fee: Fee): { amounts: number[]; council: boolean } | undefined {
  if (fee.amount !== 0 || !fee.note) return undefined;
  const amounts = parseVndAmounts(fee.note).map((a) => a.amount).filter((a) => a > 0);
  const council = mentionsCouncilSetFee(fee.note);
  return amounts.length > 0 || council ? { amounts, council } : undefined;
}

/** A fee whose amount can be compared: stated, and not contradicted by its note. */
export function hasReliableAmount(fee: Fee): fee is Fee & { amount: number } {
  return fee.amount !== null && feeContradiction(fee) === undefined;
}

/**
 * What a record charges for one fee slot, in a form equal values share: "0" for nothing or free,
 * else the distinct amounts ("8000/trang+20000"). Undefined when nothing comparable is stated.
 */
export function feeValue(fees: readonly Fee[] | undefined): string | undefined {
  if (fees === undefined || fees.length === 0) return '0';
  const reliable = fees.filter(hasReliableAmount);
  if (reliable.length === 0) return undefined;
  const parts = new Set(reliable.map((f) => (f.amount === 0 ? '0' : `${f.amount}${f.per ? `/${fold(f.per)}` : ''}`)));
  return [...parts].sort().join('+');
}

/** Words for what a record charges in a slot: "thu 8.000 đ", "miễn phí", "không thu khoản này". */
export function feeValueText(fees: readonly Fee[] | undefined): string {
  if (fees === undefined || fees.length === 0) return 'không thu khoản này';
  const reliable = fees.filter(hasReliableAmount);
  const texts = [...new Set(reliable.map((f) => amountText(f)))];
  if (texts.length === 0) return 'theo quy định';
  const charged = texts.filter((t) => t !== 'miễn phí');
  if (charged.length === 0) return 'miễn phí';
  return `${charged.length < texts.length ? 'miễn phí hoặc ' : ''}thu ${charged.join(' hoặc ')}`;
}

/** The sum of comparable amounts, for comparing channels of one record. */
export function totalAmount(fees: readonly Fee[]): number {
  return fees.filter(hasReliableAmount).reduce((sum, f) => sum + f.amount, 0);
}
