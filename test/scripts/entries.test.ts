import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, runScriptProcess } from './run-script.ts';

// The other script tests run each command in-process; this one starts every script as npm does, so an entry
// that no longer runs its command (or runs it on import) is caught.
const SCRIPTS = readdirSync(join(REPO, 'scripts'))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.slice(0, -3));

describe('every script, started as npm starts it', () => {
  it.each(SCRIPTS)('%s --help prints its usage and exits 0', async (name) => {
    const run = await runScriptProcess(name, ['--help']);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^Usage: /);
    expect(run.status).toBe(0);
  });

  it('exits 2 with the usage on an unknown option', async () => {
    const run = await runScriptProcess('report', ['--no-such-option']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("Unknown option '--no-such-option'");
    expect(run.stderr).toContain('Usage: npm run report');
  });
});
