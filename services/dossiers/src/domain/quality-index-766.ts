/**
 * The service-quality index of Decision 766/QĐ-TTg (23/6/2022), as the national portal scores it
 * (https://dichvucong.gov.vn/danh-gia-chat-luong-phuc-vu): 100 points in six groups, each shown with its
 * parts so a leader sees which part costs points. Sources and the reading of each part: docs/indicators.md.
 *
 * A part is SCORED from our data, NO_DATA when its denominator is empty in the period (nothing to score,
 * e.g. no ratings yet), or NOT_TRACKED when this system does not hold what it measures (publication of
 * procedures, petitions, the population database; sync with the national portal when no portal is configured). Group and index scores
 * add the scored parts only, and say out of how many points (`scoredMaxScore`) that sum is.
 */
import { ratio, type Tally } from './indicator-shares';

export type PartStatus = 'SCORED' | 'NO_DATA' | 'NOT_TRACKED';
export type IndexGroupKey = 'TRANSPARENCY' | 'PROGRESS' | 'ONLINE_SERVICE' | 'ONLINE_PAYMENT' | 'SATISFACTION' | 'DIGITISATION';

interface IndexPart {
  key: string;
  name: string;
  nameEn: string;
  /** How the points follow from the ratio. */
  formula: string;
  maxScore: number;
  ratio: number | null;
  score: number | null;
  status: PartStatus;
}

interface IndexGroup {
  key: IndexGroupKey;
  name: string;
  nameEn: string;
  maxScore: number;
  score: number | null;
  scoredMaxScore: number;
  parts: IndexPart[];
}

export interface QualityIndex {
  maxScore: number;
  score: number | null;
  scoredMaxScore: number;
  groups: IndexGroup[];
}

/** What the catalogue says about the procedures the unit settles, and how the period used them. */
export interface CatalogueCoverage {
  /** Procedures settled at the levels of the units in scope. */
  procedures: number;
  /** Of those, offered online (full-process or partial, Decree 42/2022). */
  onlineProcedures: number;
  /** Of those offered online, procedures with at least one dossier received online in the period. */
  onlineProceduresUsed: number;
  /** Procedures with a fee or charge. */
  feeProcedures: number;
  /** Of those, offered online, so their fee can be paid on the portal. */
  feeProceduresOnline: number;
  /** Of those with a fee, procedures with at least one online payment in the period. */
  feeProceduresPaidOnline: number;
}

type PartSpec = Omit<IndexPart, 'ratio' | 'score' | 'status'>;

function scored(spec: PartSpec, value: number | null, points: (r: number) => number): IndexPart {
  if (value === null) return { ...spec, ratio: null, score: null, status: 'NO_DATA' };
  return { ...spec, ratio: value, score: round2(Math.min(spec.maxScore, points(value))), status: 'SCORED' };
}

function notTracked(spec: PartSpec): IndexPart {
  return { ...spec, ratio: null, score: null, status: 'NOT_TRACKED' };
}

