/** What the consent notice must say, from the widget's attributes: it names only what is true. */
export interface NoticeFacts {
  /** Where the decision is kept: days on this device; `site` (its cookie banner, its page); null: nowhere. */
  readonly kept: number | 'site' | null;
  /** The official warnings (Bright Sky) are asked for too. */
  readonly warnings: boolean;
  /** The site's own server is asked (forecast-api, and warnings-api where warnings are on, are its paths). */
  readonly proxy: boolean;
}
