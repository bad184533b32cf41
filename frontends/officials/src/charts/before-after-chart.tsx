import styles from './charts.module.css';
import { useWidth } from './use-width';

interface BeforeAfterRow {
  key: string;
  label: string;
  /** 0..1, or null when the unit received nothing in that window. */
  before: number | null;
  after: number | null;
}

export interface BeforeAfterChartProps {
  rows: readonly BeforeAfterRow[];
  label: string;
  beforeLabel: string;
  afterLabel: string;
  formatShare: (share: number) => string;
}

const ROW = 26;

/**
 * Each unit's online share before (hollow dot) and after (filled dot) its first outreach, joined by a line: which
 * way each moved, and how far, reads at a glance where a table of 21 rows × 7 columns does not. Plain SVG; the exact
 * figures stay in the table beside it.
 */
export default function BeforeAfterChart({ rows, label, beforeLabel, afterLabel, formatShare }: BeforeAfterChartProps) {
  const { ref, width: WIDTH } = useWidth<HTMLDivElement>();
  const PAD = { top: 30, right: 56, bottom: 28, left: Math.min(168, Math.round(WIDTH * 0.4)) };
  const maxChars = Math.max(10, Math.floor(PAD.left / 7.2));
  const height = PAD.top + PAD.bottom + ROW * rows.length;
  const innerW = WIDTH - PAD.left - PAD.right;
  // The axis spans the shares drawn (to the nearest 10%), not 0–100%: a move of three points must be seen.
  const shares = rows.flatMap((row) => [row.before, row.after]).filter((share): share is number => share !== null);
  const lo = Math.max(0, Math.floor((Math.min(...shares, 1) - 0.02) * 10) / 10);
  const hi = Math.min(1, Math.ceil((Math.max(...shares, 0) + 0.02) * 10) / 10);
  const span = Math.max(0.1, hi - lo);
  const ticks = Array.from({ length: Math.round(span * 10) + 1 }, (_, i) => lo + i / 10).filter((_, i, all) => all.length <= 6 || i % 2 === 0);
  const x = (s: number) => PAD.left + (innerW * (s - lo)) / span;
  return (
    <div ref={ref}>
      <svg className={styles.chart} width={WIDTH} height={height} viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={label}>
        <title>{label}</title>
        <g>
          <circle className={styles.before} cx={PAD.left + 6} cy={12} r={5} />
          <text className={styles.axis} x={PAD.left + 16} y={16}>
            {beforeLabel}
          </text>
          <circle className={styles.dot} cx={PAD.left + 96} cy={12} r={5} />
          <text className={styles.axis} x={PAD.left + 106} y={16}>
            {afterLabel}
          </text>
        </g>
        {ticks.map((s) => (
          <g key={s}>
            <line className={styles.grid} x1={x(s)} x2={x(s)} y1={PAD.top} y2={height - PAD.bottom} />
            <text className={styles.axis} x={x(s)} y={height - PAD.bottom + 18} textAnchor="middle">
              {formatShare(s)}
            </text>
          </g>
        ))}
        {rows.map((row, i) => {
          const y = PAD.top + ROW * i + ROW / 2;
          const title = `${row.label}: ${beforeLabel} ${row.before === null ? '—' : formatShare(row.before)}, ${afterLabel} ${row.after === null ? '—' : formatShare(row.after)}`;
          return (
            <g key={row.key}>
              <title>{title}</title>
              <text className={styles.label} x={PAD.left - 8} y={y + 4} textAnchor="end">
                {row.label.length > maxChars ? `${row.label.slice(0, maxChars - 1)}…` : row.label}
              </text>
              {row.before !== null && row.after !== null && <line className={styles.change} x1={x(row.before)} x2={x(row.after)} y1={y} y2={y} />}
              {row.before !== null && <circle className={styles.before} cx={x(row.before)} cy={y} r={5} />}
              {row.after !== null && (
                <>
                  <circle className={styles.dot} cx={x(row.after)} cy={y} r={5} />
                  <text className={styles.value} x={x(Math.max(row.after, row.before ?? 0)) + 10} y={y + 4}>
                    {formatShare(row.after)}
                  </text>
                </>
              )}
            </g>
          );
        })}
      </svg>
    </div>
  );
}
