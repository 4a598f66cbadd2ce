// What the HTML converter knows about elements: a data table, not code.

/** Elements whose content is never text of the document. */
export const DROPPED = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'canvas',
  'select', 'option', 'button', 'input', 'textarea', 'img', 'audio', 'video', 'map',
  // page furniture: navigation, side bars, menus
  'nav', 'aside', 'menu',
]);

/**
 * The site's header and footer: dropped, except inside an article or main element, where
 * `<header>` holds the document's own title (and `<footer>` its date or signature).
 */
export const SITE_FURNITURE = new Set(['header', 'footer']);

/** Elements inside which `header` and `footer` belong to the document. */
export const CONTENT_ROOTS = new Set(['article', 'main']);

/** ARIA roles of page furniture. */
export const DROPPED_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'menu', 'menubar', 'search', 'complementary']);

/** class or id tokens of page furniture on Chinese government sites (the whole token, lower case). */
export const DROPPED_NAMES = new Set([
  'nav', 'navbar', 'navigation', 'menu', 'breadcrumb', 'breadcrumbs', 'crumb', 'header', 'footer', 'sidebar',
  'topbar', 'share', 'bdsharebuttonbox', 'position', 'skip-link',
]);

/** Elements that end the line before and after them: each is one paragraph (or more). */
export const BLOCKS = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'dd', 'dt', 'dl', 'ul', 'ol', 'blockquote', 'pre',
  'section', 'article', 'main', 'center', 'address', 'figure', 'figcaption', 'caption', 'hr', 'table', 'tbody',
  'thead', 'tfoot', 'body', 'html', 'fieldset', 'legend', 'details', 'summary',
]);

/** Table cells. */
export const CELLS = new Set(['td', 'th']);
