/**
 * Builds .docx files in the tests: the XML parts written by hand (as Word writes them, with the
 * `w:` namespace), zipped with fflate. Only what the import reads is written; Word itself also
 * needs [Content_Types].xml and the relationships, which are included so LibreOffice opens them.
 */
import { zipSync, strToU8 } from 'fflate';

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>`;

const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

const DOC_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;

/** `<w:document>` around body XML. */
export function documentXml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W_NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>${body}<w:sectPr/></w:body></w:document>`;
}

export function numberingXml(inner: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering xmlns:w="${W_NS}">${inner}</w:numbering>`;
}

export function stylesXml(inner: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="${W_NS}"><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>${inner}</w:styles>`;
}

/** A paragraph: text runs, optional numbering (numId, ilvl) and style. */
export function p(text: string, opts: { num?: [number, number]; style?: string; extra?: string } = {}): string {
  const ppr = [
    opts.style ? `<w:pStyle w:val="${opts.style}"/>` : '',
    opts.num ? `<w:numPr><w:ilvl w:val="${opts.num[1]}"/><w:numId w:val="${opts.num[0]}"/></w:numPr>` : '',
  ].join('');
  return `<w:p>${ppr ? `<w:pPr>${ppr}</w:pPr>` : ''}${opts.extra ?? ''}${text ? `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>` : ''}</w:p>`;
}

/** A w:lvl: level, format, text, start, and extra children (w:lvlRestart, w:suff …). */
export function lvl(ilvl: number, fmt: string, text: string, start = 1, extra = ''): string {
  return `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${fmt}"/>${extra}<w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/></w:lvl>`;
}

/** Zips the parts (document.xml, and numbering/styles when given) into .docx bytes. */
export function buildDocx(parts: { document: string; numbering?: string; styles?: string; extra?: Record<string, string> }): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(CONTENT_TYPES),
    '_rels/.rels': strToU8(ROOT_RELS),
    'word/_rels/document.xml.rels': strToU8(DOC_RELS),
    'word/document.xml': strToU8(parts.document),
  };
  if (parts.numbering) files['word/numbering.xml'] = strToU8(parts.numbering);
  files['word/styles.xml'] = strToU8(parts.styles ?? stylesXml(''));
  for (const [k, v] of Object.entries(parts.extra ?? {})) files[k] = strToU8(v);
  return zipSync(files);
}
