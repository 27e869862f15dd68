/** Control characters other than line feed: removed at ingestion (profile, CSV), so never in data. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0009\u000B-\u001F\u007F]/g;

export function stripControls(value: string): string {
  return value.replace(CONTROLS, '');
}
