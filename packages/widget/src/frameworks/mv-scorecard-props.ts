// What a template may set on <mv-scorecard>, for every framework's typings.

/** The attributes of <mv-scorecard> (docs/publishing-results.md). */
export interface MvScorecardAttributes {
  endpoint?: string;
  lang?: 'en' | 'es' | (string & {});
  department?: string;
}
