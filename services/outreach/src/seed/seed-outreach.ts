import type { EntityManager } from '@mikro-orm/postgresql';
import type { ServiceDeps } from '@motcua/platform';
import { SupportRequestStatus } from '../domain/support-request-state';
import { TargetMetric } from '../domain/target-progress';
import { OutreachEvent, OutreachKind } from '../entities/outreach-event.entity';
import { OutreachTarget } from '../entities/outreach-target.entity';
import { SupportGroup } from '../entities/support-group.entity';
import { SupportChannel, SupportOutcome, SupportRequest } from '../entities/support-request.entity';
import { SupportTeam, SupportTeamKind } from '../entities/support-team.entity';
import { AttendeeRole, TrainingAttendee } from '../entities/training-attendee.entity';
import { TrainingAudience, TrainingSession, TrainingStatus } from '../entities/training-session.entity';
import { Volunteer } from '../entities/volunteer.entity';
import {
  ANSWERS,
  ASKED_PROCEDURES,
  COMMUNES,
  DISTRICT,
  DISTRICT_PATH,
  FAMILY_NAMES,
  FEMALE,
  MALE,
  MATERIALS,
  OFFICIAL_POSITIONS,
  PROVINCE,
  QUESTIONS,
  TODAY_COMMUNES,
  communeOn,
  communePath,
  districtOn,
  fullName,
  hamlet,
  type SeedCommune,
} from './outreach.data';
import { addDays, addMonths, vietnamDay } from '@motcua/platform';

const SEED_AUTHOR = 'seed:outreach';
const DEMO_VOLUNTEER = { subject: 'demo-volunteer', name: 'Trần Thị Bình', unit: '27931' };

/** A small deterministic generator, so every fresh database gets the same demo programme. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)],
  };
}

/** A local wall-clock time in Vietnam (UTC+7) as an instant. */
function at(day: string, hour: number, minute = 0): Date {
  return new Date(`${day}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+07:00`);
}

/**
 * The demo outreach programme of Đức Hòa, 2022 to today, on the units of each record's day: the old district and its
 * twenty communes until 30 June 2025, the province and the seven communes that succeeded them from 1 July 2025 (teams,
 * volunteers and groups, which exist today, on today's communes). District training for commune officials each spring,
 * volunteer and citizen training in every commune (at different times, so "before and after" can be compared),
 * hamlet meetings, the Youth Union's "Mùa hè xanh" each July, teams and volunteers, a Zalo group per commune, the
 * assisted-contact log and targets for 2025 and 2026. Assisted dossiers are not seeded: they come from dossier events.
 * Idempotent: nothing is written if the programme is already there; everything is written in one transaction.
 */
export async function seedOutreach(deps: ServiceDeps, now = new Date()): Promise<void> {
  const em = deps.orm.em.fork();
  if (await em.count(TrainingSession, { createdBy: SEED_AUTHOR })) return;
  await em.transactional(async (tx) => {
    const rng = random(802);
    const today = vietnamDay(now);
    const person = (female = rng.next() < 0.5) => {
      const pool = female ? FEMALE : MALE;
      return `${rng.pick(FAMILY_NAMES)} ${rng.pick(pool.middle)} ${rng.pick(pool.given)}`;
    };
    seedDistrictTraining(tx, rng, person, today);
    COMMUNES.forEach((commune, index) => {
      seedCommuneTraining(tx, rng, person, commune, index, today);
      seedHamletMeetings(tx, rng, commune, index, today);
      seedTargets(tx, rng, commune, 2025);
    });
    TODAY_COMMUNES.forEach((commune) => {
      seedTeams(tx, rng, person, commune);
      const group = seedZaloGroup(tx, rng, person, commune);
      seedSupportRequests(tx, rng, commune, group, now);
      seedTargets(tx, rng, commune, 2026);
    });
    seedSummerCampaigns(tx, rng, today);
    seedDistrictTargets(tx);
  });
  deps.log.info('demo outreach programme seeded');
}

type Rng = ReturnType<typeof random>;
type Person = (female?: boolean) => string;

function session(em: EntityManager, data: Partial<TrainingSession>): TrainingSession {
  return em.create(TrainingSession, { createdBy: SEED_AUTHOR, materials: [], ...data } as TrainingSession);
}

