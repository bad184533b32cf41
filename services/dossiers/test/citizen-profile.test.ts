import { beforeAll, describe, expect, it } from 'vitest';
import { errorCode } from '@motcua/stack';
import { gateway } from './support';

const PROFILE = 'query { myProfile { idNumber phone address email consentedAt } }';
const SAVE = 'mutation($input: CitizenProfileInput!) { saveMyProfile(input: $input) { idNumber phone address email consentedAt } }';
const KEPT = { idNumber: '080090001234', phone: '0912345678', address: 'Khu phố 1, xã Hậu Nghĩa, tỉnh Tây Ninh', email: 'an@example.vn' };

let citizen: string;
let intake: string;

beforeAll(async () => {
  [citizen, intake] = await Promise.all(['citizen', 'intake'].map((u) => gateway.login(u)));
});

describe("a citizen's kept details", () => {
  it('are kept only with consent, read back by their owner alone, and deleted when the consent is withdrawn', async () => {
    await gateway.data('mutation { deleteMyProfile }', {}, citizen);
    expect((await gateway.data<{ myProfile: null }>(PROFILE, {}, citizen)).myProfile).toBeNull();

    expect(errorCode(await gateway.graphql(SAVE, { input: { ...KEPT, consent: false } }, citizen))).toBe('VALIDATION_FAILED');
    expect(errorCode(await gateway.graphql(SAVE, { input: { ...KEPT, idNumber: '123456789', consent: true } }, citizen))).toBe('VALIDATION_FAILED');
    expect(errorCode(await gateway.graphql(SAVE, { input: { ...KEPT, consent: true } }, intake))).toBe('FORBIDDEN');

    const saved = await gateway.data<{ saveMyProfile: typeof KEPT & { consentedAt: string } }>(SAVE, { input: { ...KEPT, email: null, consent: true } }, citizen);
    expect(saved.saveMyProfile).toMatchObject({ ...KEPT, email: null });
    expect(new Date(saved.saveMyProfile.consentedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect((await gateway.data<{ myProfile: unknown }>(PROFILE, {}, citizen)).myProfile).toMatchObject({ ...KEPT, email: null });
    expect(errorCode(await gateway.graphql(PROFILE, {}, intake))).toBe('FORBIDDEN');

    expect((await gateway.data<{ deleteMyProfile: boolean }>('mutation { deleteMyProfile }', {}, citizen)).deleteMyProfile).toBe(true);
    expect((await gateway.data<{ myProfile: null }>(PROFILE, {}, citizen)).myProfile).toBeNull();
  });
});
