/**
 * Where the forecast is for, per municipality of the district (src/shell/district/): the town
 * centres (WGS84, decimal degrees; de/en.wikipedia), good to about 1 km, which is finer than the
 * forecast model's grid. Only the forecast needs them, so they load with it, after consent.
 */
export const PLACES: Readonly<Record<string, readonly [latitude: number, longitude: number]>> = {
  ascheberg: [51.7917, 7.6239],
  billerbeck: [51.9792, 7.2951],
  coesfeld: [51.9458, 7.1675],
  duelmen: [51.8308, 7.2783],
  havixbeck: [51.9778, 7.4167],
  luedinghausen: [51.7667, 7.4333],
  nordkirchen: [51.7381, 7.5256],
  nottuln: [51.9278, 7.3528],
  olfen: [51.7086, 7.3848],
  rosendahl: [52.0172, 7.2106],
  senden: [51.8572, 7.4828],
};