/** Each spring the district trains two officials of every commune at the Public Administration Centre. */
function seedDistrictTraining(em: EntityManager, rng: Rng, person: Person, today: string): void {
  const officials = COMMUNES.map((c) => [0, 1].map((i) => ({ name: person(), position: OFFICIAL_POSITIONS[(i + c.code.length + Number(c.code)) % OFFICIAL_POSITIONS.length], commune: c })));
  for (const [year, month] of [
    [2022, 3],
    [2023, 4],
    [2024, 3],
    [2025, 3],
    [2026, 4],
  ] as const) {
    const day = `${year}-${String(month).padStart(2, '0')}-${String(rng.int(10, 24)).padStart(2, '0')}`;
    if (day > today) continue;
    const organiser = districtOn(day);
    const s = session(em, {
      title: `Tập huấn kỹ năng hướng dẫn người dân sử dụng dịch vụ công trực tuyến năm ${year}`,
      audience: TrainingAudience.OFFICIALS,
      status: TrainingStatus.HELD,
      plan: 'Mục tiêu: mỗi xã, thị trấn có ít nhất 2 công chức hướng dẫn được người dân nộp hồ sơ trực tuyến toàn trình.\nNội dung: tài khoản VNeID; nộp hồ sơ, thanh toán lệ phí trực tuyến; số hóa hồ sơ, kết quả; thực hành.',
      unitCode: organiser.code,
      unitPath: organiser.path,
      startsAt: at(day, 8),
      endsAt: at(day, 16, 30),
      trainer:
        year < 2025
          ? 'Phòng Văn hóa và Thông tin huyện phối hợp VNPT Long An'
          : organiser.code === PROVINCE
            ? 'Trung tâm Phục vụ hành chính công tỉnh Tây Ninh phối hợp VNPT Tây Ninh'
            : 'Trung tâm Phục vụ hành chính công phối hợp VNPT Long An',
      location: organiser.code === PROVINCE ? 'Hội trường Trung tâm Phục vụ hành chính công tỉnh Tây Ninh' : 'Hội trường UBND huyện Đức Hòa',
      materials: [MATERIALS.slides, MATERIALS.portal, MATERIALS.payment, MATERIALS.digitise],
      attendeeCount: 40 + rng.int(0, 6),
    });
    // Most of the same officials come back each year; a few are new.
    for (const pair of officials) {
      for (const official of pair) {
        if (rng.next() < 0.15) official.name = person();
        const commune = communeOn(official.commune, day);
        s.attendees.add(
          em.create(TrainingAttendee, { session: s, fullName: official.name, role: AttendeeRole.OFFICIAL, position: official.position, unitCode: commune.code, unitPath: communePath(commune) }),
        );
      }
    }
  }
}

