import { Parser } from 'htmlparser2';

const DROP = new Set([
  'script',
  'style',
  'noscript',
  'iframe',
  'object',
  'embed',
  'svg',
  'canvas',
  'template',
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'button',
  'select',
  'head',
]);
const BLOCK = new Set([
  'p',
  'div',
  'br',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'article',
  'section',
  'main',
  'blockquote',
  'tr',
  'table',
  'figcaption',
  'pre',
  'dd',
  'dt',
]);

export interface HtmlExtract {
  readonly text: string;
  readonly title?: string | undefined;
  readonly published?: string | undefined;
  readonly outlet?: string | undefined;
  readonly url?: string | undefined;
}

/**
 * The readable text of an HTML page: scripts, styles, navigation and forms dropped, blocks
 * separated by blank lines, entities decoded. When the page has an <article> or <main>, only
 * its text is kept. Metadata from <title> and common meta tags.
 */
export function htmlToText(html: string): HtmlExtract {
  const all: string[] = [];
  const main: string[] = [];
  let dropDepth = 0;
  let mainDepth = 0;
  let inTitle = false;
  let title = '';
  const meta: Record<string, string> = {};
  const stack: string[] = [];
  const push = (s: string) => {
    all.push(s);
    if (mainDepth > 0) main.push(s);
  };
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        stack.push(name);
        if (DROP.has(name) && name !== 'head') dropDepth++;
        if (name === 'article' || name === 'main') mainDepth++;
        if (name === 'title') inTitle = true;
        if (name === 'meta') {
          const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? '').toLowerCase();
          if (key && attrs.content) meta[key] = attrs.content;
        }
        if (BLOCK.has(name) && dropDepth === 0) push('\n\n');
      },
      ontext(text) {
        if (inTitle) title += text;
        else if (dropDepth === 0) push(text);
      },
      onclosetag(name) {
        stack.pop();
        if (DROP.has(name) && name !== 'head' && dropDepth > 0) dropDepth--;
        if ((name === 'article' || name === 'main') && mainDepth > 0) mainDepth--;
        if (name === 'title') inTitle = false;
        if (BLOCK.has(name) && dropDepth === 0) push('\n\n');
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  const chosen = main.join('').trim().length > 200 ? main : all;
  const text = chosen
    .join('')
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const published =
    meta['article:published_time'] ?? meta.date ?? meta.datepublished ?? meta['og:published_time'];
  return {
    text,
    title: (meta['og:title'] ?? title).trim() || undefined,
    published: published ? published.slice(0, 10) : undefined,
    outlet: meta['og:site_name'],
    url: meta['og:url'],
  };
}
