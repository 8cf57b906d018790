// The rich-text editors and sanitizers between a web editor's paste and the reader, real, in the versions
// package.json pins (test tools only: nothing of them ships). Each configuration takes a snippet the way
// an editor pastes HTML into that CMS and gives back what the CMS stores and serves:
// - TinyMCE: the code dialog's setContent, then getContent;
// - CKEditor 5: the source view's setData, then getData; with HtmlEmbed the "HTML insluiten" widget;
// - DOMPurify: sanitize, as a CMS does on save or on output.
// The configurations "met onze instellingen" take their options from src/embed/builder/cms-configs.ts:
// exactly what the builder and the documentation tell a web manager to add.
import DOMPurify from 'dompurify';
import type {Config as PurifyConfig} from 'dompurify';
import type {Editor as TinyEditor, RawEditorOptions, TinyMCE} from 'tinymce';
import type * as CKEditor5 from 'ckeditor5';
import {CMS_TAGS, ckeditorHtmlSupport, dompurifyOptions, tinymceOptions} from '../../src/embed/builder/cms-configs.js';

/** A CMS configuration with an editor ready: what it stores of pasted code. */
export interface OpenEditor {
  paste(code: string): Promise<string>;
  close(): Promise<void>;
}

export interface CmsConfiguration {
  /** Its row in the README's table "Wat de lezer ziet, per CMS". */
  readonly name: string;
  open(base: URL): Promise<OpenEditor>;
}

/** The address of the CMS's own site: TinyMCE writes addresses on it relative, ours (another host) it keeps. */
const CMS_SITE = 'https://www.voorbeeldstad.nl/';

let tinymceLoaded: Promise<TinyMCE> | undefined;

/** TinyMCE's script, once per test page, as a CMS includes it. */
function loadTinymce(): Promise<TinyMCE> {
  tinymceLoaded ??= new Promise((resolve, reject) => {
    const script = Object.assign(document.createElement('script'), {src: '/node_modules/tinymce/tinymce.min.js'});
    script.addEventListener('load', () => resolve((window as unknown as {tinymce: TinyMCE}).tinymce));
    script.addEventListener('error', () => reject(new Error('tinymce.min.js did not load')));
    document.head.append(script);
  });
  return tinymceLoaded;
}

function tinymce(name: string, options: (base: URL) => RawEditorOptions): CmsConfiguration {
  return {
    name,
    async open(base) {
      const editors = await loadTinymce();
      const area = document.createElement('textarea');
      document.body.append(area);
      const [editor] = await editors.init({
        target: area, license_key: 'gpl', base_url: '/node_modules/tinymce', suffix: '.min', document_base_url: CMS_SITE, ...options(base),
      }) as TinyEditor[];
      return {
        paste: async (code) => {
          editor!.setContent(code);
          return editor!.getContent();
        },
        close: async () => {
          editor!.remove();
          area.remove();
        },
      };
    },
  };
}

type CK = typeof CKEditor5;
let ckeditorLoaded: Promise<CK> | undefined;

/** CKEditor 5's browser build: one module with every plugin. */
const loadCkeditor = () => (ckeditorLoaded ??= import('/node_modules/ckeditor5/dist/browser/ckeditor5.js' as string) as Promise<CK>);

/** The plugins a typical CMS gives its editors: text, headings, links, lists, quotes, tables, images, media. */
const typicalPlugins = (ck: CK) => [ck.Essentials, ck.Paragraph, ck.Heading, ck.Bold, ck.Italic, ck.Link, ck.List, ck.BlockQuote,
  ck.Table, ck.TableToolbar, ck.Image, ck.ImageCaption, ck.ImageToolbar, ck.MediaEmbed, ck.PasteFromOffice, ck.Autoformat];

function ckeditor(name: string, config: (ck: CK) => CKEditor5.EditorConfig, how: 'source' | 'html-embed' = 'source'): CmsConfiguration {
  return {
    name,
    async open() {
      const ck = await loadCkeditor();
      const host = document.createElement('div');
      document.body.append(host);
      const editor = await ck.ClassicEditor.create(host, {licenseKey: 'GPL', ...config(ck)});
      return {
        paste: async (code) => {
          if (how === 'html-embed') {
            // The toolbar's "HTML insluiten" button, with the code pasted into its field.
            editor.setData('');
            editor.execute('htmlEmbed', code);
          } else {
            editor.setData(code);
          }
          return editor.getData();
        },
        close: async () => {
          await editor.destroy();
          host.remove();
        },
      };
    },
  };
}

function dompurify(name: string, options: PurifyConfig): CmsConfiguration {
  return {
    name,
    open: async () => ({
      paste: async (code) => DOMPurify.sanitize(code, options) as string,
      close: async () => undefined,
    }),
  };
}

/** The configurations of the README's table, in its order. */
export const CMS_CONFIGURATIONS: readonly CmsConfiguration[] = [
  tinymce('TinyMCE 8, standaard', () => ({})),
  tinymce('TinyMCE 8, met onze instellingen', (base) => tinymceOptions(base)),
  ckeditor('CKEditor 5, gangbare plugins', (ck) => ({plugins: typicalPlugins(ck)})),
  ckeditor('CKEditor 5, General HTML Support voor alles', (ck) => ({
    plugins: [...typicalPlugins(ck), ck.GeneralHtmlSupport],
    htmlSupport: {allow: [{name: /.*/, attributes: true, classes: true, styles: true}]},
  })),
  ckeditor('CKEditor 5, met HtmlEmbed', (ck) => ({plugins: [...typicalPlugins(ck), ck.HtmlEmbed]}), 'html-embed'),
  ckeditor('CKEditor 5, met onze regel voor General HTML Support', (ck) => ({
    plugins: [...typicalPlugins(ck), ck.GeneralHtmlSupport],
    htmlSupport: ckeditorHtmlSupport(),
  })),
  dompurify('DOMPurify 3, standaard', {}),
  dompurify('DOMPurify 3, alleen ADD_TAGS', {ADD_TAGS: [...CMS_TAGS, 'iframe']}),
  dompurify('DOMPurify 3, met onze instellingen', dompurifyOptions()),
];
