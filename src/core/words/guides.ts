/**
 * What `check` says about a guide (content/guides/*.mdx), in Vietnamese for editors with the English wording for
 * --lang en. Each entry gives [found, expected, hint].
 */
import type { Words } from '../load/problem.ts';

type Pair = { vi: Words; en: Words };

const LIST = 'Buoc, Hoac, Va';
const STEP_EXAMPLE = '<Buoc thuTuc="1.001193" ten="Đăng ký khai sinh cho con">…lời của bạn…</Buoc>';

export const guideWords = {
  syntax: (detail: string): Pair => ({
    vi: {
      found: `lỗi cú pháp MDX (${detail})`,
      expected: 'MDX đúng cú pháp',
      hint: `Mỗi thẻ mở cần thẻ đóng cùng tên (${STEP_EXAMPLE}), hoặc tự đóng (<Buoc thuTuc="…" />); giá trị đặt trong ngoặc kép. Muốn viết dấu < hoặc { trong lời văn, viết \\< hoặc \\{.`,
    },
    en: {
      found: `an MDX syntax error (${detail})`,
      expected: 'valid MDX',
      hint: 'Close each tag with a tag of the same name, or self-close it (<Buoc thuTuc="…" />); quote attribute values. Write \\< or \\{ for a literal < or { in prose.',
    },
  }),
  esm: (): Pair => ({
    vi: {
      found: 'lệnh import hoặc export',
      expected: `lời văn Markdown và các thành phần ${LIST}`,
      hint: 'Hướng dẫn không chạy mã lệnh và không cần import: xóa dòng này. Các thành phần Buoc, Hoac, Va luôn dùng được.',
    },
    en: {
      found: 'an import or export statement',
      expected: `Markdown prose and the components ${LIST}`,
      hint: 'Guides run no code and need no import: delete the line. Buoc, Hoac and Va are always available.',
    },
  }),
  expression: (): Pair => ({
    vi: {
      found: 'biểu thức {…}',
      expected: `lời văn Markdown và các thành phần ${LIST}`,
      hint: 'Hướng dẫn không chạy mã lệnh. Thời hạn, lệ phí, nơi nộp do <Buoc thuTuc="…"> lấy từ bản ghi; muốn hiện dấu { thì viết \\{.',
    },
    en: {
      found: 'an expression {…}',
      expected: `Markdown prose and the components ${LIST}`,
      hint: 'Guides run no code. Time, fee and place come from the record through <Buoc thuTuc="…">; write \\{ for a literal {.',
    },
  }),
  frontMatter: (): Pair => ({
    vi: {
      found: 'phần dữ liệu (front matter) giữa hai dòng “---”',
      expected: 'hướng dẫn bắt đầu ngay bằng lời văn',
      hint: 'Tên và mô tả của hướng dẫn lấy từ life-events.yaml: xóa phần giữa hai dòng “---”.',
    },
    en: {
      found: 'front matter between two "---" lines',
      expected: 'a guide that starts with its prose',
      hint: 'The guide takes its name and description from life-events.yaml: delete the block between the "---" lines.',
    },
  }),
  unknownComponent: (name: string, guess: string | undefined): Pair => {
    const html = /^[a-z]/.test(name);
    return {
      vi: {
        found: html ? `thẻ HTML “<${name}>”` : `thành phần “<${name}>”`,
        expected: `một trong các thành phần ${LIST}`,
        hint: guess
          ? `Có phải ý là <${guess}>?`
          : html
            ? 'Hướng dẫn không dùng HTML: viết bằng Markdown (**đậm**, [liên kết](https://…), danh sách bắt đầu bằng “- ”).'
            : `Dùng <Buoc> cho một bước, <Hoac> cho các bước chọn một, <Va> cho các bước làm cùng lúc (xem docs/editor-guide.md).`,
      },
      en: {
        found: html ? `the HTML tag "<${name}>"` : `the component "<${name}>"`,
        expected: `one of the components ${LIST}`,
        hint: guess
          ? `Did you mean <${guess}>?`
          : html
            ? 'Guides use no HTML: write Markdown (**bold**, [link](https://…), lists starting with "- ").'
            : 'Use <Buoc> for a step, <Hoac> for steps of which one is done, <Va> for steps done together (docs/editor-guide.md).',
      },
    };
  },
  unknownAttribute: (component: string, name: string, allowed: readonly string[]): Pair => ({
    vi: {
      found: `thuộc tính “${name}” của <${component}>`,
      expected: allowed.length > 0 ? `một trong ${allowed.join(', ')}` : `<${component}> không có thuộc tính`,
      hint:
        allowed.length > 0
          ? `Viết như ${STEP_EXAMPLE}.`
          : `Viết <${component}> không kèm thuộc tính, rồi đặt các <Buoc> bên trong.`,
    },
    en: {
      found: `the attribute "${name}" on <${component}>`,
      expected: allowed.length > 0 ? `one of ${allowed.join(', ')}` : `<${component}> without attributes`,
      hint:
        allowed.length > 0
          ? 'Write it like <Buoc thuTuc="1.001193" ten="…">…</Buoc>.'
          : `Write <${component}> without attributes and put the <Buoc> steps inside.`,
    },
  }),
  attributeValue: (component: string, name: string): Pair => ({
    vi: {
      found: `giá trị không đặt trong ngoặc kép ở ${name} của <${component}>`,
      expected: `một đoạn chữ trong ngoặc kép, như ${name}="…"`,
      hint: `Viết ${name}="giá trị"; hướng dẫn không chạy biểu thức {…}.`,
    },
    en: {
      found: `an unquoted value for ${name} on <${component}>`,
      expected: `a quoted text, like ${name}="…"`,
      hint: `Write ${name}="value"; guides run no {…} expressions.`,
    },
  }),
  emptyStep: (): Pair => ({
    vi: {
      found: '<Buoc> không có thuTuc và không có ten',
      expected: 'một bước có mã thủ tục (thuTuc), hoặc có tên (ten) khi bước không phải một thủ tục',
      hint: `Viết ${STEP_EXAMPLE}.`,
    },
    en: {
      found: '<Buoc> with neither thuTuc nor ten',
      expected: 'a step naming a procedure (thuTuc), or a name (ten) when the step is not a procedure',
      hint: 'Write <Buoc thuTuc="1.001193" ten="…">…</Buoc>.',
    },
  }),
  misplaced: (component: string, parent: string | undefined): Pair => ({
    vi: {
      found: parent ? `<${component}> nằm trong <${parent}>` : `<${component}> nằm trong lời văn`,
      expected:
        component === 'Buoc'
          ? '<Buoc> đứng riêng một đoạn, ở ngoài cùng hoặc ngay trong <Hoac>/<Va>'
          : `<${component}> đứng riêng một đoạn, ở ngoài cùng`,
      hint: 'Để một dòng trống trước và sau thẻ; không lồng bước trong bước, nhóm trong nhóm.',
    },
    en: {
      found: parent ? `<${component}> inside <${parent}>` : `<${component}> inside prose`,
      expected:
        component === 'Buoc'
          ? '<Buoc> as a block of its own, at the top or directly inside <Hoac>/<Va>'
          : `<${component}> as a block of its own, at the top`,
      hint: 'Leave a blank line before and after the tag; do not put a step in a step or a group in a group.',
    },
  }),
  groupContent: (component: string): Pair => ({
    vi: {
      found: `<${component}> có nội dung không phải <Buoc>, hoặc ít hơn hai <Buoc>`,
      expected: `<${component}> chứa từ hai <Buoc> trở lên và không có gì khác`,
      hint: 'Đặt lời giải thích vào trong từng <Buoc>, hoặc trước/sau cả nhóm.',
    },
    en: {
      found: `<${component}> holding something else than <Buoc>, or fewer than two`,
      expected: `<${component}> holding two or more <Buoc> and nothing else`,
      hint: 'Put explanations inside each <Buoc>, or before or after the group.',
    },
  }),
  unknownProcedure: (value: string, guess: string | undefined): Pair => ({
    vi: {
      found: `thủ tục “${value}”`,
      expected:
        'mã quốc gia của một bản ghi (như 1.001193) hoặc mã bản ghi của tỉnh (như xa/ho-tich/dang-ky-khai-sinh)',
      hint: guess
        ? `Có phải “${guess}”?`
        : 'Mã quốc gia có trên trang thủ tục (“mã 1.001193”); mã bản ghi là đường dẫn của tệp dưới procedures/, bỏ .md. Chưa có bản ghi thì bỏ bước này, đừng tự viết số liệu.',
    },
    en: {
      found: `the procedure "${value}"`,
      expected:
        'the national code of a record (like 1.001193) or a province record id (like xa/ho-tich/dang-ky-khai-sinh)',
      hint: guess
        ? `Did you mean "${guess}"?`
        : 'The national code is on the procedure page; a record id is its file path below procedures/ without .md. With no record, leave the step out rather than typing its facts.',
    },
  }),
  unknownLifeEvent: (file: string, guess: string | undefined): Pair => ({
    vi: {
      found: `tên tệp “${file}”`,
      expected: 'tên tệp là mã một sự kiện trong life-events.yaml, như sinh-con.mdx',
      hint: guess ? `Có phải “${guess}.mdx”?` : 'Đổi tên tệp theo mã sự kiện, hoặc thêm sự kiện vào life-events.yaml.',
    },
    en: {
      found: `the file name "${file}"`,
      expected: 'a file named after a life event id of life-events.yaml, like sinh-con.mdx',
      hint: guess
        ? `Did you mean "${guess}.mdx"?`
        : 'Rename the file after a life event id, or add the event to life-events.yaml.',
    },
  }),
  notMdx: (file: string): Pair => ({
    vi: {
      found: `tệp “${file}”`,
      expected: 'chỉ tệp .mdx trong thư mục guides/',
      hint: 'Đổi đuôi tệp thành .mdx, hoặc chuyển tệp ra khỏi guides/.',
    },
    en: {
      found: `the file "${file}"`,
      expected: 'only .mdx files in guides/',
      hint: 'Rename it to .mdx, or move it out of guides/.',
    },
  }),
};
