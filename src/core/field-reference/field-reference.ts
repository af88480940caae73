import { nationalRecordSchema, publishedRecordSchema } from '../schema/index.ts';
import { DATA_FILES } from '../schema/content-files.ts';
import { fieldRows, type FieldRow } from '../schema/schema-walk.ts';

/** One kind of content file and the schema its content must satisfy. */
export interface FileType {
  /** Where the files are, as an editor sees it (`procedures/<cấp>/**\/*.md`). */
  files: string;
  /** Vietnamese heading. */
  title: string;
  /** One or two Vietnamese sentences: what the file is and who edits it. */
  intro: string;
  schema: unknown;
}

/** Every file the loader reads, in the order an editor meets them. */
export const FILE_TYPES: readonly FileType[] = [
  {
    files: 'procedures/<cấp>/**/*.md',
    title: 'Bản công bố thủ tục của tỉnh',
    intro:
      'Phần đầu tệp (giữa hai dòng `---`) của mỗi bản công bố; phần sau là hướng dẫn cho người dân bằng Markdown, ' +
      'và sau dòng `## Nguồn và ghi chú` là ghi chú của biên tập viên về nguồn (trang web gấp lại, không coi là hướng dẫn). ' +
      'Mã bản ghi là đường dẫn dưới `procedures/` bỏ `.md`, ví dụ `xa/dang-ky-khai-sinh`.',
    schema: publishedRecordSchema,
  },
  {
    files: 'national/**/<mã>.md',
    title: 'Bản ghi quốc gia (chuẩn so sánh)',
    intro:
      'Nhập từ CSDL quốc gia về thủ tục hành chính, không sửa tay. Cùng các trường như bản công bố, trừ những trường dưới đây.',
    schema: nationalRecordSchema,
  },
  {
    files: DATA_FILES.site.file,
    title: 'Thông tin chung của trang',
    intro: 'Một tệp, bắt buộc.',
    schema: DATA_FILES.site.schema,
  },
  {
    files: DATA_FILES.localities.file,
    title: 'Đơn vị hành chính',
    intro: 'Tỉnh, các huyện (trước 01/7/2025) cùng các xã thuộc huyện, và các xã, phường trực thuộc tỉnh.',
    schema: DATA_FILES.localities.schema,
  },
  {
    files: DATA_FILES.agencies.file,
    title: 'Cơ quan thực hiện và bộ phận một cửa',
    intro: 'Một danh sách; mỗi mục có các trường sau.',
    schema: DATA_FILES.agencies.schema,
  },
  {
    files: DATA_FILES.sectors.file,
    title: 'Lĩnh vực',
    intro: 'Một danh sách; mỗi mục có các trường sau.',
    schema: DATA_FILES.sectors.schema,
  },
  {
    files: DATA_FILES.documentTypes.file,
    title: 'Danh mục loại giấy tờ',
    intro: 'Một danh sách; mỗi mục có các trường sau.',
    schema: DATA_FILES.documentTypes.schema,
  },
  {
    files: DATA_FILES.legal.file,
    title: 'Văn bản pháp luật',
    intro: 'Một danh sách; mỗi mục có các trường sau.',
    schema: DATA_FILES.legal.schema,
  },
  {
    files: DATA_FILES.lifeEvents.file,
    title: 'Sự kiện cuộc sống',
    intro: 'Một danh sách; mỗi mục có các trường sau.',
    schema: DATA_FILES.lifeEvents.schema,
  },
  {
    files: DATA_FILES.synonyms.file,
    title: 'Tên gọi thường ngày (cho tìm kiếm)',
    intro:
      'Một danh sách; mỗi mục là một cụm từ chính thức và các tên người dân hay gõ để chỉ đúng thứ đó. Chỉ ghi tên đồng nghĩa thật sự.',
    schema: DATA_FILES.synonyms.schema,
  },
  {
    files: DATA_FILES.decisions.file,
    title: 'Quyết định về các phát hiện rà soát',
    intro: 'Văn phòng UBND tỉnh ghi quyết định cho từng phát hiện theo khóa (`key`) mà công cụ rà soát in ra.',
    schema: DATA_FILES.decisions.schema,
  },
];

/** A file type's rows; for national records, only the keys that differ from a published record's. */
export function rowsOf(fileType: FileType): FieldRow[] {
  const rows = fieldRows(fileType.schema);
  if (fileType.schema !== nationalRecordSchema) return rows;
  const published = new Map(fieldRows(publishedRecordSchema).map((r) => [r.path, r]));
  return rows
    .map((r) => {
      // A key the national schema leaves undescribed means what it means in a published record.
      const same = published.get(r.path);
      return r.describedBy !== 'field' && same?.describedBy === 'field'
        ? { ...r, description: same.description, describedBy: 'field' as const }
        : r;
    })
    .filter((r) => {
      const same = published.get(r.path);
      return !same || same.type !== r.type || same.required !== r.required || same.description !== r.description;
    });
}

const HEADER = `<!-- Tệp này được sinh từ các lược đồ trong src/core/schema bằng \`npm run docs:fields\`. Đừng sửa tay: sửa mô tả (.describe) trong lược đồ rồi chạy lại lệnh. -->

# Tra cứu các trường dữ liệu

Danh sách mọi trường mà \`npm run check\` chấp nhận, theo từng loại tệp. Cách sửa một bản ghi và các ví dụ:
[hướng dẫn biên tập](editor-guide.md).

Cách đọc bảng:

- **Trường**: tên khóa trong YAML. \`fees[].amount\` là khóa \`amount\` của *mỗi mục* trong danh sách \`fees\`;
  \`channels.online\` là khóa \`online\` bên trong nhóm \`channels\`.
- **Bắt buộc**: *có* thì phải ghi; *không* thì có thể bỏ hẳn dòng đó; *có điều kiện* thì xem cột giá trị.
- Khóa không có trong bảng là lỗi (gõ sai tên khóa sẽ không bị bỏ qua âm thầm).
- Chữ có dấu hai chấm kèm dấu cách (\`: \`), hoặc bắt đầu bằng ký tự đặc biệt, cần đặt trong dấu nháy kép.
  Mã thủ tục, số điện thoại, mã đơn vị hành chính luôn đặt trong dấu nháy: \`"1.001193"\`, \`"0123 456 789"\`.
`;

/** The whole generated page (docs/field-reference.md). Deterministic: no dates, no machine paths. */
export function renderFieldReference(fileTypes: readonly FileType[] = FILE_TYPES): string {
  const parts = [HEADER];
  for (const ft of fileTypes) {
    parts.push(`## ${ft.title}: \`${ft.files}\`\n\n${ft.intro}\n\n${renderTable(rowsOf(ft))}`);
  }
  return `${parts.join('\n')}`;
}

function renderTable(rows: readonly FieldRow[]): string {
  const lines = ['| Trường | Kiểu | Bắt buộc | Ý nghĩa | Giá trị cho phép |', '| --- | --- | --- | --- | --- |'];
  for (const r of rows) {
    const allowed = [...r.allowed];
    if (r.sameAs) allowed.push(`cấu trúc như \`${r.sameAs}\``);
    lines.push(
      `| \`${r.path}\` | ${cell(r.type)} | ${r.required} | ${cell(r.description)} | ${cell(allowed.join('; '))} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
