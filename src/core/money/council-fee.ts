/**
 * Detects fee notes that defer the amount to the provincial People's Council
 * ("Mức lệ phí cụ thể do Hội đồng nhân dân tỉnh ... quyết định"). A record that
 * says "Miễn phí" next to such a note contradicts itself (rule fee-contradiction).
 */
import { foldForSearch } from '../text/fold.ts';

const COUNCIL = /(?<![a-z])(?:hoi dong nhan dan|hdnd)(?![a-z])/;
const SETS = /(?<![a-z])(?:quy dinh|quyet dinh|nghi quyet)(?![a-z])/;

/** True when the text says the People's Council (HĐND) sets, decides or regulates the fee. */
export function mentionsCouncilSetFee(text: string): boolean {
  const f = foldForSearch(text);
  return COUNCIL.test(f) && SETS.test(f);
}
