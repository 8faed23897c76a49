// The special functions behind the tests and intervals, from the Cephes
// library that scipy also uses (as WebAssembly), so the figures agree with
// scipy/statsmodels to within rounding (docs/design.md §4). Node compiles the
// module at import; a browser does so asynchronously, hence the await.
import cephes from 'cephes';

await cephes.compiled;

/** The standard normal distribution function Φ(x), accurate far into the tails. */
export const normalCdf = (x: number): number => cephes.ndtr(x);

/** The quantile of Student's t with `dof` degrees of freedom. */
export const studentTQuantile = (p: number, dof: number): number => cephes.stdtri(dof, p);

/** ln Γ(x). */
export const logGamma = (x: number): number => cephes.lgam(x);
