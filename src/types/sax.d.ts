/** The part of sax (isaacs/sax-js, no bundled types) that src/i18n/xml-tree.ts uses. */
declare module 'sax' {
  export interface Tag {
    readonly name: string;
    readonly attributes: Record<string, string>;
    readonly isSelfClosing: boolean;
  }
  export interface SAXParser {
    line: number;
    column: number;
    onopentag: (tag: Tag) => void;
    onclosetag: (name: string) => void;
    ontext: (text: string) => void;
    oncdata: (text: string) => void;
    onerror: (error: Error) => void;
    write(chunk: string): SAXParser;
    close(): SAXParser;
  }
  export function parser(strict: boolean, options?: { strictEntities?: boolean; trim?: boolean; normalize?: boolean }): SAXParser;
  const sax: { parser: typeof parser };
  export default sax;
}
