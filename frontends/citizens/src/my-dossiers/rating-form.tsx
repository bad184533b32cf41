import { Button, ErrorAlert, TextAreaField, useT } from '@motcua/ui';
import { useId, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { myDossiersMessages } from './my-dossiers.messages';
import styles from './my-dossier.module.css';
import { RATE_DOSSIER, type MyDossier } from './my-dossiers.queries';

const STARS = [1, 2, 3, 4, 5] as const;

/** Five radio buttons drawn as stars: arrow keys choose, each says its number and meaning to a screen reader. */
export function RatingForm({ dossier }: { dossier: MyDossier }) {
  const t = useT(myDossiersMessages);
  const id = useId();
  const [rating, setRating] = useState<number | null>(null);
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const [{ fetching, error }, rate] = useMutation(RATE_DOSSIER);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!rating) return setMissing(true);
    setMissing(false);
    await rate({ code: dossier.code, rating, comment: comment.trim() || null });
  }

  return (
    <form className={styles.action} onSubmit={onSubmit} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className={styles.actionTitle}>
        {t('rateTitle')}
      </h3>
      <p className={styles.muted}>{t('rateIntro')}</p>
      <fieldset className={styles.stars} aria-describedby={missing ? `${id}-error` : undefined}>
        <legend className={styles.starsLegend}>{t('rateLegend')}</legend>
        <div className={styles.starRow}>
          {STARS.map((stars) => (
            <label key={stars} className={styles.star} data-on={rating !== null && stars <= rating ? true : undefined}>
              <input
                type="radio"
                name="rating"
                value={stars}
                checked={rating === stars}
                onChange={() => setRating(stars)}
                className={styles.starInput}
                aria-label={`${t('rateStars', { stars })}: ${t(`rate.${stars}`)}`}
              />
              <span aria-hidden="true" className={styles.starGlyph}>
                ★
              </span>
            </label>
          ))}
        </div>
        <p className={styles.starMeaning} aria-hidden="true">
          {rating ? `${t('rateStars', { stars: rating })}: ${t(`rate.${rating as 1 | 2 | 3 | 4 | 5}`)}` : '\u00a0'}
        </p>
        {missing && (
          <span id={`${id}-error`} className={styles.error}>
            {t('rateRequired')}
          </span>
        )}
      </fieldset>
      <TextAreaField label={t('rateComment')} name="ratingComment" value={comment} onChange={(event) => setComment(event.target.value)} maxLength={1000} />
      {error && <ErrorAlert error={error} />}
      <div>
        <Button type="submit" busy={fetching}>
          {t('rateSubmit')}
        </Button>
      </div>
    </form>
  );
}
