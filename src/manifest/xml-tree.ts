import { DOMParser, type Element } from '@xmldom/xmldom';

/** A parsed element reduced to what the manifest checks need: names without prefixes, attributes, text. */
export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly text: string;
  readonly children: readonly XmlElement[];
}

export type ParseResult = { ok: true; root: XmlElement } | { ok: false; error: string };

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Parses strictly: xmldom only warns on some errors (unknown entities), which still mean a broken manifest. */
export function parseXml(xml: string): ParseResult {
  const errors: string[] = [];
  try {
    const doc = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') errors.push(message);
      },
    }).parseFromString(xml, 'text/xml');
    const root = doc.documentElement;
    if (errors.length > 0 || !root) return { ok: false, error: errors[0] ?? 'no root element' };
    return { ok: true, root: toElement(root) };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

function toElement(el: Element): XmlElement {
  const attrs: Record<string, string> = {};
  for (let i = 0; i < el.attributes.length; i++) {
    const attr = el.attributes.item(i);
    if (attr) attrs[attr.name] = attr.value;
  }
  const children: XmlElement[] = [];
  let text = '';
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === ELEMENT_NODE) children.push(toElement(child as Element));
    else if (child.nodeType === TEXT_NODE) text += child.nodeValue ?? '';
  }
  return { name: el.localName ?? el.nodeName, attrs, text: text.trim(), children };
}

/** Every element below `root` (depth first, document order) with the given local name, or all for `*`. */
export function descendants(root: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const visit = (el: XmlElement): void => {
    for (const child of el.children) {
      if (name === '*' || child.name === name) found.push(child);
      visit(child);
    }
  };
  visit(root);
  return found;
}

export function child(el: XmlElement, name: string): XmlElement | undefined {
  return el.children.find((c) => c.name === name);
}
