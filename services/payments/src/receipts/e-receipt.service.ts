import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { renderPdf, resolveDocumentFonts, signerCertificate, signPdf, type SigningCredentials } from '@motcua/pdf';
import { parseReceiptNumber } from '../domain/receipt-number';
import { PaymentMethod, type Payment } from '../entities/payment.entity';
import { eReceiptDefinition } from './e-receipt.document';
import type { ReceiptSettings } from './receipt-settings';

export interface IssuedReceipt {
  pdf: Buffer;
  signerName: string;
  signedAt: Date;
}

/**
 * The e-receipt of a confirmed payment: rendered and signed by the collecting body the first time it is asked
 * for, then kept and served as issued (a receipt does not change afterwards; a refund is recorded on its own).
 */
export class EReceiptService {
  constructor(
    private readonly settings: ReceiptSettings,
    private readonly credentials: SigningCredentials,
  ) {}

  async receiptOf(em: EntityManager, payment: Payment, issuerName: string): Promise<IssuedReceipt> {
    const kept = await this.kept(em, payment.id);
    if (kept) return kept;
    const issued = await this.issue(payment, issuerName);
    // Two first requests at once: the first row stays, the second request serves it.
    await em.execute(`insert into payments.e_receipt (payment_id, pdf, sha256, signer_name, signed_at) values (?, ?, ?, ?, ?) on conflict (payment_id) do nothing`, [
      payment.id,
      issued.pdf,
      createHash('sha256').update(issued.pdf).digest('hex'),
      issued.signerName,
      issued.signedAt,
    ]);
    return (await this.kept(em, payment.id)) ?? issued;
  }

  private async kept(em: EntityManager, paymentId: string): Promise<IssuedReceipt | null> {
    const [row] = await em.execute<{ pdf: Buffer; signer_name: string; signed_at: Date }[]>(`select pdf, signer_name, signed_at from payments.e_receipt where payment_id = ?`, [paymentId]);
    return row ? { pdf: row.pdf, signerName: row.signer_name, signedAt: new Date(row.signed_at) } : null;
  }

  private async issue(payment: Payment, issuerName: string): Promise<IssuedReceipt> {
    const unitCode = payment.unitCode ?? null;
    const credential = this.credentials.credentialFor({ unitCode: unitCode ?? 'default', name: issuerName });
    const parsed = parseReceiptNumber(payment.receiptNumber ?? '');
    const signedAt = new Date();
    const fonts = resolveDocumentFonts();
    const definition = eReceiptDefinition(
      {
        templateSymbol: this.settings.templateSymbol,
        series: parsed ? `BL-${parsed.unitCode}-${parsed.year}` : (payment.receiptNumber ?? ''),
        number: parsed ? String(parsed.sequence).padStart(6, '0') : '',
        issuer: { name: issuerName, unitCode, taxCode: unitCode ? (this.settings.taxCodes.get(unitCode) ?? null) : null },
        payer: { name: payment.payerName ?? '', dossierCode: payment.dossierCode },
        items: payment.items,
        totalVnd: payment.amount,
        paidAt: payment.paidAt ?? payment.createdAt,
        method: payment.method === PaymentMethod.CASH ? 'Tiền mặt tại quầy' : 'Trực tuyến qua VNPay',
        transactionNo: payment.providerTransactionNo ?? null,
        collectedBy: payment.collectedByName ?? null,
        signerName: signerCertificate(credential).commonName,
        signedAt,
      },
      fonts,
    );
    const signed = await signPdf(await renderPdf(definition, fonts), credential, {
      reason: `Biên lai thu phí, lệ phí số ${payment.receiptNumber}`,
      location: issuerName,
      signedAt,
    });
    return { pdf: signed.pdf, signerName: signed.signerName, signedAt };
  }
}
