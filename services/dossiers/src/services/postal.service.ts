import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '@motcua/platform';
import type { Dossier } from '../entities/dossier.entity';
import { PostalShipment } from '../entities/postal-shipment.entity';
import { s10TrackingNumber } from '../postal/s10';

/** The postal provider: it takes a shipment and gives a tracking number; it reports delivery later. */
export interface PostalProvider {
  createShipment(em: EntityManager, shipment: { dossierCode: string; recipient: string; address: string }): Promise<string>;
}

/**
 * Local sandbox of the public post: issues S10 tracking numbers (EL…VN, Vietnam Post's EMS style) from a
 * sequence; delivery is reported through `reportPostalDelivery`, as the real provider's callback would.
 */
export class SandboxPostalProvider implements PostalProvider {
  async createShipment(em: EntityManager, shipment: { dossierCode: string; recipient: string; address: string }): Promise<string> {
    const [{ serial }] = await em.execute<{ serial: string }[]>(`select nextval('dossiers.postal_serial') as serial`);
    const trackingNumber = s10TrackingNumber('EL', Number(serial));
    em.create(PostalShipment, { trackingNumber, ...shipment, status: 'CREATED' });
    return trackingNumber;
  }
}

export class PostalService {
  constructor(private readonly provider: PostalProvider = new SandboxPostalProvider()) {}

  ship(em: EntityManager, dossier: Dossier): Promise<string> {
    if (!dossier.deliveryAddress) throw new AppError('VALIDATION_FAILED', { details: { fields: [{ field: 'deliveryAddress' }] } });
    return this.provider.createShipment(em, { dossierCode: dossier.code, recipient: dossier.applicant.fullName, address: dossier.deliveryAddress });
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
