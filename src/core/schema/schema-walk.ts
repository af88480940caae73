import { CODE_PATTERN, DATE_PATTERN, ID_PATTERN } from './primitives.ts';

/**
 * Reads zod 4 schemas through their public definition objects (`schema._zod.def`), so the field reference is
 * generated from the same schemas the loader validates with and cannot drift from them.
 */

/** One row of the field reference: a key (dotted path, `[]` for list items) explained in plain Vietnamese. */
export interface FieldRow {
  /** `fees[].amount`; `[]` stands for "each item of the list". */
  path: string;
  /** The kind of value in plain Vietnamese ("số nguyên", "danh sách chữ", "ngày"). */
  type: string;
  required: 'có' | 'không' | 'có điều kiện';
  /** The schema's `.describe()` text (Vietnamese). */
  description: string;
  /** Where the description came from: the key's schema, its list items' schema, or a generic wording. */
  describedBy: 'field' | 'items' | 'default' | 'none';
  /** Allowed values, format and limits, in plain words ("`tinh`, `huyen`, `xa`", "từ 0 trở lên"). */
  allowed: string[];
  /** Set when the value has the same structure as an earlier row, whose sub-keys are not repeated. */
  sameAs?: string;
}

interface Def {
  type: string;
  [key: string]: unknown;
}

interface ZodLike {
  _zod: { def: Def };
  description?: string;
}

function defOf(schema: unknown): Def {
  return (schema as ZodLike)._zod.def;
}

function descriptionOf(schema: unknown): string | undefined {
  const d = (schema as ZodLike).description;
  return typeof d === 'string' && d.trim() !== '' ? d : undefined;
}

function checksOf(schema: unknown): Def[] {
  const checks = (defOf(schema).checks ?? []) as { _zod: { def: Def } }[];
  return checks.map((c) => c._zod.def);
}

/** Wrappers that do not change what an editor writes: optional, nullable, default, pipe. */
interface Unwrapped {
  node: unknown;
  optional: boolean;
  nullable: boolean;
  /** The outermost description along the wrappers (an `.optional().describe()` wins over the inner one). */
  description?: string;
}

export function unwrap(schema: unknown): Unwrapped {
  let node = schema;
  let optional = false;
  let nullable = false;
  let description = descriptionOf(node);
  for (;;) {
    const def = defOf(node);
    if (def.type === 'optional' || def.type === 'default' || def.type === 'prefault') optional = true;
    else if (def.type === 'nullable') nullable = true;
    else if (def.type !== 'pipe') break;
    node = def.type === 'pipe' ? def.in : def.innerType;
    description ??= descriptionOf(node);
  }
  return { node, optional, nullable, ...(description ? { description } : {}) };
}

/** The keys of a (strict) object schema, in declaration order. */
export function objectShape(schema: unknown): Record<string, unknown> | undefined {
  const def = defOf(schema);
  return def.type === 'object' ? (def.shape as Record<string, unknown>) : undefined;
}

const KNOWN_PATTERNS = new Map<string, { type: string; allowed: string }>([
  [String(ID_PATTERN), { type: 'mã', allowed: 'chữ thường không dấu (a-z), chữ số và dấu gạch nối' }],
  [
    String(CODE_PATTERN),
    { type: 'mã thủ tục', allowed: 'một chữ số, dấu chấm, sáu chữ số, trong dấu nháy: `"1.001193"`' },
  ],
  [
    String(DATE_PATTERN),
    { type: 'ngày', allowed: 'năm-tháng-ngày `YYYY-MM-DD`, ví dụ `2026-10-01`; ngày phải có thật' },
  ],
]);

/** `^\d+$` and `^\d{3,12}$` in words; undefined for any other pattern. */
function digitsOnly(pattern: string): string | undefined {
  if (pattern === String(/^\d+$/)) return 'chỉ gồm chữ số';
  const m = /^\/\^\\d\{(\d+),(\d+)\}\$\/$/.exec(pattern);
  return m ? `từ ${m[1]} đến ${m[2]} chữ số` : undefined;
}