function group(key: IndexGroupKey, name: string, nameEn: string, parts: IndexPart[]): IndexGroup {
  const counted = parts.filter((p) => p.status === 'SCORED');
  return {
    key,
    name,
    nameEn,
    maxScore: parts.reduce((s, p) => s + p.maxScore, 0),
    score: counted.length ? round2(counted.reduce((s, p) => s + (p.score ?? 0), 0)) : null,
    scoredMaxScore: counted.reduce((s, p) => s + p.maxScore, 0),
    parts,
  };
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Dossiers of the period with a national-portal track, and how many of them the portal has taken. */
export interface SyncTally {
  synced: number;
  total: number;
}

function transparency(sync: SyncTally | null): IndexGroup {
  const dossierSync = { key: 'DOSSIER_SYNC', name: 'Hồ sơ được đồng bộ lên Cổng DVCQG', nameEn: 'Dossiers synchronised with the national portal', formula: '6 × tỷ lệ', maxScore: 6 };
  return group('TRANSPARENCY', 'Công khai, minh bạch', 'Transparency', [
    notTracked({ key: 'PUBLISH_ON_TIME', name: 'TTHC được công bố đúng hạn', nameEn: 'Procedures published on time', formula: '6 × tỷ lệ', maxScore: 6 }),
    notTracked({ key: 'PUBLIC_UPDATE_ON_TIME', name: 'TTHC được cập nhật, công khai đúng hạn', nameEn: 'Procedures updated and made public on time', formula: '4 × tỷ lệ', maxScore: 4 }),
    notTracked({ key: 'PUBLIC_CONTENT_FULL', name: 'TTHC công khai đầy đủ nội dung', nameEn: 'Procedures published in full', formula: '2 × tỷ lệ', maxScore: 2 }),
    sync ? scored(dossierSync, ratio(sync.synced, sync.total), (r) => 6 * r) : notTracked(dossierSync),
  ]);
}

function progress(t: Tally): IndexGroup {
  return group('PROGRESS', 'Tiến độ giải quyết', 'Processing progress', [
    scored(
      { key: 'ON_TIME', name: 'Hồ sơ giải quyết trước hạn, đúng hạn', nameEn: 'Dossiers settled early or on time', formula: '20 × tỷ lệ', maxScore: 20 },
      ratio(t.settledEarly + t.settledOnTime, t.settled),
      (r) => 20 * r,
    ),
  ]);
}

function onlineService(t: Tally, c: CatalogueCoverage): IndexGroup {
  return group('ONLINE_SERVICE', 'Cung cấp dịch vụ công trực tuyến', 'Online public services', [
    scored(
      { key: 'PROCEDURES_ONLINE', name: 'TTHC cung cấp dịch vụ công trực tuyến (A)', nameEn: 'Procedures offered online (A)', formula: 'min(2, 2 × A / 0,8)', maxScore: 2 },
      ratio(c.onlineProcedures, c.procedures),
      (a) => (2 * a) / 0.8,
    ),
    scored(
      { key: 'ONLINE_SERVICES_USED', name: 'Dịch vụ công trực tuyến có phát sinh hồ sơ (B)', nameEn: 'Online services with at least one online dossier (B)', formula: '4 × B', maxScore: 4 },
      ratio(c.onlineProceduresUsed, c.onlineProcedures),
      (b) => 4 * b,
    ),
    scored(
      { key: 'ONLINE_DOSSIERS', name: 'Hồ sơ nộp trực tuyến (C)', nameEn: 'Dossiers submitted online (C)', formula: 'min(6, 6 × C / 0,5)', maxScore: 6 },
      ratio(t.receivedOnline, t.received),
      (r) => (6 * r) / 0.5,
    ),
  ]);
}

function onlinePayment(t: Tally, c: CatalogueCoverage): IndexGroup {
  return group('ONLINE_PAYMENT', 'Thanh toán trực tuyến', 'Online payment', [
    scored(
      { key: 'DOSSIERS_PAID_ONLINE', name: 'Hồ sơ thanh toán trực tuyến (A)', nameEn: 'Payments made online (A)', formula: '6 × A', maxScore: 6 },
      ratio(t.feesPaidOnline, t.feesPaid),
      (a) => 6 * a,
    ),
    scored(
      { key: 'PROCEDURES_PAID_ONLINE', name: 'TTHC có giao dịch thanh toán trực tuyến (B)', nameEn: 'Fee-bearing procedures with an online payment (B)', formula: 'min(2, 2,5 × B)', maxScore: 2 },
      ratio(c.feeProceduresPaidOnline, c.feeProcedures),
      (b) => 2.5 * b,
    ),
    scored(
      // The formula reads 2,5 × C; the decision gives this part 2 points, so it is capped at 2.
      {
        key: 'PROCEDURES_PAYABLE_ONLINE',
        name: 'TTHC có nghĩa vụ tài chính được cung cấp trực tuyến (C)',
        nameEn: 'Fee-bearing procedures payable online (C)',
        formula: 'min(2, 2,5 × C)',
        maxScore: 2,
      },
      ratio(c.feeProceduresOnline, c.feeProcedures),
      (r) => 2.5 * r,
    ),
  ]);
}

function satisfaction(t: Tally): IndexGroup {
  return group('SATISFACTION', 'Mức độ hài lòng', 'Satisfaction', [
    scored(
      { key: 'DOSSIER_SATISFACTION', name: 'Hài lòng trong tiếp nhận, giải quyết TTHC', nameEn: 'Satisfied with intake and processing (4–5 stars)', formula: 'min(6, 6 × tỷ lệ / 0,9)', maxScore: 6 },
      ratio(t.ratingsSatisfied, t.ratings),
      (r) => (6 * r) / 0.9,
    ),
    notTracked({ key: 'PETITION_ON_TIME', name: 'Phản ánh, kiến nghị được xử lý đúng hạn', nameEn: 'Petitions handled on time', formula: '6 × tỷ lệ', maxScore: 6 }),
    notTracked({ key: 'PETITION_SATISFACTION', name: 'Hài lòng trong xử lý phản ánh, kiến nghị', nameEn: 'Satisfied with the handling of petitions', formula: '6 × tỷ lệ', maxScore: 6 }),
  ]);
}

function digitisation(t: Tally): IndexGroup {
  return group('DIGITISATION', 'Số hóa hồ sơ', 'Digitisation', [
    scored(
      { key: 'ELECTRONIC_RESULTS', name: 'Hồ sơ có kết quả giải quyết điện tử', nameEn: 'Results issued electronically', formula: '6 × tỷ lệ', maxScore: 6 },
      ratio(t.resultsDigitised, t.resultsIssued),
      (r) => 6 * r,
    ),
    scored(
      { key: 'DIGITISED_DOSSIERS', name: 'Hồ sơ thực hiện số hóa thành phần hồ sơ', nameEn: 'Dossiers with digitised documents', formula: '4 × tỷ lệ', maxScore: 4 },
      ratio(t.documentsDigitised, t.received),
      (r) => 4 * r,
    ),
    notTracked({ key: 'ELECTRONIC_CERTIFIED_COPY', name: 'Cung cấp dịch vụ chứng thực bản sao điện tử từ bản chính', nameEn: 'Electronic certified copies', formula: '2 × tỷ lệ', maxScore: 2 }),
    scored(
      { key: 'REUSED_DIGITISED_DATA', name: 'Hồ sơ khai thác, sử dụng lại dữ liệu số hóa', nameEn: 'Dossiers reusing digitised data', formula: 'min(2, 2 × tỷ lệ / 0,8)', maxScore: 2 },
      ratio(t.documentsReused, t.received),
      (r) => (2 * r) / 0.8,
    ),
    notTracked({
      key: 'SHARED_FOR_REUSE',
      name: 'Hồ sơ số hóa kết nối, chia sẻ với kho dữ liệu cá nhân trên Cổng DVCQG',
      nameEn: "Digitised dossiers shared with the citizen's national data store",
      formula: '4 × tỷ lệ',
      maxScore: 4,
    }),
    notTracked({
      key: 'POPULATION_DATA_DOSSIERS',
      name: 'Hồ sơ sử dụng thông tin từ CSDL quốc gia về dân cư',
      nameEn: 'Dossiers using the national population database',
      formula: '2 × tỷ lệ',
      maxScore: 2,
    }),
    notTracked({ key: 'POPULATION_DATA_PROCEDURES', name: 'TTHC kết nối, chia sẻ dữ liệu dân cư', nameEn: 'Procedures connected to the population database', formula: '2 × tỷ lệ', maxScore: 2 }),
  ]);
}

export function qualityIndex766(t: Tally, coverage: CatalogueCoverage, sync: SyncTally | null = null): QualityIndex {
  const groups = [transparency(sync), progress(t), onlineService(t, coverage), onlinePayment(t, coverage), satisfaction(t), digitisation(t)];
  const scoredGroups = groups.filter((g) => g.score !== null);
  return {
    maxScore: groups.reduce((s, g) => s + g.maxScore, 0),
    score: scoredGroups.length ? round2(scoredGroups.reduce((s, g) => s + (g.score ?? 0), 0)) : null,
    scoredMaxScore: groups.reduce((s, g) => s + g.scoredMaxScore, 0),
    groups,
  };
}
