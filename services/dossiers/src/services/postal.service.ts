import { randomInt } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '@motcua/platform';
import type { Dossier } from '../entities/dossier.entity';
import { PostalShipment } from '../entities/postal-shipment.entity';
import { s10TrackingNumber } from '../postal/s10';

/** The postal provider: it takes a shipment and gives a tracking number; it reports delivery later. */
export interface PostalProvider {
  createShipment(em: EntityManager, shipment: { dossierCode: string; recipient: string; address: string }): Promise<string>;
}

/** A random 8-digit S10 serial: a sequence let an officer compute another commune's tracking numbers (issue 12). */
const randomS10Serial = (): number => randomInt(0, 100_000_000);

/**
 * Local sandbox of the public post: issues S10 tracking numbers (EL…VN, Vietnam Post's EMS style) from random
 * serials, never one already issued; delivery is reported through `reportPostalDelivery`, as the real provider's
 * callback would.
 */
export class SandboxPostalProvider implements PostalProvider {
  constructor(private readonly serial: () => number = randomS10Serial) {}

  async createShipment(em: EntityManager, shipment: { dossierCode: string; recipient: string; address: string }): Promise<string> {
    const trackingNumber = await this.unusedTrackingNumber(em);
    em.create(PostalShipment, { trackingNumber, ...shipment, status: 'CREATED' });
    return trackingNumber;
  }

  private async unusedTrackingNumber(em: EntityManager): Promise<string> {
    for (let attempt = 0; attempt < 10; attempt++) {
      const trackingNumber = s10TrackingNumber('EL', this.serial());
      if (!(await em.findOne(PostalShipment, { trackingNumber }))) return trackingNumber;
    }
    throw new AppError('INTERNAL', { details: { reason: 'no free postal serial' } });
  }
}

export class PostalService {
  constructor(private readonly provider: PostalProvider = new SandboxPostalProvider()) {}

  ship(em: EntityManager, dossier: Dossier): Promise<string> {
    if (!dossier.deliveryAddress) throw new AppError('VALIDATION_FAILED', { details: { fields: [{ field: 'deliveryAddress' }] } });
    return this.provider.createShipment(em, { dossierCode: dossier.code, recipient: dossier.applicant.fullName, address: dossier.deliveryAddress });
  }

  /** The dossier a tracking number was issued for, so the reporting officer's unit can be checked first. */
  async dossierCodeOf(em: EntityManager, trackingNumber: string): Promise<string> {
    const shipment = await em.findOne(PostalShipment, { trackingNumber });
    if (!shipment) throw new AppError('NOT_FOUND', { details: { trackingNumber } });
    return shipment.dossierCode;
  }

  /** The provider's delivery report: marks the shipment and hands back the dossier code to return. */
  async delivered(em: EntityManager, trackingNumber: string): Promise<string> {
    const shipment = await em.findOne(PostalShipment, { trackingNumber });
    if (!shipment) throw new AppError('NOT_FOUND', { details: { trackingNumber } });
    if (shipment.status === 'DELIVERED') throw new AppError('CONFLICT', { message: { vi: 'Bưu gửi đã được báo phát.', en: 'This shipment was already reported delivered.' } });
    shipment.status = 'DELIVERED';
    shipment.deliveredAt = new Date();
    await em.flush();
    return shipment.dossierCode;
  }
}
