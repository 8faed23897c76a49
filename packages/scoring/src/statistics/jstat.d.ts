// jstat ships no types; this declares only the part of it the statistics use.
declare module 'jstat' {
  interface JStat {
    studentt: { inv(p: number, dof: number): number };
    normal: { cdf(x: number, mean: number, sd: number): number };
    gammaln(x: number): number;
  }
  const jStat: JStat;
  export default jStat;
}
