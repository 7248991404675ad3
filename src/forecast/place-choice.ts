import type { ReactiveController } from 'lit';
import { html, nothing, type TemplateResult } from 'lit/html.js';
import { numberFormat, TWO_DECIMALS } from '../shell/i18n/format.js';
import type { WeatherHost } from '../shell/forecast-contract.js';
import type { WeatherTranslation } from './i18n/index.js';
import { PLACES } from './places.js';

export interface Place {
  readonly name: string;
  readonly latitude: number;
  readonly longitude: number;
  /** Its value in the select: a municipality id, or CUSTOM for the site's coordinates. */
  readonly value: string;
}

const CUSTOM = 'custom';
// A place picked with the arrow keys fires `change` at every step in some browsers; only the one
// the visitor stays on is requested.
const PICK_SETTLE_MS = 400;

/**
 * The place of the forecast: the site's (`gemeinde`, or `latitude`/`longitude`) until the visitor
 * picks another in the select, for this visit. A new place from the site beats the visitor's pick.
 */
export class PlaceChoice implements ReactiveController {
  private picked: string | undefined;
  private configured = '';
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: WeatherHost,
    /** The visitor picked a place: what comes of it is theirs to hear. */
    private readonly onPick: () => void,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const { gemeinde, latitude, longitude } = this.host.weatherInput.config;
    const configured = `${gemeinde} ${String(latitude)} ${String(longitude)}`;
    if (configured === this.configured) return;
    this.configured = configured;
    this.picked = undefined;
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /** The place to show now; `w` names the site's own coordinates. */
  current(w: WeatherTranslation): Place {
    const { config, district, lang } = this.host.weatherInput;
    const picked = district.municipalities.find(
      (m) => m.id === (this.picked ?? (config.latitude === null ? config.gemeinde : undefined)),
    );
    if (picked) {
      const [latitude, longitude] = PLACES[picked.id]!;
      return { name: picked.name, latitude, longitude, value: picked.id };
    }
    const [latitude, longitude] = [config.latitude!, config.longitude!];
    const format = numberFormat(lang, TWO_DECIMALS);
    return {
      name: w.coordinates(format.format(latitude), format.format(longitude)),
      latitude,
      longitude,
      value: CUSTOM,
    };
  }

  render(w: WeatherTranslation, place: Place): TemplateResult {
    const { config, district } = this.host.weatherInput;
    return html`<label class="location">
      <span>${w.locationLabel}</span>
      <select part="location-select" @change=${(e: Event) => this.pick((e.target as HTMLSelectElement).value)}>
        ${config.latitude === null ? nothing : html`<option value=${CUSTOM} ?selected=${place.value === CUSTOM}>${w.customLocation}</option>`}
        ${district.municipalities.map((m) => html`<option value=${m.id} ?selected=${m.id === place.value}>${m.name}</option>`)}
      </select>
    </label>`;
  }

  private pick(value: string): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.picked = value === CUSTOM ? undefined : value;
      this.onPick();
      this.host.requestUpdate();
    }, PICK_SETTLE_MS);
  }
}
