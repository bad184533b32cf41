import { atVietnamTime, DEMO_ACCOUNTS, type ServiceDeps, vietnamParts } from '@motcua/platform';
import { createHash } from 'node:crypto';
import { DeliveryMethod, Dossier } from '../entities/dossier.entity';
import { StoredFile } from '../entities/stored-file.entity';
import type { FileStorage } from '../files/file-storage';
import { noteOfficer } from '../services/officers';
import { whenCatalogueAnswers } from '../services/when-catalogue-answers';
import type { ApplicantInput, SubmitDossierInput } from '../resolvers/intake.inputs';
import type { Actor } from '../services/actor';
import { dossierServices, procedureRules } from '../services/container';
import type { ProcedureRules } from '../services/procedure-rules.client';
import { SuccessionHandoverService } from '../services/succession-handover.service';
import { DEMO_APPLICANTS, SAMPLE_PDF } from './demo-data';
import type { FormFieldRule } from '../domain/form-values';

const HAU_NGHIA = '27931';
const TAY_NINH = '80';
/** Former xã Đức Hòa Thượng (until 30 June 2025), split between xã Đức Lập and xã Mỹ Hạnh. */
const DUC_HOA_THUONG = '27967';
const DAY = 24 * 3600_000;

/** The one-stop officer of former xã Đức Hòa Thượng, who received its dossiers in June 2025 (no demo account). */
const DUC_HOA_THUONG_OFFICER: Actor = { subject: 'seed-officer-27967', name: 'Nguyễn Thị Thu', roles: ['INTAKE', 'HANDLER'], unitCode: DUC_HOA_THUONG };

type Step = (s: ReturnType<typeof dossierServices>, code: string) => Promise<unknown>;

interface Scenario {
  procedure: string;
  unit?: string;
  channel: 'ONLINE' | 'COUNTER' | 'VOLUNTEER';
  delivery: DeliveryMethod;
  /** When it was submitted, in days before now, or on a given moment of the past (history before the reform). */
  daysAgo: number;
  at?: Date;
  /** Who takes it at the counter, or receives it online (default: the demo intake officer). */
  officer?: Actor;
  applicant?: ApplicantInput;
  /** Later steps, each a couple of office hours apart. */
  steps: Step[];
}

/**
 * Demo data: dossiers of xã Hậu Nghĩa in every state, made by the real use cases with a clock set in the past,
 * so codes, due dates, pauses, audit trail and notifications are all what the system itself produces. A few
 * were received in June 2025 by units that ended on 30 June (thị trấn Hậu Nghĩa, xã Đức Hòa Thượng) and were
 * still in progress on 1 July: the succession handover then passes them on, as it does at every start.
 */
export async function seedDemoDossiers(deps: ServiceDeps, storage: FileStorage): Promise<void> {
  const em = deps.orm.em.fork();
  // The demo officers are known before anyone signs in, so a dossier can be assigned to them at once.
  for (const account of DEMO_ACCOUNTS) await noteOfficer(em, account);
  if ((await em.count(Dossier, {})) === 0) await seedScenarios(deps, storage, em);
  await whenCatalogueAnswers(() => new SuccessionHandoverService(em.fork(), procedureRules, deps.log).run());
}