/** Plain-Vietnamese type of an unwrapped node, and the limits an editor must respect. */
function describeScalar(node: unknown): { type: string; allowed: string[] } {
  const def = defOf(node);
  const allowed: string[] = [];
  const checks = checksOf(node);
  switch (def.type) {
    case 'string': {
      let type = 'chữ';
      if (def.format === 'email') {
        type = 'thư điện tử';
        allowed.push('dạng `ten@coquan.gov.vn`');
      } else if (def.format === 'url') {
        type = 'địa chỉ web';
        allowed.push('bắt đầu bằng `https://` (hoặc `http://`)');
      }
      for (const c of checks) {
        if (c.check === 'string_format' && c.format === 'regex') {
          const known = KNOWN_PATTERNS.get(String(c.pattern));
          const digits = digitsOnly(String(c.pattern));
          if (known) {
            type = known.type;
            allowed.push(known.allowed);
          } else if (digits) {
            type = 'dãy số';
            allowed.push(`${digits}, đặt trong dấu nháy để giữ số 0 đầu`);
          } else {
            allowed.push(`theo mẫu \`${String(c.pattern)}\``);
          }
        } else if (c.check === 'min_length' && c.minimum === 1) {
          allowed.push('không để trống');
        } else if (c.check === 'min_length') {
          allowed.push(`ít nhất ${String(c.minimum)} ký tự`);
        }
      }
      return { type, allowed };
    }
    case 'number': {
      const int = checks.some((c) => c.check === 'number_format' && /int/.test(String(c.format)));
      for (const c of checks) {
        if (c.check === 'greater_than')
          allowed.push(`${c.inclusive ? 'từ' : 'lớn hơn'} ${String(c.value)}${c.inclusive ? ' trở lên' : ''}`);
        if (c.check === 'less_than') allowed.push(`${c.inclusive ? 'không quá' : 'nhỏ hơn'} ${String(c.value)}`);
      }
      if (int) allowed.push('viết liền, không dấu chấm hay phẩy ngăn cách hàng nghìn');
      return { type: int ? 'số nguyên' : 'số', allowed };
    }
    case 'boolean':
      return { type: 'đúng/sai', allowed: ['`true` hoặc `false`'] };
    case 'enum': {
      const values = Object.values(def.entries as Record<string, string>);
      return { type: 'một giá trị trong danh sách', allowed: [values.map((v) => `\`${v}\``).join(', ')] };
    }
    case 'literal': {
      const values = def.values as unknown[];
      return { type: 'giá trị cố định', allowed: [values.map((v) => `\`${String(v)}\``).join(', ')] };
    }
    case 'null':
      return { type: 'null', allowed: [] };
    default:
      return { type: def.type, allowed };
  }
}

/** Type text of any node: "danh sách mã", "nhóm trường hoặc chữ". */
export function typeText(schema: unknown): string {
  const { node, nullable } = unwrap(schema);
  const def = defOf(node);
  let text: string;
  if (def.type === 'object') text = 'nhóm trường';
  else if (def.type === 'array')
    text = `danh sách ${typeText(def.element)}`.replace('danh sách một giá trị trong danh sách', 'danh sách giá trị');
  else if (def.type === 'union') text = [...new Set((def.options as unknown[]).map(typeText))].join(' hoặc ');
  else text = describeScalar(node).type;
  return nullable ? `${text} hoặc \`null\`` : text;
}

function allowedOf(node: unknown): string[] {
  const def = defOf(node);
  if (def.type === 'array') {
    const out: string[] = [];
    for (const c of checksOf(node)) if (c.check === 'min_length') out.push(`ít nhất ${String(c.minimum)} mục`);
    const inner = unwrap(def.element).node;
    const innerDef = defOf(inner);
    if (innerDef.type !== 'object' && innerDef.type !== 'array') {
      const each = allowedOf(inner);
      if (each.length > 0) out.push(`mỗi mục: ${each.join('; ')}`);
    }
    return out;
  }
  if (def.type === 'union') {
    // A value or a list of such values (documents[].form): the item's allowed values, said once.
    const each = (def.options as unknown[]).flatMap((o) => {
      const u = unwrap(o).node;
      const d = defOf(u);
      if (d.type === 'object') return [];
      if (d.type === 'array') return allowedOf(unwrap(d.element).node);
      return allowedOf(u);
    });
    return [...new Set(each)];
  }
  if (def.type === 'object') return [];
  return describeScalar(node).allowed;
}

/** Object-level refinements that target one key: the key becomes "required on a condition". */
function conditionalKeys(objectNode: unknown): Map<string, string> {
  const out = new Map<string, string>();
  for (const c of checksOf(objectNode)) {
    const path = c.path as unknown[] | undefined;
    if (c.check !== 'custom' || !path || path.length !== 1) continue;
    const error = c.error as ((issue: unknown) => unknown) | undefined;
    const message = typeof error === 'function' ? error({}) : undefined;
    out.set(String(path[0]), typeof message === 'string' ? message : 'một điều kiện khác của bản ghi');
  }
  return out;
}

/**
 * Descriptions for keys that the schemas leave undescribed because they are self-evident in code (`id`, `url`);
 * an editor still deserves a sentence.
 */
