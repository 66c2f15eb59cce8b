// Parley's mark (two parties meeting): the favicon of the landing page and of /docs, and the logo in the top bar of /docs.

const MARK_SHAPES = '<rect width="32" height="32" rx="7" fill="#0b5cad"/>' +
  '<circle cx="12" cy="16" r="7" fill="none" stroke="#fff" stroke-width="2.5"/>' +
  '<circle cx="20" cy="16" r="7" fill="none" stroke="#fff" stroke-width="2.5"/>'

/** The square mark alone, for favicons. */
export const PARLEY_MARK = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><title>Parley</title>${MARK_SHAPES}</svg>`

/** The mark and the name in white, for a dark bar 40 pixels high. */
export const PARLEY_LOGO = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 132 40"><title>Parley</title>' +
  `<g transform="translate(4 4)">${MARK_SHAPES}</g>` +
  '<text x="44" y="28" fill="#fff" font-family="system-ui, -apple-system, \'Segoe UI\', sans-serif" font-size="22" font-weight="700">Parley</text></svg>'

/** The mark as a data: URI, which the pages' content security policy allows as an image (img-src 'self' data:). */
export const PARLEY_MARK_URI = `data:image/svg+xml,${encodeURIComponent(PARLEY_MARK)}`