async function seedScenarios(deps: ServiceDeps, storage: FileStorage, em: ServiceDeps['orm']['em']): Promise<void> {
  const actors = Object.fromEntries(DEMO_ACCOUNTS.map((a) => [a.username, { subject: a.subject, name: a.fullName, roles: a.roles, unitCode: a.unitCode } as Actor]));
  const { citizen, volunteer, intake, handler, approver } = actors;
  let clock = new Date();
  const services = () => dossierServices(em.fork(), () => clock);
  const catalogueCheck = services();
  await whenCatalogueAnswers(() => catalogueCheck.rules.current('1.001193'));

  const receive: Step = (s, code) => s.intake.receive(intake, code);
  const start: Step = (s, code) => s.processing.startProcessing(handler, code, null);
  const atDucHoaThuong =
    (step: (s: ReturnType<typeof dossierServices>, code: string, officer: Actor) => Promise<unknown>): Step =>
    (s, code) =>
      step(s, code, DUC_HOA_THUONG_OFFICER);
  const step: Step = (s, code) => s.processing.recordStep(handler, code, 'Thẩm định hồ sơ, đủ điều kiện');
  const approve =
    (withResult: boolean): Step =>
    async (s, code) =>
      s.processing.approve(approver, code, withResult ? [await storeSample(em, storage, approver.subject, 'ket-qua.pdf')] : [], 'Đồng ý');

  const scenarios: Scenario[] = [
    { procedure: '1.001193', channel: 'ONLINE', delivery: DeliveryMethod.ONLINE, daysAgo: 0.05, steps: [] },
    { procedure: '1.000656', channel: 'ONLINE', delivery: DeliveryMethod.PICKUP, daysAgo: 0.2, steps: [] },
    { procedure: '1.004837', channel: 'ONLINE', delivery: DeliveryMethod.PICKUP, daysAgo: 1, steps: [receive] },
    {
      procedure: '1.001193',
      channel: 'ONLINE',
      delivery: DeliveryMethod.ONLINE,
      daysAgo: 1.5,
      steps: [(s, c) => s.intake.requestSupplement(intake, c, ['Giấy chứng sinh bản rõ nét'], 'Bản chụp bị mờ')],
    },
    { procedure: '1.004873', channel: 'ONLINE', delivery: DeliveryMethod.PICKUP, daysAgo: 1, steps: [receive] },
    { procedure: '2.000815', channel: 'COUNTER', delivery: DeliveryMethod.PICKUP, daysAgo: 0.5, steps: [start, step] },
    { procedure: '1.000656', channel: 'COUNTER', delivery: DeliveryMethod.PICKUP, daysAgo: 2, steps: [start, approve(false)] },
    { procedure: '1.004837', channel: 'ONLINE', delivery: DeliveryMethod.PICKUP, daysAgo: 3, steps: [receive, start, approve(false), (s, c) => s.results.callForPickup(intake, c, 2)] },
    { procedure: '1.001193', channel: 'ONLINE', delivery: DeliveryMethod.ONLINE, daysAgo: 3, steps: [receive, start, approve(true)] },
    {
      procedure: '1.001193',
      channel: 'ONLINE',
      delivery: DeliveryMethod.ONLINE,
      daysAgo: 6,
      steps: [receive, start, approve(true), (s, c) => s.results.download(citizen, c), (s, c) => s.results.rate(citizen, c, 5, 'Nhanh, không phải đi lại')],
    },
    {
      procedure: '1.000656',
      channel: 'VOLUNTEER',
      delivery: DeliveryMethod.PICKUP,
      daysAgo: 8,
      steps: [receive, start, approve(false), (s, c) => s.results.returnAtCounter(intake, c, 'Trần Văn Bảy')],
    },
    { procedure: '1.004837', channel: 'ONLINE', delivery: DeliveryMethod.POST, daysAgo: 5, steps: [receive, start, approve(false)] },
    { procedure: '1.000656', channel: 'ONLINE', delivery: DeliveryMethod.PICKUP, daysAgo: 4, steps: [(s, c) => s.intake.refuse(intake, c, 'Người nộp không thuộc địa bàn giải quyết của xã')] },
    { procedure: '1.001193', channel: 'ONLINE', delivery: DeliveryMethod.ONLINE, daysAgo: 4, steps: [(s, c) => s.intake.withdraw(citizen, c, 'Nộp nhầm thủ tục')] },
    { procedure: '2.000815', channel: 'COUNTER', delivery: DeliveryMethod.PICKUP, daysAgo: 7, steps: [start, (s, c) => s.processing.stop(intake, c, 'Công dân đề nghị dừng')] },
    { procedure: '1.004837', channel: 'COUNTER', delivery: DeliveryMethod.PICKUP, daysAgo: 12, steps: [start, step] },
    // The fee is due before processing and not paid yet (the payments seed pays the older one above).
    { procedure: '1.004884', channel: 'ONLINE', delivery: DeliveryMethod.PICKUP, daysAgo: 0.6, steps: [receive] },
    // Sent to the province (the land registration office branch) for the cadastral records: it waits in the
    // inbox of the `province` demo officer.
    {
      procedure: '1.012812',
      channel: 'ONLINE',
      delivery: DeliveryMethod.PICKUP,
      daysAgo: 2.5,
      steps: [receive, start, (s, c) => s.processing.transfer(handler, c, TAY_NINH, 'Đề nghị Chi nhánh Văn phòng đăng ký đất đai cung cấp hồ sơ địa chính thửa đất')],
    },
    // In flight on 1 July 2025. Taken at the counter of thị trấn Hậu Nghĩa under its old agency code: passes whole to xã Hậu Nghĩa.
    {
      procedure: '1.004837',
      channel: 'COUNTER',
      delivery: DeliveryMethod.PICKUP,
      daysAgo: 0,
      at: vietnamTime('2025-06-20T09:30'),
      applicant: { fullName: 'Trương Văn Nghĩa', idNumber: '080079003388', phone: '0938447788', address: 'Khu phố 3, thị trấn Hậu Nghĩa, huyện Đức Hòa, tỉnh Long An', email: null },
      steps: [start, step],
    },
    // Xã Đức Hòa Thượng was split: the address names neither successor, so the first by code (xã Đức Lập) takes it…
    {
      procedure: '1.001193',
      channel: 'ONLINE',
      delivery: DeliveryMethod.PICKUP,
      daysAgo: 0,
      at: vietnamTime('2025-06-25T14:10'),
      officer: DUC_HOA_THUONG_OFFICER,
      applicant: { fullName: 'Đỗ Văn Tài', idNumber: '080092006135', phone: '0918223344', address: 'Ấp Bình Tả 1, xã Đức Hòa Thượng, huyện Đức Hòa, tỉnh Long An', email: null },
      steps: [atDucHoaThuong((s, c, o) => s.intake.receive(o, c)), atDucHoaThuong((s, c, o) => s.processing.startProcessing(o, c, null))],
    },
    // …and this one goes to xã Mỹ Hạnh, which the applicant's address names.
    {
      procedure: '1.000656',
      channel: 'ONLINE',
      delivery: DeliveryMethod.PICKUP,
      daysAgo: 0,
      at: vietnamTime('2025-06-27T10:45'),
      officer: DUC_HOA_THUONG_OFFICER,
      applicant: { fullName: 'Huỳnh Thị Lệ', idNumber: '080188004412', phone: '0903556677', address: 'Ấp Bình Tiền 2, xã Mỹ Hạnh (trước đây xã Đức Hòa Thượng), tỉnh Tây Ninh', email: null },
      steps: [atDucHoaThuong((s, c, o) => s.intake.receive(o, c))],
    },
  ];

  for (const [i, scenario] of scenarios.entries()) {
    clock = scenario.at ?? officeTime(new Date(Date.now() - scenario.daysAgo * DAY));
    const s = services();
    const rules = await s.rules.inForce(scenario.procedure, clock);
    const officer = scenario.officer ?? intake;
    const submitter = scenario.channel === 'COUNTER' ? officer : scenario.channel === 'VOLUNTEER' ? volunteer : citizen;
    const input = await demoInput(em, storage, rules, scenario, submitter, i);
    const dossier = scenario.channel === 'COUNTER' ? await s.intake.receiveAtCounter(officer, input) : await s.intake.submitOnline(submitter, input);
    for (const next of scenario.steps) {
      clock = new Date(Math.min(clock.getTime() + 2 * 3600_000, Date.now() - 60_000));
      await next(services(), dossier.code);
    }
  }
  deps.log.info({ dossiers: scenarios.length }, 'demo dossiers seeded');
}

