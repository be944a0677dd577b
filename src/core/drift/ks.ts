/**
 * Two-sample Kolmogorov-Smirnov test, two-sided, as scipy.stats.ks_2samp(method='auto') (scipy 1.10):
 * the exact distribution when both samples have at most 10,000 values, otherwise the asymptotic one.
 * The statistic comes in as exact integers (see ksStatistic) so the lattice index h is exact.
 */

/** scipy's MAX_AUTO_N: 'auto' is exact up to this sample size. */
export const KS_MAX_EXACT_N = 10_000;

export interface KsResult {
  statistic: number;
  pValue: number;
  method: 'exact' | 'asymp';
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/**
 * The KS statistic from value counts sorted by value: `dMax` is max over values of
 * (cum1·n2 − cum2·n1) and `dMin` the most negative, both integers, so D = max(dMax, −dMin)/(n1·n2).
 */
export function ksFromCounts(counts: ReadonlyArray<readonly [number, number]>): {
  n1: number;
  n2: number;
  dInt: number;
} {
  let n1 = 0;
  let n2 = 0;
  for (const [a, b] of counts) {
    n1 += a;
    n2 += b;
  }
  let c1 = 0;
  let c2 = 0;
  let dInt = 0;
  for (const [a, b] of counts) {
    c1 += a;
    c2 += b;
    dInt = Math.max(dInt, Math.abs(c1 * n2 - c2 * n1));
  }
  return { n1, n2, dInt };
}

/** The test from sample sizes and the integer statistic numerator (cum1·n2 − cum2·n1 at its largest). */
export function ksTest(n1: number, n2: number, dInt: number): KsResult {
  if (n1 === 0 || n2 === 0) throw new Error('KS needs two non-empty samples');
  const g = gcd(n1, n2);
  const lcm = (n1 / g) * n2;
  const h = dInt / g; // exactly round(d·lcm) in scipy, since d = dInt / (n1·n2)
  if (Math.max(n1, n2) <= KS_MAX_EXACT_N) {
    const d = h / lcm;
    if (h === 0) return { statistic: d, pValue: 1, method: 'exact' };
    const p = n1 === n2 ? probOutsideSquare(n1, h) : outerProbInside(n1, n2, g, h);
    if (Number.isFinite(p) && p >= 0 && p <= 1) return { statistic: d, pValue: p, method: 'exact' };
  }
  const d = dInt / n1 / n2;
  const [m, n] = n1 >= n2 ? [n1, n2] : [n2, n1];
  const en = Math.round((m * n) / (m + n));
  return { statistic: d, pValue: clip(kolmogorovSf(en, d)), method: 'asymp' };
}

/** scipy's _compute_prob_outside_square: paths outside x − y = ±h for equal sample sizes. */
function probOutsideSquare(n: number, h: number): number {
  let p = 0;
  for (let k = Math.floor(n / h); k >= 0; k--) {
    let p1 = 1;
    for (let j = 0; j < h; j++) p1 = ((n - k * h - j) * p1) / (n + k * h + j + 1);
    p = p1 * (1 - p);
  }
  return 2 * p;
}

/** scipy's _compute_outer_prob_inside_method (Hodges; Viehmann's recursion for 1 − p). */
function outerProbInside(m0: number, n0: number, g: number, h: number): number {
  const [m, n] = m0 >= n0 ? [m0, n0] : [n0, m0];
  const mg = m / g;
  const ng = n / g;
  let minj = 0;
  let maxj = Math.min(Math.ceil(h / mg), n + 1);
  let curlen = maxj - minj;
  const lenA = Math.min(2 * maxj + 2, n + 1);
  const a = new Float64Array(lenA).fill(1);
  a.fill(0, minj, maxj);
  for (let i = 1; i <= m; i++) {
    const lastminj = minj;
    const lastlen = curlen;
    minj = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
    maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
    if (maxj <= minj) return 1;
    let val = minj === 0 ? 0 : 1;
    for (let jj = 0; jj < maxj - minj; jj++) {
      const j = jj + minj;
      val = (a[jj + minj - lastminj]! * i + val * j) / (i + j);
      a[jj] = val;
    }
    curlen = maxj - minj;
    if (lastlen > curlen) a.fill(1, maxj - minj, Math.min(maxj - minj + (lastlen - curlen), lenA));
  }
  return a[maxj - minj - 1]!;
}

const PI2 = Math.PI ** 2;
const PI4 = Math.PI ** 4;
const PI6 = Math.PI ** 6;
const SQRT2PI = Math.sqrt(2 * Math.PI);

/**
 * P(D_n > x) for the one-sample Kolmogorov statistic, scipy's kstwo.sf(x, n) for large n: Pelz-Good's
 * expansion (scipy switches to the Durbin matrix or 2·smirnov in some corners; agreement ~1e-7, documented).
 */
export function kolmogorovSf(n: number, x: number): number {
  if (x <= 0) return 1;
  if (x >= 1) return 0;
  const t = n * x;
  if (t <= 0.5) return 1;
  if (t >= n - 1) return 2 * (1 - x) ** n;
  if (t * x >= 370) return 0;
  const z = Math.sqrt(n) * x;
  const z2 = z * z;
  const z4 = z2 * z2;
  const z6 = z4 * z2;
  const qlog = -PI2 / 8 / z2;
  if (qlog < -708) return 1;
  let q = Math.exp(qlog);
  const k1a = -z2;
  const k1b = PI2 / 4;
  const k2a = 6 * z6 + 2 * z4;
  const k2b = ((2 * z4 - 5 * z2) * PI2) / 4;
  const k2c = (PI4 * (1 - 2 * z2)) / 16;
  const k3d = (PI6 * (5 - 30 * z2)) / 64;
  const k3c = (PI4 * (-60 * z2 + 212 * z4)) / 16;
  const k3b = (PI2 * (135 * z4 - 96 * z6)) / 4;
  const k3a = -30 * z6 - 90 * z ** 8;
  const k = [0, 0, 0, 0];
  const maxk = Math.ceil((16 * z) / Math.PI);
  for (let kk = maxk; kk > 0; kk--) {
    const m = 2 * kk - 1;
    const m2 = m * m;
    const qp = q ** (8 * kk);
    const coeffs = [
      1,
      k1a + k1b * m2,
      k2a + k2b * m2 + k2c * m2 * m2,
      k3a + k3b * m2 + k3c * m2 * m2 + k3d * m2 ** 3,
    ];
    for (let i = 0; i < 4; i++) k[i] = k[i]! * qp + coeffs[i]!;
  }
  const div = [z, 6 * z4, 72 * z ** 7, 6480 * z ** 10];
  for (let i = 0; i < 4; i++) k[i] = (k[i]! * q * SQRT2PI) / div[i]!;
  q = Math.exp(-PI2 / 2 / z2);
  let e2 = 0;
  let e3 = 0;
  const s3z = Math.sqrt(3) * z;
  for (let kk = maxk; kk > 0; kk--) {
    const w = kk * kk * q ** (kk * kk);
    e2 += w;
    e3 += (s3z + Math.PI * kk) * (s3z - Math.PI * kk) * w;
  }
  k[2] = k[2]! + (e2 * PI2 * SQRT2PI) / (-36 * z2 * z);
  k[3] = k[3]! + (e3 * PI2 * SQRT2PI) / (216 * z6);
  let sf = 1;
  for (let i = 0; i < 4; i++) sf -= k[i]! / n ** (i / 2);
  return sf;
}

function clip(p: number): number {
  return Math.min(1, Math.max(0, p));
}
