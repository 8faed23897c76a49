// Where a trend's points, line and interval band go in the chart's box.
// Pure, so the shapes can be tested without a browser.
import type { TrendPoint } from '@mv-feedback/scoring';

export interface ChartBox {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface PlottedPoint {
  x: number;
  y: number;
  yLow: number;
  yHigh: number;
  point: TrendPoint;
}

/** Horizontal position of point `i` of `count`, centred when there is one. */
export function xAt(box: ChartBox, i: number, count: number): number {
  const span = box.width - box.left - box.right;
  return count <= 1 ? box.left + span / 2 : box.left + (span * i) / (count - 1);
}

/** Vertical position of a 0–100 value (100 at the top). */
export function yAt(box: ChartBox, percent: number): number {
  const span = box.height - box.top - box.bottom;
  return box.top + span * (1 - Math.min(100, Math.max(0, percent)) / 100);
}

/**
 * The shown points split into runs: a suppressed period breaks the line
 * rather than bridging it, so no score is implied where none may be shown.
 *
 * @example
 * trendRuns(box, points).map((run) => linePath(run))
 */
export function trendRuns(box: ChartBox, points: TrendPoint[]): PlottedPoint[][] {
  const runs: PlottedPoint[][] = [];
  let run: PlottedPoint[] = [];
  points.forEach((point, i) => {
    if (point.suppressed || point.score === null || point.ciLow === null || point.ciHigh === null) {
      if (run.length) runs.push(run);
      run = [];
      return;
    }
    run.push({
      x: xAt(box, i, points.length),
      y: yAt(box, point.score),
      yLow: yAt(box, point.ciLow),
      yHigh: yAt(box, point.ciHigh),
      point,
    });
  });
  if (run.length) runs.push(run);
  return runs;
}

const f = (n: number) => n.toFixed(1);

/** The SVG path of a run's line. */
export function linePath(run: PlottedPoint[]): string {
  return run.map((p, i) => `${i ? 'L' : 'M'}${f(p.x)},${f(p.y)}`).join(' ');
}

/** The SVG path of a run's interval band: along the upper bounds, back along the lower. */
export function bandPath(run: PlottedPoint[]): string {
  if (run.length === 1) {
    const [p] = run as [PlottedPoint];
    return `M${f(p.x - 3)},${f(p.yHigh)} L${f(p.x + 3)},${f(p.yHigh)} L${f(p.x + 3)},${f(p.yLow)} L${f(p.x - 3)},${f(p.yLow)} Z`;
  }
  const upper = run.map((p, i) => `${i ? 'L' : 'M'}${f(p.x)},${f(p.yHigh)}`);
  const lower = [...run].reverse().map((p) => `L${f(p.x)},${f(p.yLow)}`);
  return `${upper.join(' ')} ${lower.join(' ')} Z`;
}
