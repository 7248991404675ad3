/**
 * The description of the widget's service for a cookie banner, as README "Use your cookie banner"
 * gives it for site owners to paste into their CMP (here with the DWD warnings on, the default).
 */
export const SERVICE_DESCRIPTION_DE =
  'Wettervorhersage und amtliche Unwetterwarnungen im Widget „kreis-wetter“. Erst nach Ihrer Zustimmung ' +
  'ruft Ihr Browser die Vorhersage bei Open-Meteo (OpenMeteo GmbH, Schweiz) und die Warnungen des Deutschen ' +
  'Wetterdienstes bei Bright Sky ab. Übertragen werden dabei Ihre IP-Adresse, die Koordinaten des gewählten ' +
  'Orts (auf etwa 1 km gerundet) und die Angaben, die jeder Browser mitsendet (User-Agent, Accept-Language, ' +
  'Origin). Wie lange die Anbieter Daten aufbewahren, steht in ihren Hinweisen: ' +
  'https://open-meteo.com/en/terms#privacy und https://brightsky.dev/.';
