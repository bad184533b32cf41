import type { HTMLAttributes, ReactNode } from 'react';
import styles from './card.module.css';
import { classNames } from './class-names';

export interface CardProps extends Omit<HTMLAttributes<HTMLElement>, 'title'> {
  /** The card's heading (an <h2>: cards sit right under the page's <h1>). */
  title?: ReactNode;
}

export function Card({ title, className, children, ...rest }: CardProps) {
  return (
    <section {...rest} className={classNames(styles.card, className)}>
      {title && <h2 className={styles.title}>{title}</h2>}
      {children}
    </section>
  );
}
