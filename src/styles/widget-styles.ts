import { css } from 'lit';

/**
 * The always-loaded styles (the forecast's own arrive with its chunk).
 * Theming: colours, font, radius and spacing are `--kreis-wetter-*` custom properties read here
 * with fallbacks, so a site sets them once on `:root` or on the element (README "CSS custom properties").
 * The defaults meet WCAG AA contrast in the light and the dark scheme.
 */
export const widgetStyles = css`
  :host {
    color-scheme: light dark;
    --_text: var(--kreis-wetter-text-color, light-dark(#1d2125, #e9ecef));
    --_muted: var(--kreis-wetter-muted-color, light-dark(#4b535d, #b9c1ca));
    --_background: var(--kreis-wetter-background, light-dark(#fff, #16191d));
    --_surface: var(--kreis-wetter-surface, light-dark(#f2f4f6, #22272d));
    --_accent: var(--kreis-wetter-accent-color, light-dark(#0b5a87, #8ccdff));
    --_border: var(--kreis-wetter-border-color, light-dark(#68717c, #8d96a0));
    --_focus: var(--kreis-wetter-focus-color, light-dark(#0b5a87, #ffd25e));
    --_error: var(--kreis-wetter-error-color, light-dark(#a4161a, #ffaaa5));
    --_radius: var(--kreis-wetter-radius, 0.375rem);
    --_gap: var(--kreis-wetter-spacing, 1rem);
    display: block;
    container-type: inline-size;
    color: var(--_text);
    background: var(--_background);
    font: var(--kreis-wetter-font, inherit);
    line-height: 1.5;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_gap);
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  .heading,
  .subheading {
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
    margin: 0 0 calc(var(--_gap) / 2);
  }
  .subheading {
    font-size: 1.05em;
    margin-top: var(--_gap);
  }
  p {
    margin: 0 0 calc(var(--_gap) / 2);
  }
  a {
    color: var(--_accent);
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25rem var(--_gap);
    margin: 0;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  .muted {
    color: var(--_muted);
    font-size: 0.875em;
  }
  ul {
    margin: 0.5rem 0;
    padding-inline-start: 1.25rem;
  }
  /* Municipalities: in columns as space allows, each link a 44 px target */
  nav ul {
    list-style: none;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(9.5rem, 1fr));
    column-gap: var(--_gap);
  }
  nav a {
    display: block;
    padding-block: 0.625rem;
  }
  button,
  select {
    font: inherit;
    min-height: 2.75rem;
    border-radius: var(--_radius);
    border: 2px solid var(--_accent);
    background: var(--_background);
    color: var(--_accent);
    padding: 0.25rem 1rem;
  }
  button {
    font-weight: 600;
  }
  button:hover,
  .consent,
  .error,
  .placeholder {
    background: var(--_surface);
  }
  select {
    color: var(--_text);
    border: 1px solid var(--_border);
    max-width: 100%;
  }
  .consent,
  .error {
    border-radius: var(--_radius);
    padding: var(--_gap);
    margin-bottom: var(--_gap);
  }
  summary {
    color: var(--_accent);
    margin-bottom: var(--_gap);
  }
  /* Links on a line of their own: a 24 px target at least */
  .consent a {
    display: inline-block;
    padding-block: 0.25rem;
  }
  /* Accept and reject: the same control, equal in size, side by side or stacked as space allows */
  .choices {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr));
    gap: 0.75rem;
  }
  @container (max-width: 22rem) {
    dl {
      grid-template-columns: 1fr;
    }
  }
  .error {
    border-inline-start: 4px solid var(--_error);
  }
  /* Forecast region. Its minimum height covers the head, current conditions, N days, fetch time,
     attribution and the revoke button, so the forecast arriving moves nothing below the widget. */
  .forecast {
    display: flex;
    flex-direction: column;
    align-items: start;
    min-height: calc(16.5rem + var(--_days) * 2.75rem);
  }
  @container (max-width: 30rem) {
    .forecast {
      min-height: calc(19rem + var(--_days) * 4rem);
    }
  }
  .days-1 { --_days: 1; }
  .days-2 { --_days: 2; }
  .days-3 { --_days: 3; }
  .days-4 { --_days: 4; }
  .days-5 { --_days: 5; }
  .days-6 { --_days: 6; }
  .days-7 { --_days: 7; }
  .reserve {
    visibility: hidden;
  }
  .placeholder {
    flex: 1;
    align-self: stretch;
    border-radius: var(--_radius);
  }
  @media (prefers-reduced-motion: no-preference) {
    .placeholder {
      animation: pulse 1.5s infinite alternate;
    }
  }
  @keyframes pulse {
    to {
      opacity: 0.55;
    }
  }
  /* Forced colours drop backgrounds; borders keep the notice and the error apart. (The widget's
     own border and the buttons' are forced to system colours anyway.) */
  @media (forced-colors: active) {
    .consent,
    .error {
      border: 1px solid CanvasText;
    }
  }
`;
