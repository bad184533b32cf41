import styles from './charts.module.css';
import { useWidth } from './use-width';

interface RankingBar {
  key: string;
  label: string;
  /** 0..1, or null when the unit received nothing. */
  share: number | null;
}

export interface RankingChartProps {
  bars: readonly RankingBar[];
  /** The unit above's own figure, drawn as a dashed reference line. */
  reference: { label: string; share: number } | null;
  label: string;
  formatShare: (share: number) => string;
}

const ROW = 26;

/** Units' online shares as horizontal bars in rank order, with the unit above as a reference. Plain SVG. */
export default function RankingChart({ bars, reference, label, formatShare }: RankingChartProps) {
  const { ref, width: WIDTH } = useWidth<HTMLDivElement>();
  // Names take up to 40% of a phone's width (shortened if they must), 168 pixels on a wide screen.
  const PAD = { top: 18, right: 48, bottom: 28, left: Math.min(168, Math.round(WIDTH * 0.4)) };
  const maxChars = Math.max(10, Math.floor(PAD.left / 7.2));
  const height = PAD.top + PAD.bottom + ROW * bars.length;
  const innerW = WIDTH - PAD.left - PAD.right;
  const x = (s: number) => PAD.left + innerW * s;
  return (
    <div ref={ref}>
      <svg className={styles.chart} width={WIDTH} height={height} viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={label}>
        <title>{label}</title>
        {[0, 0.25, 0.5, 0.75, 1].map((s) => (
          <g key={s}>
            <line className={styles.grid} x1={x(s)} x2={x(s)} y1={PAD.top} y2={height - PAD.bottom} />
            <text className={styles.axis} x={x(s)} y={height - PAD.bottom + 18} textAnchor="middle">
              {formatShare(s)}
            </text>
          </g>
        ))}
        {bars.map((bar, i) => {
          const y = PAD.top + ROW * i;
          return (
            <g key={bar.key}>
              <text className={styles.label} x={PAD.left - 8} y={y + ROW / 2 + 4} textAnchor="end">
                {bar.label.length > maxChars ? `${bar.label.slice(0, maxChars - 1)}…` : bar.label}
              </text>
              {bar.share !== null && (
                <>
                  <rect className={styles.bar} x={PAD.left} y={y + 5} width={Math.max(1, innerW * bar.share)} height={ROW - 10}>
                    <title>{`${bar.label}: ${formatShare(bar.share)}`}</title>
                  </rect>
                  <text className={styles.value} x={x(bar.share) + 6} y={y + ROW / 2 + 4}>
                    {formatShare(bar.share)}
                  </text>
                </>
              )}
            </g>
          );
        })}
        {reference && (
          <g>
            <line className={styles.reference} x1={x(reference.share)} x2={x(reference.share)} y1={PAD.top - 4} y2={height - PAD.bottom} />
            <text className={styles.referenceLabel} x={x(reference.share)} y={PAD.top - 8} textAnchor="middle">
              {reference.label}
            </text>
          </g>
        )}
      </svg>
    </div>
  );
}