/** Volunteers first, then citizens, then once a year again; communes start on different weeks so their "before" differs. */
function seedCommuneTraining(em: EntityManager, rng: Rng, person: Person, oldCommune: SeedCommune, index: number, today: string): void {
  // Staggered through spring and summer 2022 (the year the dossier history covers), so each commune has months of
  // figures on both sides of its first session.
  const start = addDays('2022-04-04', index * 9);
  const dates = [start, addMonths(start, 1), addMonths(start, 12), addMonths(start, 24), addMonths(start, 36), addMonths(start, 48)];
  dates.forEach((day, n) => {
    if (day > today) return;
    const commune = communeOn(oldCommune, day);
    const place = `Hội trường UBND ${fullName(commune)}`;
    const volunteers = n % 2 === 0;
    const s = session(em, {
      title: volunteers ? `Tập huấn tình nguyện viên hỗ trợ dịch vụ công trực tuyến – ${fullName(commune)}` : `Hướng dẫn người dân nộp hồ sơ trực tuyến tại ${hamlet(commune, rng.int(1, 6))}`,
      audience: volunteers ? TrainingAudience.VOLUNTEERS : TrainingAudience.CITIZENS,
      status: TrainingStatus.HELD,
      plan: volunteers ? 'Tình nguyện viên nắm quy trình hỗ trợ người dân nộp hồ sơ thay khi có sự đồng ý.' : 'Người dân tự cài đặt VNeID và nộp thử một hồ sơ đăng ký khai sinh hoặc chứng thực.',
      unitCode: commune.code,
      unitPath: communePath(commune),
      startsAt: at(day, volunteers ? 8 : 19),
      endsAt: at(day, volunteers ? 11 : 21),
      trainer: volunteers ? 'Công chức Văn hóa – Xã hội và Tổ công nghệ số cộng đồng' : 'Đoàn Thanh niên và Tổ công nghệ số cộng đồng',
      location: volunteers ? place : `Nhà văn hóa ${hamlet(commune, rng.int(1, 6))}`,
      materials: volunteers ? [MATERIALS.portal, MATERIALS.vneid] : [MATERIALS.video, MATERIALS.vneid],
    });
    const named = volunteers ? rng.int(6, 10) : 0;
    for (let i = 0; i < named; i++) {
      s.attendees.add(
        em.create(TrainingAttendee, {
          session: s,
          fullName: person(),
          role: AttendeeRole.VOLUNTEER,
          position: i === 0 ? 'Bí thư Chi đoàn' : null,
          unitCode: commune.code,
          unitPath: communePath(commune),
        }),
      );
    }
    s.attendeeCount = volunteers ? named + rng.int(0, 3) : rng.int(25, 70);
  });
  // A plan for the coming weeks in some communes.
  if (index % 4 === 0) {
    const day = addDays(today, 10 + index);
    const commune = communeOn(oldCommune, day);
    session(em, {
      title: `Tập huấn nộp hồ sơ đất đai trực tuyến cho người dân – ${fullName(commune)}`,
      audience: TrainingAudience.CITIZENS,
      status: TrainingStatus.PLANNED,
      plan: 'Dự kiến 50 người dân; mời cán bộ địa chính hướng dẫn hồ sơ đất đai một phần trực tuyến.',
      unitCode: commune.code,
      unitPath: communePath(commune),
      startsAt: at(day, 8),
      endsAt: at(day, 11),
      trainer: 'Công chức Địa chính – Xây dựng',
      location: `Hội trường UBND ${fullName(commune)}`,
      materials: [MATERIALS.portal],
    });
  }
}

function event(em: EntityManager, data: Partial<OutreachEvent>): OutreachEvent {
  return em.create(OutreachEvent, { createdBy: SEED_AUTHOR, ...data } as OutreachEvent);
}

/** Evening meetings in the hamlets, a few a year, after the commune's first training. */
function seedHamletMeetings(em: EntityManager, rng: Rng, oldCommune: SeedCommune, index: number, today: string): void {
  let day = addDays('2022-04-04', index * 9 + 18);
  while (day <= today) {
    const commune = communeOn(oldCommune, day);
    const reached = rng.int(40, 140);
    const n = rng.int(1, 6);
    event(em, {
      kind: OutreachKind.HAMLET_MEETING,
      title: `Họp dân ${hamlet(commune, n)}: giới thiệu dịch vụ công trực tuyến`,
      unitCode: commune.code,
      unitPath: communePath(commune),
      place: `Nhà văn hóa ${hamlet(commune, n)}, ${fullName(commune)}`,
      startsAt: at(day, 19),
      endsAt: at(day, 21),
      organiser: 'Ban điều hành ấp và UBMTTQ',
      peopleReached: reached,
      accountsCreated: Math.round(reached * (0.1 + rng.next() * 0.25)),
      dossiersAssisted: rng.int(0, 8),
    });
    day = addDays(day, rng.int(100, 200));
  }
  if (index % 3 === 0 && '2025-10-01' <= today) {
    const commune = communeOn(oldCommune, '2025-10-06');
    event(em, {
      kind: OutreachKind.SUPPORT_POINT,
      title: 'Điểm hỗ trợ dịch vụ công trực tuyến tại Bộ phận một cửa',
      unitCode: commune.code,
      unitPath: communePath(commune),
      place: `Bộ phận một cửa UBND ${fullName(commune)}`,
      startsAt: at('2025-10-06', 7, 30),
      endsAt: at('2025-10-10', 17),
      organiser: 'Tổ công nghệ số cộng đồng',
      peopleReached: rng.int(60, 160),
      accountsCreated: rng.int(15, 40),
      dossiersAssisted: rng.int(10, 30),
    });
  }
}

