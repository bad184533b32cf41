import { describe, expect, it } from 'vitest';
import { DossierStatus } from '../../domain/dossier-state';
import { MESSAGE_TEMPLATES, MissingTemplateParams, portalLink, renderTemplate, templateForStatus } from '../templates';

const received = templateForStatus(DossierStatus.RECEIVED)!;

describe('message templates', () => {
  it('are complete: both languages, a ZNS template id, every placeholder declared', () => {
    const ids = new Set<string>();
    for (const template of MESSAGE_TEMPLATES) {
      expect(template.znsTemplateId).toMatch(/^\d+$/);
      ids.add(template.znsTemplateId);
      for (const text of [template.text.vi, template.text.en, template.subject.vi, template.subject.en]) {
        const used = [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
        expect(template.params).toEqual(expect.arrayContaining(used));
      }
      expect(template.text.vi).toContain('{link}');
    }
    expect(ids.size).toBe(MESSAGE_TEMPLATES.length);
  });

  it('render Vietnamese with diacritics and English', () => {
    const values = { code: 'H52-250101-0001', dueDate: '10/01/2025', link: 'https://x.vn/tra-cuu/H52-250101-0001' };
    expect(renderTemplate(received, values, 'vi').text).toBe('Hồ sơ H52-250101-0001 đã được tiếp nhận, hẹn trả kết quả ngày 10/01/2025. Theo dõi: https://x.vn/tra-cuu/H52-250101-0001');
    expect(renderTemplate(received, values, 'en').subject).toBe('Dossier H52-250101-0001 received');
    expect(renderTemplate(received, values, 'vi').params).toEqual(values);
  });

  it('refuse a missing parameter and name it', () => {
    const attempt = () => renderTemplate(received, { code: 'H52-250101-0001', link: 'https://x.vn', dueDate: ' ' }, 'vi');
    expect(attempt).toThrow(MissingTemplateParams);
    expect(attempt).toThrow(/dueDate/);
  });

  it('link to the page where the citizen acts', () => {
    const code = '000.00.27.H52-250101-0001';
    expect(portalLink('https://dvc.vn/', 'pay', code, true)).toBe(`https://dvc.vn/thanh-toan/${code}`);
    expect(portalLink('https://dvc.vn', 'supplement', code, true)).toBe(`https://dvc.vn/ho-so-cua-toi/${code}?hanh-dong=bo-sung`);
    expect(portalLink('https://dvc.vn', 'rate', code, true)).toBe(`https://dvc.vn/ho-so-cua-toi/${code}?hanh-dong=danh-gia`);
    expect(portalLink('https://dvc.vn', 'rate', code, false)).toBe(`https://dvc.vn/tra-cuu/${code}`);
    expect(portalLink('https://dvc.vn', 'follow', code, true)).toBe(`https://dvc.vn/tra-cuu/${code}`);
  });
});
