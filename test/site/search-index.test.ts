import { describe, expect, it } from 'vitest';
import {
  countProcedures,
  indexSearch,
  INDEXED_GLOB,
  SearchIndexError,
  type PagefindApi,
} from '../../src/site/search-index.ts';

function fakePagefind(overrides: { create?: string[]; add?: string[]; write?: string[]; pages?: number } = {}) {
  const calls: string[] = [];
  const api: PagefindApi = {
    createIndex: async (config) => {
      calls.push(`create ${config?.forceLanguage}`);
      return {
        errors: overrides.create ?? [],
        index: {
          addDirectory: async ({ path, glob }) => {
            calls.push(`add ${path} ${glob}`);
            return { errors: overrides.add ?? [], page_count: overrides.pages ?? 3 };
          },
          writeFiles: async ({ outputPath }) => {
            calls.push(`write ${outputPath}`);
            return { errors: overrides.write ?? [], outputPath };
          },
        },
      };
    },
    close: async () => {
      calls.push('close');
    },
  };
  return { api, calls };
}

describe('indexSearch', () => {
  it('indexes only the procedure folders into <site>/pagefind and closes Pagefind', async () => {
    const { api, calls } = fakePagefind();
    await expect(indexSearch('dist', 3, api)).resolves.toMatchObject({ pages: 3 });
    expect(calls).toEqual(['create vi', `add dist ${INDEXED_GLOB}`, 'write dist/pagefind', 'close']);
  });

  it('fails loudly with the errors Pagefind returns, and still closes it', async () => {
    const { api, calls } = fakePagefind({ add: ['could not parse thu-tuc/x/index.html'] });
    await expect(indexSearch('dist', 3, api)).rejects.toThrow(
      /index dist:\n {2}could not parse thu-tuc\/x\/index.html/,
    );
    expect(calls.at(-1)).toBe('close');
  });

  it('fails when fewer pages were indexed than there are procedures', async () => {
    const { api } = fakePagefind({ pages: 2 });
    await expect(indexSearch('dist', 3, api)).rejects.toBeInstanceOf(SearchIndexError);
  });

  it('says the site is not built when its procedure list is missing', async () => {
    await expect(countProcedures('no-such-site')).rejects.toThrow(
      /No built site in no-such-site: .*procedures\.json is missing\. Build the site first/,
    );
  });
});