const FALLBACK_DESCRIPTIONS: Record<string, string> = {
  id: 'Mã định danh, duy nhất trong tệp; các tệp khác dùng mã này để tham chiếu.',
  name: 'Tên hiển thị.',
  code: 'Mã số.',
  email: 'Thư điện tử.',
  url: 'Địa chỉ trang web.',
  note: 'Ghi chú.',
  description: 'Mô tả ngắn.',
  date: 'Ngày (YYYY-MM-DD).',
  province: 'Tỉnh.',
  national: 'Cổng Dịch vụ công quốc gia.',
  provincial: 'Cổng Dịch vụ công của tỉnh.',
};

/**
 * Every key of `schema`, depth first in declaration order. A top-level list (agencies.yaml) is described by
 * its items' keys. A structure met a second time (the same fee list inside `by_channel.online`) is one row
 * with `sameAs` pointing at its first occurrence, so the reference stays readable.
 */
export function fieldRows(schema: unknown): FieldRow[] {
  const rows: FieldRow[] = [];
  const expanded = new Map<unknown, string>();
  const root = unwrap(schema).node;
  const rootDef = defOf(root);
  const start = rootDef.type === 'array' ? unwrap(rootDef.element).node : root;
  walkChildren(start, '', rows, expanded);
  return rows;
}

function walkChildren(node: unknown, path: string, rows: FieldRow[], expanded: Map<unknown, string>): void {
  const def = defOf(node);
  if (def.type === 'object') {
    const conditions = conditionalKeys(node);
    for (const [key, child] of Object.entries(def.shape as Record<string, unknown>)) {
      walkField(child, path === '' ? key : `${path}.${key}`, key, rows, expanded, conditions.get(key));
    }
  } else if (def.type === 'array') {
    walkChildren(unwrap(def.element).node, `${path}[]`, rows, expanded);
  } else if (def.type === 'union') {
    for (const option of def.options as unknown[]) walkChildren(unwrap(option).node, path, rows, expanded);
  }
}

function walkField(
  schema: unknown,
  path: string,
  key: string,
  rows: FieldRow[],
  expanded: Map<unknown, string>,
  condition: string | undefined,
): void {
  const { node, optional, nullable, description } = unwrap(schema);
  const allowed = allowedOf(node);
  if (nullable) allowed.push('`null` khi không có giá trị');
  if (condition) allowed.push(`\`npm run check\` báo khi thiếu: “${condition}”`);
  const row: FieldRow = {
    path,
    type: typeText(schema),
    required: condition ? 'có điều kiện' : optional ? 'không' : 'có',
    ...describe(description, node, key),
    allowed,
  };
  const first = hasChildren(node) ? expanded.get(node) : undefined;
  if (first !== undefined) {
    rows.push({ ...row, sameAs: first });
    return;
  }
  rows.push(row);
  if (hasChildren(node)) {
    expanded.set(node, path);
    walkChildren(node, path, rows, expanded);
  }
}

function describe(own: string | undefined, node: unknown, key: string): Pick<FieldRow, 'description' | 'describedBy'> {
  if (own) return { description: own, describedBy: 'field' };
  const items = elementDescription(node);
  if (items) return { description: items, describedBy: 'items' };
  const fallback = FALLBACK_DESCRIPTIONS[key];
  return fallback ? { description: fallback, describedBy: 'default' } : { description: '', describedBy: 'none' };
}

/** A list without a description of its own is described by its items' ("Một nguồn của thông tin."). */
function elementDescription(node: unknown): string | undefined {
  const def = defOf(node);
  return def.type === 'array' ? unwrap(def.element).description : undefined;
}

/** Whether the node has keys of its own (an object, or a list or union that contains one). */
function hasChildren(node: unknown): boolean {
  const def = defOf(node);
  if (def.type === 'object') return true;
  if (def.type === 'array') return hasChildren(unwrap(def.element).node);
  if (def.type === 'union') return (def.options as unknown[]).some((o) => hasChildren(unwrap(o).node));
  return false;
}

/** The alternatives a node stands for: wrappers removed, unions spread out. */
function alternatives(schema: unknown): unknown[] {
  const { node } = unwrap(schema);
  const def = defOf(node);
  return def.type === 'union' ? (def.options as unknown[]).flatMap(alternatives) : [node];
}

/**
 * The kinds of value (`string`, `number`, `object`, `enum`…) the schema accepts at `path` (object keys and list
 * indexes), looking through optional, nullable and every branch of a union. Empty when no branch has the path.
 */
export function typesAt(schema: unknown, path: readonly (string | number)[]): Set<string> {
  let nodes = alternatives(schema);
  for (const step of path) {
    nodes = nodes.flatMap((node) => {
      const def = defOf(node);
      if (def.type === 'object' && typeof step === 'string') {
        const child = (def.shape as Record<string, unknown>)[step];
        return child === undefined ? [] : alternatives(child);
      }
      if (def.type === 'array' && typeof step === 'number') return alternatives(def.element);
      return [];
    });
  }
  return new Set(nodes.map((n) => defOf(n).type));
}
