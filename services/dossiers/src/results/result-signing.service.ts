import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, type Logger } from '@motcua/platform';
import { signPdf, type SignedPdf, type SigningCredentials } from '@motcua/pdf';
import { peoplesCommitteeOf } from '../documents/issuing-agency';
import type { Dossier } from '../entities/dossier.entity';
import { StoredFile } from '../entities/stored-file.entity';
import type { FileStorage } from '../files/file-storage';
import type { ProcedureRulesClient } from '../services/procedure-rules.client';

export interface SignedResult {
  file: StoredFile;
  signerName: string;
  signedAt: Date;
}

async function bytesOf(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

/**
 * Signs an electronic result on behalf of the body that issues it: the People's Committee of the unit settling the
 * dossier, as the unit was named that day. The signed copy is stored as a file of its own (the approver's upload stays
 * as it was). A scan in JPEG or PNG, or a PDF too damaged to parse, cannot carry a PDF signature: it is issued
 * unsigned, and `Dossier.result.signed` says so to the citizen and the staff. A missing, unreadable or expired
 * certificate fails the approval with a coded error: an unsigned result is never issued in a signed one's stead.
 */
export class ResultSigner {
  constructor(
    private readonly credentials: SigningCredentials,
    private readonly storage: FileStorage,
    private readonly rules: ProcedureRulesClient,
    private readonly log: Logger,
  ) {}

  /** `decidedAt` names the unit as it was then (the seed decides in the past); the signature bears the real time. */
  async sign(em: EntityManager, dossier: Dossier, file: StoredFile, decidedAt: Date): Promise<SignedResult | null> {
    if (file.mimeType !== 'application/pdf') return null;
    const unit = await this.rules.unit(dossier.currentUnitCode, decidedAt);
    const body = peoplesCommitteeOf(unit.name);
    const original = await bytesOf(await this.storage.read(file.storageKey));
    let signed: SignedPdf;
    try {
      signed = await signPdf(original, this.credentials.credentialFor({ unitCode: unit.code, name: body }), {
        reason: `Kết quả giải quyết thủ tục hành chính, hồ sơ ${dossier.code}`,
        location: unit.name,
      });
    } catch (err) {
      if (!(err instanceof AppError && err.code === 'FILE_REJECTED')) throw err;
      this.log.warn({ code: dossier.code, fileId: file.id }, 'result PDF cannot be parsed; issued unsigned');
      return null;
    }
    const sha256 = createHash('sha256').update(signed.pdf).digest('hex');
    await this.storage.put(sha256, signed.pdf);
    const copy = em.create(StoredFile, {
      sha256,
      mimeType: 'application/pdf',
      size: signed.pdf.length,
      originalName: file.originalName,
      ownerSubject: file.ownerSubject,
      applicantSubject: file.applicantSubject ?? null,
      storageKey: sha256,
      digitised: true,
    });
    return { file: copy, signerName: signed.signerName, signedAt: signed.signedAt };
  }
}
