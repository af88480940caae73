import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/core/load/load-content.ts';
import { VALID_DIR } from './fixtures.ts';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

/** A copy of the valid fixture with `entry` appended to documents.yaml. */
function withDocumentEntry(entry: string): string {
  dir = mkdtempSync(join(tmpdir(), 'tthc-vocabulary-'));
  cpSync(VALID_DIR, dir, { recursive: true });
  const file = join(dir, 'documents.yaml');
  writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\n${entry}\n`);
  return dir;
}

describe('documents.yaml names and aliases', () => {
  // The real mistake of content/documents.yaml: an unquoted list split one alias at its comma, and the alias
  // "Giấy tờ" made 55 national rows read as the paper to be signed for chứng thực chữ ký.
  it('refuses a generic alias made by a comma in an unquoted list, with the quoted form as the fix', async () => {
    const { problems } = await loadContent(
      withDocumentEntry(
        '- id: giay-to-can-ky\n  name: Giấy tờ, văn bản mà người yêu cầu chứng thực sẽ ký\n  aliases: [Giấy tờ, văn bản mà mình sẽ yêu cầu chứng thực chữ ký]',
      ),
    );
    const generic = problems.filter((p) => p.file === 'documents.yaml');
    expect(generic).toHaveLength(1);
    expect(generic[0]!.field).toMatch(/\.aliases\.0$/);
    expect(generic[0]!.code).toBe('generic-document-name');
    expect(generic[0]!.vi?.found).toBe('tên chung chung “Giấy tờ”');
    expect(generic[0]!.vi?.hint).toContain('đặt cả tên trong ngoặc kép');
    expect(generic[0]!.hint).toContain('put the whole name in quotes');
  });

  it('accepts the same alias quoted, and short specific names and acronyms', async () => {
    const { problems } = await loadContent(
      withDocumentEntry(
        '- id: giay-to-can-ky\n  name: Giấy tờ, văn bản mà người yêu cầu chứng thực sẽ ký\n  aliases: ["Giấy tờ, văn bản mà mình sẽ yêu cầu chứng thực chữ ký", CT01, Hộ khẩu]',
      ),
    );
    expect(problems.filter((p) => p.file === 'documents.yaml')).toEqual([]);
  });

  it('refuses an entry whose own name is generic', async () => {
    const { problems } = await loadContent(withDocumentEntry('- id: van-ban\n  name: Văn bản'));
    expect(problems.filter((p) => p.file === 'documents.yaml').map((p) => p.found)).toEqual([
      'the generic name "Văn bản"',
    ]);
  });
});

describe('synonyms.yaml', () => {
  /** A copy of the valid fixture with this synonyms.yaml. */
  function withSynonyms(text: string): string {
    dir = mkdtempSync(join(tmpdir(), 'tthc-vocabulary-'));
    cpSync(VALID_DIR, dir, { recursive: true });
    writeFileSync(join(dir, 'synonyms.yaml'), text);
    return dir;
  }

  it('loads everyday names with the phrase they mean', async () => {
    const { catalogue, problems } = await loadContent(
      withSynonyms('- means: giấy phép lái xe\n  names: [bằng lái, GPLX]\n'),
    );
    expect(problems.filter((p) => p.file === 'synonyms.yaml')).toEqual([]);
    expect(catalogue.synonyms).toEqual([{ means: 'giấy phép lái xe', names: ['bằng lái', 'GPLX'] }]);
  });

  it('refuses a name under two phrases and a name equal to its phrase, saying where and what to do', async () => {
    const { problems } = await loadContent(
      withSynonyms(
        '- means: giấy phép lái xe\n  names: [bằng lái]\n- means: bằng tốt nghiệp\n  names: [Bằng lái, bang tot nghiep]\n',
      ),
    );
    const found = problems.filter((p) => p.file === 'synonyms.yaml');
    expect(found.map((p) => [p.line, p.field, p.code])).toEqual([
      [4, '1.names.0', 'ambiguous-synonym'],
      [4, '1.names.1', 'ambiguous-synonym'],
    ]);
    expect(found[0]!.vi?.hint).toContain('đã là tên gọi của “giấy phép lái xe” ở dòng 2');
    expect(found[1]!.vi?.hint).toContain('Xóa “bang tot nghiep”');
  });

  it('refuses an entry without names', async () => {
    const { problems } = await loadContent(withSynonyms('- means: giấy phép lái xe\n  names: []\n'));
    expect(problems.filter((p) => p.file === 'synonyms.yaml').map((p) => p.field)).toEqual(['0.names']);
  });
});
