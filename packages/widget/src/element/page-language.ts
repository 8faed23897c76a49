import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Locale } from '@mv-feedback/scoring';
import { LOCALES } from '@mv-feedback/scoring/browser';
import { loadStrings, loadedStrings, type UiStrings } from '../i18n/strings.js';
import { chooseLanguage, languageCandidates, supportedLocale } from '../language/choose-language.js';

/**
 * The widget's language: the nearest `lang` in the page, then the browser's,
 * followed live when a `lang` attribute changes (WCAG 3.1.2). It speaks a
 * language as soon as its texts are here: at once in English, after loading
 * them for another; if they cannot be loaded, in English rather than not at all.
 *
 * @example
 * private readonly _language = new PageLanguage(this, () => this._showRefusals());
 * this._language._s.thanks;
 */
export class PageLanguage implements ReactiveController {
  _locale: Locale = 'en';
  /** The interface texts of `_locale`. */
  _s: UiStrings = loadedStrings('en')!;
  /** Whether the page's language has been tried: until then a Spanish page shows nothing rather than English. */
  _ready = false;
  /** The language last asked for, whose texts may still be loading. */
  private _wanted?: Locale;
  /** The languages the server takes (the survey's `locales`): every one the widget has until it says. */
  private _offered: readonly Locale[] = LOCALES;
  private _observer?: MutationObserver;

  constructor(
    private readonly _host: ReactiveControllerHost & HTMLElement,
    /** Texts for a language are here and shown. */
    private readonly _changed: () => void,
  ) {
    _host.addController(this);
  }

  hostConnected(): void {
    this._observer = new MutationObserver(() => this._choose());
    for (const root of new Set<Node>([document, this._host.getRootNode()])) {
      this._observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
    this._choose();
  }

  hostDisconnected(): void {
    this._observer?.disconnect();
  }

  /** The languages the page and the browser ask for that the widget knows, nearest first: those whose survey texts to fetch. */
  _asked(): Locale[] {
    const known = languageCandidates(this._host).map((tag) => supportedLocale(tag));
    return [...new Set(known.filter((locale): locale is Locale => locale !== undefined))];
  }

  /** The languages the server offers, from the survey it gave: a response is sent only in one of them. */
  _offer(locales: readonly Locale[] | undefined): void {
    const offered = locales?.filter((locale) => LOCALES.includes(locale)) ?? LOCALES;
    if (offered.join() === this._offered.join()) return;
    this._offered = offered;
    this._choose();
  }

  private _choose(): void {
    const wanted = chooseLanguage(languageCandidates(this._host), this._offered);
    if (wanted === this._wanted) return;
    this._wanted = wanted;
    const show = (locale: Locale, s: UiStrings) => {
      if (this._wanted !== wanted) return;
      this._locale = locale;
      this._s = s;
      this._ready = true;
      this._host.requestUpdate();
      this._changed();
    };
    const here = loadedStrings(wanted);
    if (here) show(wanted, here);
    else
      loadStrings(wanted).then(
        (s) => show(wanted, s),
        () => show('en', loadedStrings('en')!),
      );
  }
}
