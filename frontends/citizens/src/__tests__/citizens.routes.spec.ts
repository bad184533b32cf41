import { describe, expect, it } from 'vitest';
import { dossierActionOf, matchRoute, paths, sectionOf } from '../citizens.routes';

const CODE = '000.21.25.H39-261126-0001';

describe('matchRoute', () => {
  it('reads every page of the portal, codes with dots included', () => {
    expect(matchRoute('/')).toEqual({ name: 'search' });
    expect(matchRoute('/thu-tuc')).toEqual({ name: 'search' });
    expect(matchRoute('/thu-tuc/1.001193')).toEqual({ name: 'procedure', code: '1.001193' });
    expect(matchRoute('/thu-tuc/1.001193/nop-ho-so')).toEqual({ name: 'submit', code: '1.001193' });
    expect(matchRoute('/tra-cuu')).toEqual({ name: 'track', code: null });
    expect(matchRoute(`/tra-cuu/${CODE}`)).toEqual({ name: 'track', code: CODE });
    expect(matchRoute('/ho-so-cua-toi')).toEqual({ name: 'myDossiers' });
    expect(matchRoute(`/ho-so-cua-toi/${CODE}/`)).toEqual({ name: 'myDossier', code: CODE });
  });

  it('decodes what the address bar encoded', () => {
    expect(matchRoute('/tra-cuu/000%2E21%2E25%2EH39-261126-0001')).toEqual({ name: 'track', code: CODE });
  });

  it('sends anything else to "not found"', () => {
    for (const path of ['/khong-co', '/thu-tuc/1.001193/sua', '/tra-cuu/a/b', '/ho-so-cua-toi/a/b', '/tra-cuu/%E0%A4%A', '/thu-tuc/1/nop-ho-so/x']) {
      expect(matchRoute(path)).toEqual({ name: 'notFound' });
    }
  });

  it('round-trips the paths it builds', () => {
    expect(matchRoute(paths.procedure('1.001193'))).toEqual({ name: 'procedure', code: '1.001193' });
    expect(matchRoute(paths.submit('2.000815'))).toEqual({ name: 'submit', code: '2.000815' });
    expect(matchRoute(paths.track(CODE))).toEqual({ name: 'track', code: CODE });
    expect(matchRoute(paths.myDossier(CODE))).toEqual({ name: 'myDossier', code: CODE });
  });

  it('puts each page under its tab', () => {
    expect(sectionOf({ name: 'submit', code: 'x' })).toBe('procedures');
    expect(sectionOf({ name: 'track', code: null })).toBe('track');
    expect(sectionOf({ name: 'myDossier', code: 'x' })).toBe('mine');
    expect(sectionOf({ name: 'notFound' })).toBeNull();
  });

  it('links a message to the action on the dossier page, and reads it back', () => {
    expect(paths.myDossier(CODE, 'pay')).toBe(`/ho-so-cua-toi/${CODE}?hanh-dong=thanh-toan`);
    const url = new URL(paths.myDossier(CODE, 'rate'), 'https://dichvucong.example');
    expect(matchRoute(url.pathname)).toEqual({ name: 'myDossier', code: CODE });
    expect(dossierActionOf(url.search)).toBe('rate');
    expect(['?hanh-dong=bo-sung', '?hanh-dong=tai-ve', '?hanh-dong=ly-do'].map(dossierActionOf)).toEqual(['supplement', 'download', 'reason']);
    expect(dossierActionOf('?hanh-dong=xoa')).toBeNull();
    expect(dossierActionOf('')).toBeNull();
  });
});
