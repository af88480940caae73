/**
 * Fees compared across records: matched by folded name (then by name similarity, and a generic "Lệ phí" /
 * "Phí, lệ phí" with the one fee of its kind), reduced to comparable amounts. A fee that is absent charges
 * nothing, like an amount of 0. An amount that is null (set elsewhere, a formula) or contradicted by its own
 * note ("Miễn phí" beside "HĐND tỉnh quyết định") is not compared: fee-contradiction reports it instead.
 */
import type { Fee } from '../schema/index.ts';
import { mentionsCouncilSetFee } from '../money/council-fee.ts';
import { parseVndAmounts } from '../money/parse-vnd.ts';
import { foldForSearch, foldVietnamese } from '../text/fold.ts';
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

const isGeneric = (slot: Building) => [...slot.names].every((n) => GENERIC.has(n));

/** A generic name of one kind may stand for a specific fee of the same kind ("Lệ phí" for "Lệ phí đăng ký..."). */
function genericMatches(genericKind: Kind, otherKind: Kind, otherGeneric: boolean): boolean {
  if (otherGeneric) return compatible(genericKind, otherKind);
  return genericKind === 'any' ? otherKind !== 'any' : genericKind === otherKind;
}

/** The first stated amount of a slot, to choose between several fees a generic name could stand for. */
function slotAmount(slot: Building): number | null {
  for (const fees of slot.byRecord.values()) for (const f of fees) if (f.amount !== null) return f.amount;
  return null;
}

/**
 * Pairs the record's unmatched fees with open slots across a generic name: a generic fee of the record with the
 * one open slot of its kind, or an open generic slot with the record's one fee of its kind. When several could
 * pair, the one with the same amount does, if it is the only one. Paired leftovers are removed from the list.
 */
