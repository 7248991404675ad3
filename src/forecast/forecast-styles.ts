import { css } from 'lit';

/** Styles of the forecast itself; adopted into the widget's shadow root when the chunk loads. */
export const forecastStyles = css`
  .forecast-head {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    justify-content: space-between;
    gap: 0.5rem var(--_gap);
    align-self: stretch;
  }
  .forecast-head .subheading {
    margin: 0;
  }
  .forecast-body {
    flex: 1;
    display: flex;
    flex-direction: column;
    align-self: stretch;
    margin-block: 0.5rem;
  }
  .location {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .current {
    display: grid;
    grid-template-columns: 3rem 1fr;
    column-gap: 0.75rem;
    align-items: center;
    min-height: 4.5rem;
    margin-bottom: 0.5rem;
  }
  .current .icon {
    grid-row: span 2;
    width: 3rem;
    height: 3rem;
  }
  .current p {
    margin: 0;
  }
  .current-temperature {
    font-size: 1.5em;
    font-weight: 600;
    margin-inline: 0.25rem;
  }
  .current-extra {
    color: var(--_muted);
  }
  .current-extra span + span::before {
    content: ' · ';
  }
  .days {
    list-style: none;
    margin: 0 0 0.5rem;
    padding: 0;
  }
  .day {
    display: grid;
    grid-template-columns: 6.5rem 2rem 1fr auto 3.5rem;
    align-items: center;
    column-gap: 0.5rem;
    min-height: 2.75rem;
    border-top: 1px solid var(--_surface);
  }
  .day-date {
    font-weight: 600;
  }
  .icon {
    width: 2rem;
    height: 2rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.6;
    stroke-linecap: round;
    stroke-linejoin: round;
    display: block;
  }
  /* The cloud hides what is behind it, as a drawn cloud would. */
  .icon .cloud {
    fill: var(--_background);
  }
  .day-temperatures,
  .day-rain {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .day-min {
    color: var(--_muted);
  }
  @container (max-width: 30rem) {
    .day {
      grid-template-columns: 2rem 1fr auto;
      grid-template-rows: auto auto;
      min-height: 4rem;
      padding-block: 0.25rem;
    }
    .day-icon {
      grid-column: 1;
      grid-row: 1 / span 2;
    }
    .day-date {
      grid-column: 2;
      grid-row: 1;
    }
    .day-temperatures {
      grid-column: 3;
      grid-row: 1;
    }
    .day-description {
      grid-column: 2;
      grid-row: 2;
    }
    .day-rain {
      grid-column: 3;
      grid-row: 2;
    }
  }
  .fetched,
  .attribution,
  .note {
    color: var(--_muted);
    font-size: 0.875em;
  }
  @media (forced-colors: active) {
    .icon {
      stroke: CanvasText;
    }
    .icon .cloud {
      fill: Canvas;
    }
  }
`;
