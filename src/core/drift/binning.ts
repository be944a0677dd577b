/**
 * Histogram binning exactly as numpy: np.histogram_bin_edges(bins='sturges') for the edges
 * (Evidently's get_binned_data) and np.histogram's bin assignment, so that proportions computed in
 * SQL agree with the Python reference bit for bit.
 */

/** numpy's Sturges edges over data spanning [min, max] with `count` values (equal-width, linspace). */
export function sturgesEdges(min: number, max: number, count: number): number[] {
  const ptp = max - min;
  let bins = 1;
  if (count > 0) {
    const width = ptp / (Math.log2(count) + 1);
    bins = width ? Math.ceil(ptp / width) : 1;
  }
  return equalEdges(min, max, bins);
}

/** numpy's linspace(first, last, bins + 1), widening a zero range by ±0.5 like _get_outer_edges. */
export function equalEdges(min: number, max: number, bins: number): number[] {
  let first = min;
  let last = max;
  if (first === last) {
    first -= 0.5;
    last += 0.5;
  }
  const step = (last - first) / bins;
  const edges: number[] = [];
  for (let i = 0; i <= bins; i++)
    edges.push(step === 0 ? (i / bins) * (last - first) + first : i * step + first);
  edges[bins] = last;
  return edges;
}

/** np.histogram's bin of x for equal-width edges (right edge closed on the last bin), or -1 outside. */
export function binOf(x: number, edges: readonly number[]): number {
  const n = edges.length - 1;
  const first = edges[0]!;
  const last = edges[n]!;
  if (!(x >= first && x <= last)) return -1;
  let i = Math.trunc(((x - first) / (last - first)) * n);
  if (i === n) i -= 1;
  if (x < edges[i]!) i -= 1;
  if (x >= edges[i + 1]! && i !== n - 1) i += 1;
  return i;
}
