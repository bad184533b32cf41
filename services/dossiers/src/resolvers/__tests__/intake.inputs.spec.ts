import 'reflect-metadata';
import { validate } from 'class-validator';
import { describe, expect, it } from 'vitest';
import { ApplicantInput } from '../intake.inputs';

const applicant = (idNumber: string) => Object.assign(new ApplicantInput(), { fullName: 'Nguyễn Văn An', idNumber, phone: '0912345678', address: 'Khu phố 1, xã Hậu Nghĩa' });

describe('ApplicantInput.idNumber', () => {
  it('accepts the 12-digit personal identification number', async () => {
    expect(await validate(applicant('080090001234'))).toEqual([]);
  });

  it("refuses a 9-digit CMND under the constraint 'personalIdNumber'", async () => {
    const errors = await validate(applicant('301234567'));
    expect(errors.map((e) => [e.property, Object.keys(e.constraints ?? {})])).toEqual([['idNumber', ['personalIdNumber']]]);
    expect(Object.values(errors[0]!.constraints!)[0]).toMatch(/12 chữ số.*12 digits/);
  });
});

describe('ApplicantInput.fullName', () => {
  it("refuses spaces only, zero-width characters and U+202E under the constraint 'personName' (issue 12)", async () => {
    for (const fullName of ['     ', '\u200b\u200b\u200b', '\u202eNguyễn Văn An']) {
      const errors = await validate(Object.assign(applicant('080090001234'), { fullName }));
      expect(
        errors.map((e) => [e.property, Object.keys(e.constraints ?? {})]),
        JSON.stringify(fullName),
      ).toEqual([['fullName', ['personName']]]);
    }
  });
});
