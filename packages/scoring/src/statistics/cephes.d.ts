// cephes ships types, but its exports map gives ES-module importers none;
// this declares the part of it the statistics use.
declare module 'cephes' {
  const cephes: {
    /** Resolves once the WebAssembly module is compiled. */
    compiled: Promise<void>;
    ndtr(x: number): number;
    stdtri(dof: number, p: number): number;
    lgam(x: number): number;
  };
  export default cephes;
}