/** A moment of the past as read on a Vietnamese wall clock, 'YYYY-MM-DDTHH:mm'. */
function vietnamTime(local: string): Date {
  return new Date(`${local}:00+07:00`);
}

/** The demo moments fall in office hours so the due dates look like a real day at the counter. */
function officeTime(at: Date): Date {
  const { day, minuteOfDay } = vietnamParts(at);
  if (minuteOfDay >= 8 * 60 && minuteOfDay < 16 * 60) return at;
  const back = atVietnamTime(day, 9 * 60 + 15);
  return back > new Date() ? new Date(back.getTime() - DAY) : back;
}

async function demoInput(em: ServiceDeps['orm']['em'], storage: FileStorage, rules: ProcedureRules, scenario: Scenario, submitter: Actor, index: number): Promise<SubmitDossierInput> {
  const applicant = DEMO_APPLICANTS[index % DEMO_APPLICANTS.length];
  const owner = submitter;
  const documents = [];
  for (const requirement of rules.requiredDocuments.filter((r) => r.mandatory)) {
    documents.push({ requirementId: requirement.id, fileId: await storeSample(em, storage, owner.subject, `${requirement.id}.pdf`, scenario.channel === 'ONLINE' ? owner.subject : null) });
  }
  const formData = Object.fromEntries(rules.formFields.map((f) => [f.key, sampleValue(f)]));
  return {
    procedureCode: rules.code,
    unitCode: scenario.unit ?? scenario.officer?.unitCode ?? HAU_NGHIA,
    applicant: scenario.applicant ?? (scenario.channel === 'ONLINE' && index % 3 === 0 ? DEMO_APPLICANTS[0] : applicant),
    documents,
    deliveryMethod: scenario.delivery,
    deliveryAddress: null,
    formData,
    applicantConsent: scenario.channel === 'VOLUNTEER' ? true : null,
  };
}

async function storeSample(em: ServiceDeps['orm']['em'], storage: FileStorage, owner: string, name: string, applicantSubject: string | null = null): Promise<string> {
  const sha256 = createHash('sha256').update(SAMPLE_PDF).digest('hex');
  await storage.put(sha256, SAMPLE_PDF);
  const file = em.create(StoredFile, { sha256, mimeType: 'application/pdf', size: SAMPLE_PDF.length, originalName: name, ownerSubject: owner, applicantSubject, storageKey: sha256, digitised: true });
  await em.flush();
  return file.id;
}

/** A value of the field's type, as a person would fill it in. */
function sampleValue(field: FormFieldRule): string {
  if (field.type === 'date') return '2025-03-12';
  if (field.type === 'select') return field.options?.[0] ?? '';
  if (field.type === 'number') return '1';
  return `${field.label} (mẫu)`;
}