function pairGeneric(
  leftovers: [Fee, string][],
  slots: Building[],
  id: string,
  add: (slot: Building, fee: Fee, folded: string) => void,
) {
  const unique = <T>(candidates: T[], amountOf: (c: T) => number | null, amount: number | null): T | undefined => {
    if (candidates.length === 1) return candidates[0];
    const same = candidates.filter((c) => amount !== null && amountOf(c) === amount);
    return same.length === 1 ? same[0] : undefined;
  };
  const take = (i: number, slot: Building) => {
    const [[fee, folded]] = leftovers.splice(i, 1) as [[Fee, string]];
    add(slot, fee, folded);
  };
  for (let i = leftovers.length - 1; i >= 0; i--) {
    const [fee, folded] = leftovers[i]!;
    if (!GENERIC.has(folded)) continue;
    const open = slots.filter((s) => !s.byRecord.has(id) && genericMatches(kindOf(folded), s.kind, isGeneric(s)));
    const slot = unique(open, slotAmount, fee.amount);
    if (slot) take(i, slot);
  }
  for (const slot of slots) {
    if (slot.byRecord.has(id) || !isGeneric(slot)) continue;
    const kind = kindOf(slot.firstName);
    const candidates = leftovers
      .map((l, i) => [l, i] as const)
      .filter(([[, folded]]) => genericMatches(kind, kindOf(folded), GENERIC.has(folded)));
    const chosen = unique(candidates, ([[fee]]) => fee.amount, slotAmount(slot));
    if (chosen) take(chosen[1], slot);
  }
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
    pairGeneric(leftovers, slots, member.id, (slot, fee, folded) => add(slot, member.id, fee, folded));
    for (const [fee, folded] of leftovers) {
      // An earlier leftover of this record may have opened a slot of the same name (one fee for two cases).
      let slot = byName.get(folded);
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

// "Theo quy định của Luật phí và lệ phí và các văn bản ... hướng dẫn", "do UBND tỉnh quy định": the amount is
// set by a local act under the law, not stated here.
const LAW_OR_PROVINCE =
  /(?<![a-z])(?:luat phi va le phi|(?:uy ban nhan dan|ubnd)(?: cap)? tinh (?:quy dinh|quyet dinh)|theo quy dinh cua dia phuong)(?![a-z])/;

/** Whether a fee note says the amount is set elsewhere: by the People's Council, the province, or acts under the Law on Fees and Charges. */
export function defersToLocalRules(note: string | undefined): boolean {
  return note !== undefined && (mentionsCouncilSetFee(note) || LAW_OR_PROVINCE.test(foldForSearch(note)));
}

/** Why a fee's own amount cannot be trusted: free or 0 while its note states an amount or says it is set elsewhere. */
export function feeContradiction(fee: Fee): { amounts: number[]; council: boolean } | undefined {
  if (fee.amount !== 0 || !fee.note) return undefined;
  const amounts = parseVndAmounts(fee.note)
    .map((a) => a.amount)
    .filter((a) => a > 0);
  const council = defersToLocalRules(fee.note);
  return amounts.length > 0 || council ? { amounts, council } : undefined;
}

/**
 * Amounts under 1.000 đ in the national data are almost always thousands lost in the import of the portal's
 * table ("500" for 500.000 đ): not compared, reported by suspect-fee-amount.
 */
export const SUSPECT_AMOUNT_BELOW = 1000;
export function suspectAmount(fee: Pick<Fee, 'amount'>): boolean {
  return fee.amount !== null && fee.amount > 0 && fee.amount < SUSPECT_AMOUNT_BELOW;
}

// A service price ("Đơn giá đăng ký, cấp Giấy chứng nhận", "Giá dịch vụ đo đạc") is not a fee or charge under the
// Law on Fees and Charges: never compared with a national lệ phí.
const PRICE = /^(?:đơn giá|giá|mức giá|bảng giá)(?: |$)|giá dịch vụ/u;
const CHARGE = /^(?:lệ phí|phí|miễn)(?: |$)/u;

/**
 * Whether each fee row of a list is a service price. A row named neither as a charge nor as a price ("Mỗi Giấy
 * chứng nhận cấp thêm", "Từ thửa đất thứ hai") continues the row before it and is of its kind.
 */
export function servicePriceRows(fees: readonly Fee[]): boolean[] {
  let previous = false;
  return fees.map((fee) => {
    const folded = fold(fee.name);
    previous = PRICE.test(folded) ? true : CHARGE.test(folded) ? false : previous;
    return previous;
  });
}

/** A fee whose amount can be compared: stated, and not contradicted by its note. */
export function hasReliableAmount(fee: Fee): fee is Fee & { amount: number } {
  return fee.amount !== null && feeContradiction(fee) === undefined;
}

/** What a record charges for one fee slot: its distinct amounts (0 for nothing or free), and the unit of each when stated. */
export interface Charge {
  amounts: number[];
  /** Amount -> the first word of what it is charged per ("trang", "bản", "người"), when stated. */
  units: Map<number, string>;
}

/** The unit a charge is compared by: the first word of `per`, folded ("người/lần" and "người" agree). */
function unitOf(per: string | undefined): string | undefined {
  return per === undefined
    ? undefined
    : fold(per)
        .split(' ')
        .find((w) => w !== '' && !/^\d+$/.test(w));
}

/** The charge of a record's fees in one slot; undefined when nothing comparable is stated. */
export function feeCharge(fees: readonly Fee[] | undefined): Charge | undefined {
  if (fees === undefined || fees.length === 0) return { amounts: [0], units: new Map() };
  const reliable = fees.filter(hasReliableAmount);
  if (reliable.length === 0) return undefined;
  const units = new Map<number, string>();
  for (const f of reliable) {
    const unit = f.amount === 0 ? undefined : unitOf(f.per);
    if (unit !== undefined && !units.has(f.amount)) units.set(f.amount, unit);
  }
  return { amounts: [...new Set(reliable.map((f) => f.amount))].sort((a, b) => a - b), units };
}

/**
 * Whether charges differ: other amounts, or the same amount charged per different things where both say what
 * ("2.000 đ/trang" and "2.000 đ/bản"); a unit stated on one side only is not a difference.
 */
export function chargesDiffer(charges: readonly Charge[]): boolean {
  if (new Set(charges.map((c) => c.amounts.join('+'))).size > 1) return true;
  const seen = new Map<number, string>();
  for (const charge of charges) {
    for (const [amount, unit] of charge.units) {
      const other = seen.get(amount);
      if (other === undefined) seen.set(amount, unit);
      else if (other !== unit) return true;
    }
  }
  return false;
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

/** Whether a fee's amount is stated in the note of one of these fees ("từ trang thứ 3 trở lên thu 1.000 đồng/trang"). */
export function statedInNotes(amount: number, fees: readonly Fee[]): boolean {
  return fees.some((f) => f.note !== undefined && parseVndAmounts(f.note).some((a) => a.amount === amount));
}

/** The sum of comparable amounts, for comparing channels of one record. */
export function totalAmount(fees: readonly Fee[]): number {
  return fees.filter(hasReliableAmount).reduce((sum, f) => sum + f.amount, 0);
}
