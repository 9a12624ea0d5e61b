/** The one function of the `xliff` package the tests use (it ships no types): XLIFF 1.2 text → its JS form. */
declare module 'xliff/xliff12ToJs' {
  interface XliffJs {
    sourceLanguage: string;
    targetLanguage?: string;
    resources: Record<string, Record<string, { source?: unknown; target?: unknown }>>;
  }
  export default function xliff12ToJs(xml: string): Promise<XliffJs>;
}
