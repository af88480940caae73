import { describe, expect, it } from 'vitest';
import { readQuery, ySpelling, type SearchVocabulary, unmatchedWords } from '../../src/site/search-query.ts';
import { searchVocabulary } from '../../src/site/search-page-data.ts';
import { entry } from './fixture.ts';

const vocabulary: SearchVocabulary = {
  synonyms: [
    ['sang tên sổ đỏ', 'đăng ký biến động'],
    ['sổ đỏ', 'giấy chứng nhận quyền sử dụng đất'],
    ['cccd', 'căn cước'],
  ],
  places: [
    ['trấn biên', 'Phường Trấn Biên', '/dia-phuong/phuong-tran-bien/', 0],
    ['bửu long', 'Phường Bửu Long (nay thuộc Phường Trấn Biên)', '/dia-phuong/phuong-tran-bien/', 0],
    ['long bình', 'Phường Long Bình', '/dia-phuong/phuong-long-binh/', 1],
  ],
  own: { '/dia-phuong/phuong-tran-bien/': [['Đăng ký kết hôn', '/thu-tuc/xa/phuong-tran-bien/dang-ky-ket-hon/']] },
};

describe('readQuery', () => {
  it('spells kí, lí, qui with y, so "ki" no longer completes to "kinh"', () => {
    expect(readQuery('đăng kí tạm trú', vocabulary).query).toBe('đăng ký tạm trú');
    expect(readQuery('chung thuc chu ki', vocabulary).query).toBe('chung thuc chu ky');
    expect(ySpelling('Lí')).toBe('Lý');
    expect(ySpelling('qui')).toBe('quy');
    // Not after other consonants, nor in longer words.
    expect(ySpelling('chi')).toBe('chi');
    expect(ySpelling('kinh')).toBe('kinh');
  });

  it('reads an everyday name as the official phrase, the longest name first, with or without tone marks', () => {
    expect(readQuery('so do', vocabulary)).toMatchObject({
      query: 'giấy chứng nhận quyền sử dụng đất',
      meant: [['so do', 'giấy chứng nhận quyền sử dụng đất']],
    });
    expect(readQuery('thủ tục sang tên sổ đỏ', vocabulary).query).toBe('thủ tục đăng ký biến động');
    expect(readQuery('làm CCCD', vocabulary).query).toBe('làm căn cước');
    // Typed with other tone marks, it is another word: "sơ đồ" is not "sổ đỏ".
    expect(readQuery('sơ đồ', vocabulary).query).toBe('sơ đồ');
  });

  it('takes a current or former place out of the query and names its page', () => {
    expect(readQuery('kết hôn ở phường Bửu Long', vocabulary)).toMatchObject({
      query: 'kết hôn',
      place: { name: 'Phường Bửu Long (nay thuộc Phường Trấn Biên)', url: '/dia-phuong/phuong-tran-bien/' },
    });
    expect(readQuery('khai sinh tran bien', vocabulary)).toMatchObject({ query: 'khai sinh', place: { own: [] } });
    // The unit's own version of what the rest names comes with it.
    expect(readQuery('dang ki ket hon Buu Long', vocabulary).place?.own).toEqual([
      ['Đăng ký kết hôn', '/thu-tuc/xa/phuong-tran-bien/dang-ky-ket-hon/'],
    ]);
    // A place name that also occurs in titles counts only after a unit word.
    expect(readQuery('long binh', vocabulary).place).toBeUndefined();
    expect(readQuery('xa long binh', vocabulary).place?.url).toBe('/dia-phuong/phuong-long-binh/');
  });
});

describe('searchVocabulary', () => {
  it('lists current and former units and the synonyms of the content', async () => {
    const { model } = await entry('xa/dang-ky-khai-sinh');
    const v = searchVocabulary(model.catalogue);
    expect(v.places.map((p) => p[0])).toEqual(expect.arrayContaining(['trấn biên', 'bửu long']));
    expect(v.synonyms).toContainEqual(['cccd', 'thẻ căn cước']);
    expect(v.own['/dia-phuong/phuong-tran-bien/']?.map(([title]) => title)).toContain('Đăng ký kết hôn');
  });

  it('leads an ended unit that a commune of today lists as its former unit to that commune, not to its old page', async () => {
    const { model } = await entry('xa/dang-ky-khai-sinh');
    const tanPhong = searchVocabulary(model.catalogue).places.find((p) => p[0] === 'tân phong');
    expect(tanPhong?.slice(1, 3)).toEqual([
      'Phường Tân Phong (nay thuộc Phường Tân Triều)',
      '/dia-phuong/phuong-tan-trieu/',
    ]);
  });
});

describe('unmatchedWords', () => {
  const results = ['Đăng ký khai sinh. Tờ khai đăng ký khai sinh', 'dang ky khai sinh, Trích lục khai sinh'];

  it('names a word no result holds: the one Pagefind dropped', () => {
    expect(unmatchedWords('xyzq khai sinh', results)).toEqual(['xyzq']);
  });

  it('takes words typed without tone marks, with d for đ, or with i for y as held', () => {
    expect(unmatchedWords('dang ki khai sinh', results)).toEqual([]);
    expect(unmatchedWords('ĐĂNG KÝ', results)).toEqual([]);
  });

  it('takes a half-typed word as held when a result word starts with it, as Pagefind matches it', () => {
    expect(unmatchedWords('kha si', results)).toEqual([]);
    expect(unmatchedWords('khaix sinh', results)).toEqual(['khaix']);
  });

  it('reads the parts of a hyphenated or dashed word, as well as the whole', () => {
    expect(unmatchedWords('ubnd', ['Quyết định 12/QĐ-UBND'])).toEqual([]);
    expect(unmatchedWords('chứng thực', ['Hộ tịch–Chứng thực'])).toEqual([]);
    expect(unmatchedWords('qđ-ubnd 1.001193', ['Quyết định 12/QĐ-UBND, mã 1.001193'])).toEqual([]);
  });

  it('says nothing when there are no results to compare with', () => {
    expect(unmatchedWords('xyzq', [])).toEqual([]);
  });
});
