import { css } from 'lit';

// One rule a line, since the bundle ships this text as written. Short internal
// names (--a accent, --t text, --s surface, --m muted, --l line, --e error,
// --r radius, --g spacing) stand for the public --mv-feedback-* properties.
// Default colours meet WCAG 2.2 1.4.3 (text 4.5:1) and 1.4.11 (controls 3:1)
// against the default surface in both schemes; every target is at least
// 44 px high (2.5.8 asks 24); focus is a 3 px ring (2.4.7, 2.4.13).
export const styles = css`
:host{display:block;--a:var(--mv-feedback-accent,#005ea2);--t:var(--mv-feedback-text,#1b1b1b);--s:var(--mv-feedback-surface,#fff);--m:var(--mv-feedback-muted,#4a4f55);--l:var(--mv-feedback-border,#71767a);--e:var(--mv-feedback-error,#b50909);--r:var(--mv-feedback-radius,.5em);--g:var(--mv-feedback-spacing,1em)}
@media (prefers-color-scheme:dark){:host{--a:var(--mv-feedback-accent-dark,#8cc4f0);--t:var(--mv-feedback-text-dark,#f1f1f1);--s:var(--mv-feedback-surface-dark,#1c1d1f);--m:var(--mv-feedback-muted-dark,#c5c8cc);--l:var(--mv-feedback-border-dark,#a0a5aa);--e:var(--mv-feedback-error-dark,#ff9c8f)}}
:host([hidden]){display:none}
/* The host page's inherited text styles (global * rules) stop here. */
.w{all:initial;display:block;font:var(--mv-feedback-font-size,16px)/1.5 var(--mv-feedback-font,system-ui,sans-serif);color:var(--t)}
*{box-sizing:border-box;font:inherit}
.b{container-type:inline-size;background:var(--s);color:var(--t);border:1px solid var(--l);border-radius:var(--r);padding:var(--g)}
h2{font-size:1.25em;font-weight:700;margin:0 0 .25em}
p{margin:0 0 var(--g)}
.m{color:var(--m)}
fieldset{border:0;padding:0;margin:0 0 var(--g);min-width:0}
legend{font-weight:600;padding:0;margin-bottom:.5em}
.o{display:grid;gap:.5em}
.c{display:flex;align-items:center;gap:.5em;min-height:44px;padding:.25em .5em;border:1px solid var(--l);border-radius:var(--r);cursor:pointer}
.c:has(:checked){border-color:var(--a);box-shadow:inset 0 0 0 1px var(--a)}
input{width:24px;height:24px;margin:0;flex:none;accent-color:var(--a)}
@container (min-width:40em){.o{grid-auto-flow:column;grid-auto-columns:1fr}.a .c{flex-direction:column;text-align:center;justify-content:flex-start;padding-top:.5em}}
.t{display:block;font-weight:600}
textarea{display:block;width:100%;min-height:6em;margin:.5em 0 .25em;padding:.5em;color:var(--t);background:var(--s);border:1px solid var(--l);border-radius:var(--r);resize:vertical}
.n{display:flex;flex-wrap:wrap;gap:.5em;margin-bottom:var(--g)}
button{min-height:44px;min-width:44px;padding:.5em 1.25em;font-weight:600;color:var(--s);background:var(--a);border:2px solid var(--a);border-radius:var(--r);cursor:pointer}
.s{color:var(--a);background:var(--s)}
:focus-visible{outline:3px solid var(--a);outline-offset:2px}
[role=alert]:not(:empty){color:var(--e);font-weight:600;margin-bottom:var(--g)}
a{color:var(--a)}
.f{position:fixed;right:1em;bottom:1em;z-index:2147483000;box-shadow:0 2px 8px #0008}
dialog{width:min(44em,100vw - 1em);max-height:calc(100vh - 1em);padding:0;border:0;border-radius:var(--r);background:0 0;color:var(--t)}
dialog::backdrop{background:#0008}
.x{float:right;margin:0 0 .5em .5em}
@media (prefers-reduced-motion:no-preference){.c,button{transition:border-color .15s,background-color .15s}}
@media (forced-colors:active){.c:has(:checked){outline:2px solid Highlight}}
`;
