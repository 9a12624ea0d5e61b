/**
 * The MeMo 1.1 element model (Meddelelsesmodellen, the Danish Agency for Digital Government's message
 * format for Digital Post), for the elements this project writes: order, cardinality, types and
 * lengths. No public XSD can be obtained here, so this is the schema, written from the published model
 * as public implementations carry it: the element order of itk-dev-rpa/python-serviceplatformen
 * (`memo` dataclasses, kw_only so their field order is the sequence) and itk-dev/serviceplatformen
 * (SF1601 examples); types, lengths and the UUID pattern from the xsdata classes generated from the
 * MeMo XSD in python-serviceplatformen (`memo/message.py`). Optional elements we never write are
 * listed too, so that order is checked against the whole sequence.
 * `validateMemo` checks a parsed message against it; tests/delivery/memo-model.test.ts has a test per rule.
 */
import { xml2js } from 'xml-js';

export const MEMO_NAMESPACE = 'https://DigitalPost.dk/MeMo-1';
export const MEMO_VERSION = '1.1';
export const MEMO_SCHEMA_VERSION = '1.1.0';

/** A text value's type: the XSD simple types the model uses. */
export type TextType =
  | { readonly kind: 'string'; readonly maxLength: number }
  | { readonly kind: 'boolean' }
  /** xs:dateTime in UTC, as MeMo requires (pattern `.+Z`). */
  | { readonly kind: 'dateTimeUtc' }
  /** The model's UUID pattern: version 4, RFC 4122 variant. */
  | { readonly kind: 'uuid4' }
  | { readonly kind: 'base64' }
  | { readonly kind: 'enum'; readonly values: readonly string[] };

export interface ElementRule {
  readonly name: string;
  readonly min: number;
  readonly max: number;
  /** Either children in sequence or a text value. */
  readonly children?: readonly ElementRule[];
  readonly text?: TextType;
}

const UNBOUNDED = Number.POSITIVE_INFINITY;
const s256: TextType = { kind: 'string', maxLength: 256 };
const el = (
  name: string,
  min: number,
  max: number,
  body: { text: TextType } | { children: readonly ElementRule[] },
): ElementRule => ({
  name,
  min,
  max,
  ...body,
});
const text = (name: string, min: 0 | 1, type: TextType = s256) => el(name, min, 1, { text: type });

const file = el('File', 1, UNBOUNDED, {
  children: [
    text('encodingFormat', 1),
    text('filename', 1),
    text('language', 1, { kind: 'string', maxLength: 2 }),
    text('content', 1, { kind: 'base64' }),
  ],
});

const attentionData = el('AttentionData', 0, 1, {
  children: [
    el('AttentionPerson', 0, 1, { children: [text('personID', 0), text('label', 0)] }),
    el('EMail', 0, 1, { children: [text('emailAddress', 1), text('relatedAgent', 0)] }),
    el('Telephone', 0, 1, { children: [text('telephoneNumber', 1), text('relatedAgent', 0)] }),
    el('ContentResponsible', 0, 1, { children: [text('contentResponsibleID', 0), text('label', 0)] }),
    el('GeneratingSystem', 0, 1, { children: [text('generatingSystemID', 1), text('label', 0)] }),
  ],
});

const contactPoint = el('ContactPoint', 0, 1, {
  children: [
    text('contactGroup', 0),
    text('contactPointID', 1),
    text('label', 0),
    el('ContactInfo', 0, 2, { children: [text('label', 1), text('value', 1)] }),
  ],
});

export const MEMO_MODEL: ElementRule = el('Message', 1, 1, {
  children: [
    el('MessageHeader', 1, 1, {
      children: [
        text('messageType', 1, { kind: 'enum', values: ['DIGITALPOST', 'NEMSMS'] }),
        text('messageUUID', 1, { kind: 'uuid4' }),
        text('messageID', 0),
        text('messageCode', 0),
        text('label', 1),
        text('notification', 0, { kind: 'string', maxLength: 150 }),
        text('additionalNotification', 0),
        text('reply', 0, { kind: 'boolean' }),
        text('replyByDateTime', 0, { kind: 'dateTimeUtc' }),
        text('mandatory', 0, { kind: 'boolean' }),
        text('legalNotification', 0, { kind: 'boolean' }),
        text('postType', 0),
        el('Sender', 1, 1, {
          children: [
            text('senderID', 1),
            text('idType', 1, { kind: 'enum', values: ['MyndighedsID', 'CPR', 'CVR'] }),
            text('label', 1),
            attentionData,
            contactPoint,
          ],
        }),
        el('Recipient', 1, 1, {
          children: [
            text('recipientID', 1),
            text('idType', 1, { kind: 'enum', values: ['MyndighedsID', 'CPR', 'CVR'] }),
            text('label', 0),
            attentionData,
            contactPoint,
          ],
        }),
        el('ContentData', 0, 1, {
          children: [
            el('CaseID', 0, 1, { children: [text('caseID', 1), text('caseSystem', 1)] }),
            el('AdditionalContentData', 0, 10, {
              children: [text('contentDataType', 0), text('contentDataName', 1), text('contentDataValue', 1)],
            }),
          ],
        }),
      ],
    }),
    el('MessageBody', 0, 1, {
      children: [
        text('createdDateTime', 1, { kind: 'dateTimeUtc' }),
        el('MainDocument', 1, 1, { children: [text('mainDocumentID', 0), text('label', 0), file] }),
        el('AdditionalDocument', 0, UNBOUNDED, { children: [text('additionalDocumentID', 0), text('label', 0), file] }),
      ],
    }),
  ],
});

