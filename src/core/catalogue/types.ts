import type {
  Agency,
  Decision,
  DocumentType,
  LegalText,
  LifeEvent,
  NationalRecordData,
  ProcessingTimeObject,
  PublishedRecordData,
  Sector,
  SiteData,
  Synonym,
} from '../schema/index.ts';
import type { Guide } from '../guides/load-guides.ts';

export type LevelId = 'tinh' | 'huyen' | 'xa';

/** A level enabled in site.yaml, with its validity (the district level ended on 2025-07-01). */
export interface Level {
  id: LevelId;
  name: string;
  since?: string;
  until?: string;
}

export interface Locality {
  id: string;
  name: string;
  kind: 'province' | 'district' | 'commune';
  code?: string;
  /** The district a commune belonged to, when localities.yaml nests it. */
  parent?: string;
  since?: string;
  until?: string;
  /** The commune-level units merged into this one on 2025-07-01 (localities.yaml `formerly`); [] when not merged. */
  formerly?: { name: string; type: 'phuong' | 'xa' | 'thi-tran' }[];
}

/** A processing time as read: a duration, or text the project could not read (kept for the review). */
export type TimeReading =
  | { kind: 'duration'; duration: ProcessingTimeObject; workingDays: number; text: string }
  | { kind: 'unreadable'; text: string; reason: 'no_unit' | 'no_information' | 'unreadable' | 'empty' };

interface RecordBase {
  /** `xa/dang-ky-khai-sinh` for a published record, `national/1.001193` for a national one. */
  id: string;
  /** Path relative to the content directory. */
  file: string;
  /** The whole Markdown text, NFC, raw as written (rendering strips raw HTML); what the review reads. */
  body: string;
  /** The part of `body` for citizens: before the `## Nguồn và ghi chú` line (load/body-sections.ts). */
  guidance: string;
  /** Editors' notes on sources and unverified values: after that line; '' when there is none. */
  notes: string;
  /** 1-based line of each top-level front-matter key, for annotations on findings. */
  lines: Record<string, number>;
  time: TimeReading;
}

export interface PublishedRecord extends RecordBase {
  kind: 'published';
  data: PublishedRecordData;
}

export interface NationalRecord extends RecordBase {
  kind: 'national';
  data: NationalRecordData;
}

export type AnyRecord = PublishedRecord | NationalRecord;

export interface Catalogue {
  site: SiteData;
  levels: Level[];
  localities: Map<string, Locality>;
  agencies: Map<string, Agency>;
  sectors: Map<string, Sector>;
  documentTypes: Map<string, DocumentType>;
  legal: Map<string, LegalText>;
  lifeEvents: Map<string, LifeEvent>;
  decisions: Decision[];
  /** synonyms.yaml: everyday names of what procedures are about, for search. */
  synonyms: Synonym[];
  /** Published records, sorted by id. */
  records: PublishedRecord[];
  /** National records, sorted by code. */
  national: NationalRecord[];
  nationalByCode: Map<string, NationalRecord>;
  /** Life-event guides (content/guides/<life event id>.mdx) by life event id; absent where no loader read them. */
  guides?: Map<string, Guide>;
}
