import styles from './charts.module.css';
import { useWidth } from './use-width';

interface TrendPoint {
  /** 'YYYY-MM'. */
  month: string;
  total: number;
  /** 0..1, or null for a month without dossiers. */
  share: number | null;
}

export interface TrendChartProps {
  points: readonly TrendPoint[];
  /** What a screen reader hears instead of the drawing (the same figures are in a table next to it). */
  label: string;
  formatShare: (share: number) => string;
  formatCount: (count: number) => string;
  monthLabel: (month: string) => string;
}

const PAD = { top: 16, right: 56, bottom: 36, left: 48 };

/** Dossiers per month as bars (right axis) and the online share as a line (left axis, 0–100%). Plain SVG. */
export default function TrendChart({ points, label, formatShare, formatCount, monthLabel }: TrendChartProps) {
  const { ref, width: WIDTH } = useWidth<HTMLDivElement>();
  const HEIGHT = WIDTH < 500 ? 220 : 280;
  const innerW = WIDTH - PAD.left - PAD.right;
  const innerH = HEIGHT - PAD.top - PAD.bottom;
  const maxTotal = Math.max(1, ...points.map((p) => p.total));
  const step = innerW / Math.max(1, points.length);
  const x = (i: number) => PAD.left + step * i + step / 2;
  const yShare = (s: number) => PAD.top + innerH * (1 - s);
  const yTotal = (n: number) => PAD.top + innerH * (1 - n / maxTotal);
  // As many month labels as fit: one every 44 pixels at least.
  const every = Math.max(1, Math.ceil(points.length / Math.max(1, Math.floor(innerW / 44))));
  const line = points
    .map((p, i) => (p.share === null ? null : `${x(i).toFixed(1)},${yShare(p.share).toFixed(1)}`))
    .filter(Boolean)
    .join(' ');

  return (
    <div ref={ref}>
      <svg className={styles.chart} width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label}>
        <title>{label}</title>
        {[0, 0.25, 0.5, 0.75, 1].map((s) => (
          <g key={s}>
            <line className={styles.grid} x1={PAD.left} x2={WIDTH - PAD.right} y1={yShare(s)} y2={yShare(s)} />
            <text className={styles.axis} x={PAD.left - 6} y={yShare(s) + 4} textAnchor="end">
              {formatShare(s)}
            </text>
            <text className={styles.axis} x={WIDTH - PAD.right + 6} y={yShare(s) + 4} textAnchor="start">
              {formatCount(Math.round(maxTotal * s))}
            </text>
          </g>
        ))}
        {points.map((p, i) => (
          <rect key={p.month} className={styles.bar} x={x(i) - step * 0.35} width={step * 0.7} y={yTotal(p.total)} height={PAD.top + innerH - yTotal(p.total)}>
            <title>{`${monthLabel(p.month)}: ${formatCount(p.total)}${p.share === null ? '' : ` · ${formatShare(p.share)}`}`}</title>
          </rect>
        ))}
        {line && <polyline className={styles.line} points={line} />}
        {points.map((p, i) => (p.share === null ? null : <circle key={p.month} className={styles.dot} cx={x(i)} cy={yShare(p.share)} r={3.5} />))}
        {points.map((p, i) =>
          i % every === 0 ? (
            <text key={p.month} className={styles.axis} x={x(i)} y={HEIGHT - PAD.bottom + 18} textAnchor="middle">
              {monthLabel(p.month)}
            </text>
          ) : null,
        )}
      </svg>
    </div>
  );
}
