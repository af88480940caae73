/**
 * Writes YAML the way editors write records: flow maps on one line (`{ name: ..., amount: 0 }`), short lists in
 * brackets, plain scalars where they are unambiguous and double quotes elsewhere. A JSON string is a valid YAML
 * double-quoted scalar, so quoting never needs its own escaping rules.
 */
export type YamlValue = string | number | boolean | null | readonly YamlValue[] | YamlMap;
export interface YamlMap {
  readonly [key: string]: YamlValue | undefined;
}

export interface YamlStyle {
  /** Lists of maps as indented blocks rather than one `- { ... }` line per item. */
  blockMaps?: boolean;
}

const RESERVED = /^(?:true|false|null|yes|no|on|off|y|n|~)$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A string that reads back as the same string without quotes (YAML 1.2 core schema). */
function isPlain(s: string, inFlow: boolean): boolean {
  if (DATE.test(s)) return true;
  if (s === '' || s !== s.trim() || !/^\p{L}/u.test(s)) return false;
  if (/[\n\t"'\\]|: |:$| #/.test(s) || RESERVED.test(s)) return false;
  return !(inFlow && /[,:[\]{}]/.test(s));
}

function scalar(value: string | number | boolean | null, inFlow: boolean): string {
  if (typeof value === 'string') return isPlain(value, inFlow) ? value : JSON.stringify(value);
  return String(value);
}

function isMap(value: YamlValue): value is YamlMap {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function entries(map: YamlMap): [string, YamlValue][] {
  return Object.entries(map).filter((e): e is [string, YamlValue] => e[1] !== undefined);
}

function flow(value: YamlValue): string {
  if (Array.isArray(value)) return `[${value.map(flow).join(', ')}]`;
  if (isMap(value)) {
    const body = entries(value).map(([k, v]) => `${k}: ${flow(v)}`);
    return body.length === 0 ? '{}' : `{ ${body.join(', ')} }`;
  }
  return scalar(value as string | number | boolean | null, true);
}

function isSimple(value: YamlValue): boolean {
  if (Array.isArray(value)) return value.every((v) => !Array.isArray(v) && !isMap(v));
  if (isMap(value)) return entries(value).every(([, v]) => isSimple(v) && !isMap(v));
  return true;
}

function block(map: YamlMap, indent: string, style: YamlStyle): string[] {
  const lines: string[] = [];
  for (const [key, value] of entries(map)) {
    if (Array.isArray(value)) {
      if (value.length === 0) lines.push(`${indent}${key}: []`);
      else if (value.every((v) => !Array.isArray(v) && !isMap(v))) {
        const inline = `${indent}${key}: ${flow(value)}`;
        if (inline.length <= 100) lines.push(inline);
        else lines.push(`${indent}${key}:`, ...value.map((v) => `${indent}  - ${scalar(v as string, false)}`));
      } else {
        lines.push(`${indent}${key}:`);
        for (const item of value) lines.push(...listItem(item, `${indent}  `, style));
      }
    } else if (isMap(value)) {
      if (isSimple(value)) lines.push(`${indent}${key}: ${flow(value)}`);
      else lines.push(`${indent}${key}:`, ...block(value, `${indent}  `, style));
    } else {
      lines.push(`${indent}${key}: ${scalar(value as string | number | boolean | null, false)}`);
    }
  }
  return lines;
}

function listItem(item: YamlValue, indent: string, style: YamlStyle): string[] {
  if (!isMap(item) || (!style.blockMaps && isSimple(item))) return [`${indent}- ${flow(item)}`];
  const inner = block(item, `${indent}  `, style);
  if (inner.length === 0) return [`${indent}- {}`];
  return [`${indent}- ${inner[0]!.slice(indent.length + 2)}`, ...inner.slice(1)];
}

/** A YAML document (a file or a front-matter block) for a top-level map, ending with a newline. */
export function toYaml(map: YamlMap, style: YamlStyle = {}): string {
  return `${block(map, '', style).join('\n')}\n`;
}

/** A YAML document whose top level is a list (agencies.yaml, sectors.yaml...). */
export function toYamlList(items: readonly YamlMap[], style: YamlStyle = {}): string {
  return `${items.flatMap((item) => listItem(item, '', style)).join('\n')}\n`;
}