/** "Mùa hè xanh": every July the Youth Union's volunteers go door to door in a handful of communes. */
function seedSummerCampaigns(em: EntityManager, rng: Rng, today: string): void {
  for (const year of [2022, 2023, 2024, 2025, 2026]) {
    COMMUNES.filter((_, i) => (i + year) % 3 === 0).forEach((oldCommune) => {
      const day = `${year}-07-${String(rng.int(5, 25)).padStart(2, '0')}`;
      if (day > today) return;
      const commune = communeOn(oldCommune, day);
      const reached = rng.int(80, 260);
      event(em, {
        kind: OutreachKind.YOUTH_UNION_CAMPAIGN,
        title: `Chiến dịch Thanh niên tình nguyện hè "Mùa hè xanh" ${year}: hỗ trợ người dân cài đặt VNeID và nộp hồ sơ trực tuyến`,
        unitCode: commune.code,
        unitPath: communePath(commune),
        place: `${hamlet(commune, rng.int(1, 6))} và ${hamlet(commune, rng.int(1, 6))}, ${fullName(commune)}`,
        startsAt: at(day, 7),
        endsAt: at(addDays(day, 2), 17),
        organiser: `Đoàn Thanh niên ${fullName(commune)}`,
        notes: 'Đến từng hộ; ưu tiên người cao tuổi và hộ chưa có điện thoại thông minh.',
        peopleReached: reached,
        accountsCreated: Math.round(reached * (0.25 + rng.next() * 0.2)),
        dossiersAssisted: rng.int(5, 25),
      });
    });
  }
}

/** A community digital team and a Youth Union team in every commune; Hậu Nghĩa's includes the demo volunteer. */
function seedTeams(em: EntityManager, rng: Rng, person: Person, commune: SeedCommune): void {
  const digital = em.create(SupportTeam, {
    kind: SupportTeamKind.COMMUNITY_DIGITAL_TEAM,
    name: `Tổ công nghệ số cộng đồng ${fullName(commune)}`,
    unitCode: commune.code,
    unitPath: communePath(commune),
    leaderName: person(),
    createdBy: SEED_AUTHOR,
  });
  const youth = em.create(SupportTeam, {
    kind: SupportTeamKind.YOUTH_UNION,
    name: `Đội thanh niên tình nguyện ${fullName(commune)}`,
    unitCode: commune.code,
    unitPath: communePath(commune),
    leaderName: person(),
    createdBy: SEED_AUTHOR,
  });
  const members: { name: string; team: SupportTeam; subject: string }[] = [];
  for (let i = 1; i <= rng.int(3, 5); i++) members.push({ name: person(), team: i % 2 ? youth : digital, subject: `seed-volunteer-${commune.code}-${i}` });
  if (commune.code === DEMO_VOLUNTEER.unit) members.unshift({ name: DEMO_VOLUNTEER.name, team: digital, subject: DEMO_VOLUNTEER.subject });
  for (const [i, m] of members.entries()) {
    em.create(Volunteer, {
      fullName: m.name,
      subject: m.subject,
      team: m.team,
      unitCode: commune.code,
      unitPath: communePath(commune),
      joinedOn: addMonths('2023-03-01', i + (Number(commune.code.slice(-2)) % 12)),
      active: i < 4 || rng.next() < 0.5,
      createdBy: SEED_AUTHOR,
    });
  }
}

function seedZaloGroup(em: EntityManager, rng: Rng, person: Person, commune: SeedCommune): SupportGroup {
  const code = Array.from({ length: 6 }, () => 'abcdefghijkmnpqrstuvwxyz23456789'[rng.int(0, 31)]).join('');
  return em.create(SupportGroup, {
    unitCode: commune.code,
    unitPath: communePath(commune),
    name: `Hỗ trợ dịch vụ công trực tuyến – ${fullName(commune)}`,
    link: `https://zalo.me/g/${commune.slug}${code}`,
    admins: [person(), person()],
    memberCount: rng.int(120, 900),
    createdBy: SEED_AUTHOR,
  });
}

