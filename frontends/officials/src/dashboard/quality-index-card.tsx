import { Badge, Card, useLang, useT } from '@motcua/ui';
import { formatPoints, formatShare } from '../common/format';
import { dashboardMessages } from './dashboard.messages';
import styles from './dashboard.module.css';
import type { IndexPart, QualityIndex } from './indicators.query';

const lost = (p: IndexPart) => (p.status === 'SCORED' && p.score !== null ? p.maxScore - p.score : 0);

/**
 * The Decision 766 index as the national portal scores it: each group with its parts, the formula, the ratio and the
 * points, so a leader sees which part costs points. Parts this system cannot measure say so instead of scoring zero.
 */
export function QualityIndexCard({ index }: { index: QualityIndex }) {
  const t = useT(dashboardMessages);
  const lang = useLang();
  const name = (x: { name: string; nameEn: string }) => (lang === 'en' ? x.nameEn : x.name);
  const parts = index.groups.flatMap((g) => g.parts);
  const worst = parts.reduce<IndexPart | null>((w, p) => (lost(p) > (w ? lost(w) : 0) ? p : w), null);
  return (
    <Card title={t('index.heading')}>
      <p className={styles.muted}>{t('index.description')}</p>
      <div className={styles.indexTotal}>
        <strong className={styles.indexScore}>{t('index.total', { score: formatPoints(index.score, lang), max: formatPoints(index.scoredMaxScore, lang) })}</strong>
        <span className={styles.muted}>{t('index.scoredOf', { scored: formatPoints(index.scoredMaxScore, lang), max: formatPoints(index.maxScore, lang) })}</span>
      </div>
      {worst && <p className={styles.worst}>{t('index.worst', { part: name(worst), lost: formatPoints(lost(worst), lang) })}</p>}
      <div className={styles.indexGroups}>
        {index.groups.map((group) => (
          <section key={group.key} className={styles.indexGroup} aria-labelledby={`index-${group.key}`}>
            <h3 id={`index-${group.key}`} className={styles.indexGroupTitle}>
              <span>{name(group)}</span>
              <span className={styles.number}>{group.score === null ? t('index.notScored') : `${formatPoints(group.score, lang)} / ${formatPoints(group.scoredMaxScore, lang)}`}</span>
            </h3>
            {group.scoredMaxScore < group.maxScore && <p className={styles.groupNote}>{t('index.groupOf', { max: formatPoints(group.maxScore, lang) })}</p>}
            {group.scoredMaxScore > 0 && (
              <div className={styles.meter} aria-hidden="true">
                <span style={{ width: `${Math.min(100, ((group.score ?? 0) / group.scoredMaxScore) * 100)}%` }} />
              </div>
            )}
            <ul className={styles.parts}>
              {group.parts.map((part) => (
                <li key={part.key} className={styles.part}>
                  <div className={styles.partHead}>
                    <span className={styles.partName}>{name(part)}</span>
                    {part.status === 'SCORED' ? (
                      <span className={styles.number}>
                        {formatPoints(part.score, lang)} / {formatPoints(part.maxScore, lang)}
                      </span>
                    ) : (
                      <Badge tone="neutral">{t(`index.status.${part.status}`)}</Badge>
                    )}
                  </div>
                  <div className={styles.partDetail}>
                    <span>
                      {t('index.ratio')}: {formatShare(part.ratio, lang)}
                    </span>
                    <span>
                      {t('index.formula')}: <code>{part.formula}</code>
                    </span>
                    {lost(part) > 0.05 && (
                      <span className={styles.lost}>
                        {t('index.lost')}: {formatPoints(lost(part), lang)}
                      </span>
                    )}
                  </div>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </Card>
  );
}
