/**
 * The style properties satori (the renderer behind `ImageResponse`) accepts only from a fixed set
 * of keywords, and throws `Invalid value for CSS property "<name>"` for anything else. Measured
 * against the satori bundled in next 16.4.6 (`next/dist/compiled/@vercel/og`); `satori-css.test.ts`
 * renders every value here, and a rejected one per property, through the real `next/og`.
 * Satori trims the value first (`' flex'` renders), and compares case-sensitively (`'Flex'` throws).
 */
export const SATORI_KEYWORD_PROPERTIES: Readonly<Record<string, readonly string[]>> = {
  display: ['flex', 'block', 'contents', 'none', '-webkit-box'],
  position: ['absolute', 'relative', 'static'],
  overflow: ['visible', 'hidden'],
  alignContent: ['stretch', 'center', 'flex-start', 'flex-end', 'space-between', 'space-around', 'baseline', 'normal'],
  alignItems: ['stretch', 'center', 'flex-start', 'flex-end', 'baseline', 'normal'],
  alignSelf: ['stretch', 'center', 'flex-start', 'flex-end', 'baseline', 'normal'],
  justifyContent: ['center', 'flex-start', 'flex-end', 'space-between', 'space-around'],
  flexDirection: ['row', 'column', 'row-reverse', 'column-reverse'],
  flexWrap: ['wrap', 'nowrap', 'wrap-reverse'],
  boxSizing: ['border-box', 'content-box'],
};

/** The accepted keywords of `property` when satori restricts it, else undefined. */
export function allowedKeywords(property: string): readonly string[] | undefined {
  return Object.hasOwn(SATORI_KEYWORD_PROPERTIES, property) ? SATORI_KEYWORD_PROPERTIES[property] : undefined;
}

/** True when satori accepts `value` for a keyword property (after trimming, as satori does). */
export function isAcceptedKeyword(allowed: readonly string[], value: string): boolean {
  return allowed.includes(value.trim());
}

/** A font path or URL satori cannot parse: WOFF2 (`Unsupported OpenType signature wOF2`). */
export function isWoff2Path(text: string): boolean {
  return /\.woff2(?:$|[?#])/i.test(text.trim());
}