/** One violation: where (a path of element names) and which rule. */
export interface MemoViolation {
  readonly path: string;
  readonly rule:
    | 'root'
    | 'namespace'
    | 'version'
    | 'unknown-or-out-of-order'
    | 'too-few'
    | 'too-many'
    | 'type'
    | 'length'
    | 'mixed';
}

interface XmlNode {
  type: string;
  name?: string;
  attributes?: Record<string, string>;
  elements?: XmlNode[];
  text?: string;
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

function checkText(value: string, type: TextType): MemoViolation['rule'] | null {
  switch (type.kind) {
    case 'string':
      return value.length === 0 ? 'type' : [...value].length > type.maxLength ? 'length' : null;
    case 'boolean':
      return /^(true|false)$/.test(value) ? null : 'type';
    case 'dateTimeUtc':
      return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(value) ? null : 'type';
    case 'uuid4':
      return /^[a-fA-F0-9]{8}-[a-fA-F0-9]{4}-4[a-fA-F0-9]{3}-[aAbB89][a-fA-F0-9]{3}-[a-fA-F0-9]{12}$/.test(value) ? null : 'type';
    case 'base64':
      return value.length > 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(value) && value.length % 4 === 0 ? null : 'type';
    case 'enum':
      return type.values.includes(value) ? null : 'type';
  }
}

function checkElement(node: XmlNode, rule: ElementRule, path: string, out: MemoViolation[], prefix: string) {
  const children = (node.elements ?? []).filter((child) => child.type === 'element');
  const texts = (node.elements ?? []).filter((child) => child.type === 'text' || child.type === 'cdata');
  if (rule.text) {
    if (children.length) out.push({ path, rule: 'mixed' });
    const problem = checkText(texts.map((t) => t.text ?? '').join(''), rule.text);
    if (problem) out.push({ path, rule: problem });
    return;
  }
  if (texts.some((t) => (t.text ?? '').trim() !== '')) out.push({ path, rule: 'mixed' });
  // A sequence: walk the rules in order, taking each rule's run of elements.
  let index = 0;
  for (const childRule of rule.children ?? []) {
    let count = 0;
    while (index < children.length && localName(children[index]?.name ?? '') === childRule.name) {
      const child = children[index] as XmlNode;
      if (child.name !== `${prefix}${childRule.name}`) out.push({ path: `${path}/${childRule.name}`, rule: 'namespace' });
      count++;
      if (count <= childRule.max) checkElement(child, childRule, `${path}/${childRule.name}`, out, prefix);
      index++;
    }
    if (count < childRule.min) out.push({ path: `${path}/${childRule.name}`, rule: 'too-few' });
    if (count > childRule.max) out.push({ path: `${path}/${childRule.name}`, rule: 'too-many' });
  }
  if (index < children.length)
    out.push({ path: `${path}/${localName(children[index]?.name ?? '')}`, rule: 'unknown-or-out-of-order' });
}

/** Every violation of the model in a serialised message; empty when it conforms. */
export function validateMemo(xml: string): MemoViolation[] {
  const doc = xml2js(xml, { compact: false }) as XmlNode;
  const roots = (doc.elements ?? []).filter((node) => node.type === 'element');
  const root = roots[0];
  if (roots.length !== 1 || !root || localName(root.name ?? '') !== 'Message') return [{ path: '/', rule: 'root' }];
  const out: MemoViolation[] = [];
  // Every element in the MeMo namespace, with the root's prefix (or none, with a default namespace).
  const prefix = root.name?.includes(':') ? `${root.name.split(':')[0]}:` : '';
  if (root.attributes?.[prefix ? `xmlns:${prefix.slice(0, -1)}` : 'xmlns'] !== MEMO_NAMESPACE)
    out.push({ path: '/Message', rule: 'namespace' });
  if (root.attributes?.memoVersion !== MEMO_VERSION || root.attributes?.memoSchVersion !== MEMO_SCHEMA_VERSION)
    out.push({ path: '/Message', rule: 'version' });
  checkElement(root, MEMO_MODEL, '/Message', out, prefix);
  return out;
}
