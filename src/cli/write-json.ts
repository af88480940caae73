import type { Writable } from 'node:stream';

export interface WriteJsonOptions {
  /** Spaces per level, as JSON.stringify's third argument; 0 for one line. */
  indent: number;
  /** Characters gathered before each write. */
  chunkSize?: number;
}

/**
 * Writes `value` and a newline, byte for byte as `JSON.stringify(value, null, indent)` would, but the items of
 * its top-level arrays one by one: at 20,000 records one 50 MB string costs several times the CPU of the same
 * text built and written in pieces, and its memory. Stops quietly when the reader goes away (`| head`).
 */
export async function writeJson(
  out: Writable,
  value: Record<string, unknown>,
  options: WriteJsonOptions,
): Promise<void> {
  const { indent, chunkSize = 1 << 20 } = options;
  const pad = ' '.repeat(indent);
  const nl = indent > 0 ? '\n' : '';
  const colon = indent > 0 ? ': ' : ':';
  // A value nested `depth` levels down: every line after its first moves right by that depth's padding.
  const stringify = (v: unknown, depth: number): string | undefined => {
    const json = JSON.stringify(v, null, indent);
    return json !== undefined && indent > 0 ? json.replaceAll('\n', `\n${pad.repeat(depth)}`) : json;
  };

  let closed = false;
  let failure: Error | undefined;
  const stop = (error: NodeJS.ErrnoException) => {
    closed = true;
    if (error.code !== 'EPIPE') failure ??= error;
  };
  const write = (text: string) =>
    new Promise<void>((resolve) => {
      out.write(text, (error) => {
        if (error) stop(error);
        resolve();
      });
    });
  let parts: string[] = [];
  let size = 0;
  const flush = async () => {
    const text = parts.join('');
    parts = [];
    size = 0;
    if (!closed && text !== '') await write(text);
  };
  const push = async (text: string) => {
    parts.push(text);
    size += text.length;
    if (size >= chunkSize) await flush();
  };

  out.on('error', stop);
  try {
    await push('{');
    let first = true;
    for (const [key, v] of Object.entries(value)) {
      const member = `${first ? '' : ','}${nl}${pad}${JSON.stringify(key)}${colon}`;
      if (Array.isArray(v) && v.length > 0) {
        await push(`${member}[`);
        for (const [i, item] of v.entries()) {
          if (closed) break;
          await push(`${i > 0 ? ',' : ''}${nl}${pad}${pad}${stringify(item, 2) ?? 'null'}`);
        }
        await push(`${nl}${pad}]`);
      } else {
        const json = stringify(v, 1);
        if (json === undefined) continue; // undefined members are left out, as JSON.stringify does
        await push(`${member}${json}`);
      }
      first = false;
    }
    await push(`${first ? '' : nl}}\n`);
    await flush();
  } finally {
    out.off('error', stop);
  }
  if (failure) throw failure;
}