/** The log of assisted contacts for the last months: most settled quickly, a few still waiting in the inbox. */
function seedSupportRequests(em: EntityManager, rng: Rng, commune: SeedCommune, group: SupportGroup, now: Date): void {
  const channels = [SupportChannel.COUNTER_GUIDANCE, SupportChannel.HOTLINE, SupportChannel.ZALO, SupportChannel.VOLUNTEER_SESSION];
  const minutes: Record<SupportChannel, [number, number]> = {
    COUNTER_GUIDANCE: [5, 25],
    HOTLINE: [5, 90],
    ZALO: [20, 720],
    VOLUNTEER_SESSION: [10, 45],
  };
  const count = rng.int(4, 8);
  for (let i = 0; i < count; i++) {
    const channel = rng.pick(channels);
    const question = rng.pick(QUESTIONS);
    const recent = i < 2 && rng.next() < 0.6;
    const receivedAt = new Date(now.getTime() - (recent ? rng.int(1, 60) * 3600_000 : rng.int(3, 200) * 86_400_000));
    receivedAt.setUTCHours(rng.int(1, 9), rng.int(0, 59));
    if (receivedAt > now) receivedAt.setTime(now.getTime() - 3600_000);
    const status = recent ? (rng.next() < 0.6 ? SupportRequestStatus.OPEN : SupportRequestStatus.ANSWERED) : SupportRequestStatus.RESOLVED;
    const resolvedAt = status === SupportRequestStatus.RESOLVED ? new Date(receivedAt.getTime() + rng.int(...minutes[channel]) * 60_000) : null;
    const handler = status === SupportRequestStatus.OPEN ? null : channel === SupportChannel.VOLUNTEER_SESSION ? 'Tình nguyện viên' : 'Công chức một cửa';
    em.create(SupportRequest, {
      unitCode: commune.code,
      unitPath: communePath(commune),
      channel,
      question: question.text,
      procedureCode: question.procedure === null ? null : ASKED_PROCEDURES[question.procedure],
      supportGroup: channel === SupportChannel.ZALO ? group : null,
      status,
      answer: status === SupportRequestStatus.OPEN ? null : rng.pick(ANSWERS),
      outcome: resolvedAt ? (rng.next() < 0.55 ? SupportOutcome.SUBMITTED_ONLINE : rng.next() < 0.7 ? SupportOutcome.GUIDED : SupportOutcome.REFERRED_TO_COUNTER) : null,
      receivedAt,
      answeredAt: status === SupportRequestStatus.OPEN ? null : (resolvedAt ?? new Date(receivedAt.getTime() + 30 * 60_000)),
      resolvedAt,
      handledBy: handler ? SEED_AUTHOR : null,
      handledByName: handler,
      createdBy: SEED_AUTHOR,
    } as SupportRequest);
  }
}

function target(em: EntityManager, unitCode: string, unitPath: string, metric: TargetMetric, year: number, value: number, note: string | null = null): void {
  em.create(OutreachTarget, { unitCode, unitPath, metric, periodStart: `${year}-01-01`, periodEnd: `${year}-12-31`, targetValue: value, note, createdBy: SEED_AUTHOR });
}

/** 2025's targets were set for the old communes (in January 2025); 2026's for today's. */
function seedTargets(em: EntityManager, rng: Rng, commune: SeedCommune, year: 2025 | 2026): void {
  const path = communePath(commune);
  const share = 0.5 + rng.int(0, 3) * 0.05 + (year === 2026 ? 0.1 : 0);
  target(em, commune.code, path, TargetMetric.ONLINE_SHARE, year, Math.min(0.9, share));
  target(em, commune.code, path, TargetMetric.PEOPLE_TRAINED, year, rng.int(year === 2025 ? 6 : 20, year === 2025 ? 15 : 40) * 10);
  if (year === 2026) target(em, commune.code, path, TargetMetric.OFFICIALS_TRAINED, 2026, 2);
}

/** The district's targets for 2025; the province's (for former Đức Hòa's work) from 2026. */
function seedDistrictTargets(em: EntityManager): void {
  target(em, DISTRICT, DISTRICT_PATH, TargetMetric.ONLINE_SHARE, 2025, 0.6, 'Theo kế hoạch chuyển đổi số của tỉnh');
  target(em, PROVINCE, PROVINCE, TargetMetric.ONLINE_SHARE, 2026, 0.7, 'Theo kế hoạch chuyển đổi số của tỉnh');
  target(em, PROVINCE, PROVINCE, TargetMetric.PEOPLE_TRAINED, 2026, 2500);
  target(em, PROVINCE, PROVINCE, TargetMetric.OFFICIALS_TRAINED, 2026, 40);
}
