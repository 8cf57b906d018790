import {html, nothing, render, type TemplateResult} from 'lit/html.js';
import {createRef, ref} from 'lit/directives/ref.js';
import {ACTORS, KINDS, type Actor, type Kind} from '../../data/index.js';
import {DEFAULT_EMBED_SETTINGS, EMBED_ELEMENTS, EMBED_LANGUAGES, EMBED_PAGE_ORDER, type EmbedElement, type EmbedLanguage, type EmbedSettings} from '../embed-query.js';
import {requestedHeight, setFrameHeight} from '../height-messages.js';
import {BUILDER_TEXT} from './builder-text.js';
import {SNIPPET_VARIANTS, embedPageUrl, frameTitle, snippet, snippetHeight, type SnippetVariant} from './snippets.js';
import {CMS_TAGS, ELEMENT_ATTRIBUTES, configCode, templateLines} from './cms-configs.js';

/** A publication as the builder offers it. */
export interface BuilderSource {
  readonly id: string;
  /** The label of the "Bron" column, e.g. "TNO (2011)". */
  readonly label: string;
  readonly title: string;
  /** How many factors cite it. */
  readonly factors: number;
}

export interface BuilderOptions {
  /** In the order the builder lists them. */
  readonly sources: readonly BuilderSource[];
  /** The folder of the CDN files; the snippets point there. */
  readonly base: URL;
  /** The builder's own language; the embed starts in it too. */
  readonly language: EmbedLanguage;
  /** Called when the reader switches the builder's language. */
  readonly onLanguageChange?: (language: EmbedLanguage) => void;
}

/** Toggles one value in a list, keeping the order of `all`. */
const toggled = <T extends string>(all: readonly T[], chosen: readonly T[], value: T, on: boolean): T[] =>
  all.filter((item) => (item === value ? on : chosen.includes(item)));

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** The systems "Mijn CMS" explains, in its order. */
const CMS_SYSTEMS = ['wordpress', 'tinymce', 'ckeditor', 'dompurify', 'other'] as const;
type CmsSystem = (typeof CMS_SYSTEMS)[number];

/**
 * The embed builder: choices on one side, the snippet and a live preview (an iframe of embed.html) on the
 * other. Rendered with Lit into an element of the page (light DOM, styled by builder.css).
 */
export class EmbedBuilder {
  private language: EmbedLanguage;
  private show: EmbedElement[] = [...DEFAULT_EMBED_SETTINGS.show];
  private kind: Kind | null = null;
  private actors: Actor[] = [];
  private sources: string[] = [];
  private query = '';
  private embedLanguage: EmbedLanguage;
  private variant: SnippetVariant = 'iframe';
  /** The preview's height as its page reports it. */
  private measuredHeight?: number;
  private status = '';
  private readonly preview = createRef<HTMLIFrameElement>();
  private readonly code = createRef<HTMLTextAreaElement>();
  private previewUrl?: string;
  /** The systems of "Mijn CMS" the reader opened. */
  private readonly openSystems = new Set<CmsSystem>();
  private readonly citations: ReadonlyMap<string, string>;

  constructor(private readonly container: HTMLElement, private readonly options: BuilderOptions) {
    this.language = options.language;
    this.embedLanguage = options.language;
    this.citations = new Map(options.sources.map((source) => [source.id, source.label]));
    window.addEventListener('message', this.onMessage);
    this.update();
  }

  /** What the embed shows now. */
  get settings(): EmbedSettings {
    return {
      show: this.show.length > 0 ? this.show : DEFAULT_EMBED_SETTINGS.show,
      kind: this.kind, actors: this.actors, sources: this.sources, query: this.query.trim(), lang: this.embedLanguage,
    };
  }

  /** The snippet as the copy button copies it. */
  get snippet(): string {
    return snippet({settings: this.settings, variant: this.variant, base: this.options.base,
      height: snippetHeight(this.measuredHeight), citations: this.citations});
  }

  /** Stops listening and empties the container. */
  destroy(): void {
    window.removeEventListener('message', this.onMessage);
    render(nothing, this.container);
  }

  /** The preview reports its height: the frame takes it, and the snippet's height follows. */
  private onMessage = (event: MessageEvent): void => {
    const frame = this.preview.value;
    const height = requestedHeight(event.data);
    if (!frame || height === undefined || event.source !== frame.contentWindow) return;
    setFrameHeight(frame, height);
    this.measuredHeight = height;
    this.update();
  };

  private change(apply: () => void): void {
    apply();
    this.status = '';
    this.update();
  }

  private update(): void {
    // A new height from the preview rewrites the snippet: code that was selected for the editor to copy
    // (the copy button's fallback) stays selected, instead of the selection dropping to its end.
    const code = this.code.value;
    const selectedForCopy = code !== undefined && document.activeElement === code && code.value.length > 0 &&
      code.selectionStart === 0 && code.selectionEnd === code.value.length;
    render(this.render(), this.container);
    if (selectedForCopy) code.select();
    const frame = this.preview.value;
    const url = embedPageUrl(this.settings, this.options.base);
    if (!frame || url === this.previewUrl) return;
    // Replacing the frame's page adds no entry to the browser's history, as setting `src` again would.
    if (this.previewUrl === undefined) frame.src = url;
    else frame.contentWindow?.location.replace(url);
    this.previewUrl = url;
  }

  private async copy(): Promise<void> {
    const t = BUILDER_TEXT[this.language].snippet;
    let copied = false;
    try {
      if (typeof navigator.clipboard?.writeText === 'function') {
        await navigator.clipboard.writeText(this.snippet);
        copied = true;
      }
    } catch {
      // Refused (no permission, an http page): select the code so the editor copies it by hand.
    }
    if (!copied) {
      this.code.value?.focus();
      this.code.value?.select();
    }
    // Emptied first, so a second click says it again to a screen reader.
    this.status = '';
    this.update();
    await nextFrame();
    this.status = copied ? t.copied : t.selected;
    this.update();
  }

  private switchLanguage(): void {
    this.language = BUILDER_TEXT[this.language].otherLanguage.code as EmbedLanguage;
    this.embedLanguage = this.language;
    this.status = '';
    this.options.onLanguageChange?.(this.language);
    this.update();
  }

  private render(): TemplateResult {
    const t = BUILDER_TEXT[this.language];
    const settings = this.settings;
    const title = frameTitle(settings, this.citations);
    return html`<div class="builder" lang=${this.language}>
      <header class="intro">
        <h1>${t.heading}</h1>
        <button type="button" class="language" lang=${t.otherLanguage.code} title=${t.otherLanguage.hint}
          @click=${() => this.switchLanguage()}>${t.otherLanguage.label}</button>
        <p>${t.intro}</p>
      </header>
      <div class="columns">
        <form class="choices" aria-label=${t.heading} @submit=${(event: Event) => event.preventDefault()}>
          ${this.renderElements()}
          ${this.renderKind()}
          ${this.renderActors()}
          ${this.renderSources()}
          <div class="field">
            <label for="sf-builder-query">${t.query.label}</label>
            <p class="hint" id="sf-builder-query-hint">${t.query.hint}</p>
            <input id="sf-builder-query" type="text" autocomplete="off" spellcheck="false" .value=${this.query}
              aria-describedby="sf-builder-query-hint"
              @input=${(event: Event) => this.change(() => (this.query = (event.target as HTMLInputElement).value))}>
          </div>
          ${this.renderRadios('sf-builder-lang', t.language.legend, EMBED_LANGUAGES, this.embedLanguage, t.language.names,
            (value) => (this.embedLanguage = value), t.language.hint)}
          ${this.renderRadios('sf-builder-variant', t.variant.legend, SNIPPET_VARIANTS, this.variant, t.variant.names,
            (value) => (this.variant = value), undefined, t.variant.hints)}
        </form>
        <section class="result" aria-labelledby="sf-builder-code-heading">
          <h2 id="sf-builder-code-heading">${t.snippet.heading}</h2>
          <label for="sf-builder-code">${t.snippet.label}</label>
          <textarea id="sf-builder-code" ${ref(this.code)} readonly rows="7" spellcheck="false" .value=${this.snippet}></textarea>
          <div class="copy-row">
            <button type="button" class="copy" @click=${() => void this.copy()}>${t.snippet.copy}</button>
            <p class="status" role="status">${this.status}</p>
          </div>
          <h2>${t.preview.heading}</h2>
          <iframe class="preview" ${ref(this.preview)} title=${t.preview.frame(title)}></iframe>
        </section>
      </div>
      ${this.renderCms()}
    </div>`;
  }

  /**
   * "Mijn CMS": per system what it does to the code, what a web manager sets up, and what the editor sees
   * when it goes wrong. Each system is a heading with a disclosure button (WAI-ARIA's disclosure pattern),
   * so headings still lead a screen reader through the part, and Tab, Enter and Space work it.
   */
  private renderCms(): TemplateResult {
    const t = BUILDER_TEXT[this.language].cms;
    const base = this.options.base;
    const code = (text: string) => html`<pre><code>${text}</code></pre>`;
    const template = html`<p>${t.template}</p>${code(templateLines(base))}`;
    const setup: Record<CmsSystem, TemplateResult | typeof nothing> = {
      wordpress: nothing,
      tinymce: html`<p>${t.forManager}</p>${code(configCode.tinymce(base, t.comments.options))}${template}`,
      ckeditor: html`${code(configCode.ckeditorEmbed(t.comments.plugins))}
        <p>${t.systems.ckeditor.alternative}</p>${code(configCode.ckeditor(t.comments.pluginsAndOptions))}${template}`,
      dompurify: html`<p>${t.forManager}</p>${code(configCode.dompurify())}${template}`,
      other: html`<p>${t.systems.other.ask(base.host)}</p>${code(CMS_TAGS.map((tag) => `<${tag}> ${ELEMENT_ATTRIBUTES[tag].join(' ')}`).join('\n'))}${template}`,
    };
    return html`<section class="cms" aria-labelledby="sf-builder-cms-heading">
      <h2 id="sf-builder-cms-heading">${t.heading}</h2>
      <p class="cms-intro">${t.intro}</p>
      ${CMS_SYSTEMS.map((system) => {
        const open = this.openSystems.has(system);
        const text = t.systems[system];
        const id = `sf-builder-cms-${system}`;
        return html`<h3><button type="button" class="disclosure" aria-expanded=${open ? 'true' : 'false'} aria-controls=${id}
            @click=${() => this.toggleSystem(system)}>${text.name}</button></h3>
          <div class="cms-system" id=${id} ?hidden=${!open}>
            ${text.what.map((paragraph) => html`<p>${paragraph}</p>`)}
            ${setup[system]}
            <h4>${t.wrong}</h4>
            <p>${text.wrong}</p>
          </div>`;
      })}
    </section>`;
  }

  private toggleSystem(system: CmsSystem): void {
    if (!this.openSystems.delete(system)) this.openSystems.add(system);
    this.update();
  }

  private renderElements(): TemplateResult {
    const t = BUILDER_TEXT[this.language].elements;
    return html`<fieldset class="elements">
      <legend>${t.legend}</legend>
      ${EMBED_ELEMENTS.map((tag) => this.renderCheckbox(`sf-builder-show-${tag}`, t.names[tag], this.show.includes(tag),
        (on) => (this.show = toggled(EMBED_PAGE_ORDER, this.show, tag, on))))}
      ${this.show.length === 0 ? html`<p class="hint">${t.none}</p>` : nothing}
    </fieldset>`;
  }

  private renderKind(): TemplateResult {
    const t = BUILDER_TEXT[this.language].kind;
    const options = ['all', ...KINDS] as const;
    return this.renderRadios('sf-builder-kind', t.legend, options, this.kind ?? 'all', {all: t.all, ...t.kinds},
      (value) => (this.kind = value === 'all' ? null : value));
  }

  private renderActors(): TemplateResult {
    const t = BUILDER_TEXT[this.language].actors;
    return html`<fieldset aria-describedby="sf-builder-actor-hint">
      <legend>${t.legend}</legend>
      <p class="hint" id="sf-builder-actor-hint">${t.hint}</p>
      ${ACTORS.map((actor) => this.renderCheckbox(`sf-builder-actor-${actor}`, t.names[actor], this.actors.includes(actor),
        (on) => (this.actors = toggled(ACTORS, this.actors, actor, on))))}
    </fieldset>`;
  }

  private renderSources(): TemplateResult {
    const t = BUILDER_TEXT[this.language].sources;
    const ids = this.options.sources.map((source) => source.id);
    return html`<details class="sources" ?open=${this.sources.length > 0}>
      <summary>${t.summary(this.sources.length)}</summary>
      <fieldset aria-describedby="sf-builder-source-hint">
        <legend>${t.legend}</legend>
        <p class="hint" id="sf-builder-source-hint">${t.hint}</p>
        ${this.options.sources.map((source) => html`<div class="option">
          <input type="checkbox" id=${`sf-builder-source-${source.id}`} .checked=${this.sources.includes(source.id)}
            aria-describedby=${`sf-builder-source-${source.id}-title`}
            @change=${(event: Event) => this.change(() => (this.sources = toggled(ids, this.sources, source.id, (event.target as HTMLInputElement).checked)))}>
          <label for=${`sf-builder-source-${source.id}`}>${source.label} <span class="count">(${t.factors(source.factors)})</span></label>
          <span class="source-title" id=${`sf-builder-source-${source.id}-title`} lang="nl">${source.title}</span>
        </div>`)}
      </fieldset>
    </details>`;
  }

  private renderCheckbox(id: string, label: string, checked: boolean, set: (on: boolean) => void): TemplateResult {
    return html`<div class="option">
      <input type="checkbox" id=${id} .checked=${checked}
        @change=${(event: Event) => this.change(() => set((event.target as HTMLInputElement).checked))}>
      <label for=${id}>${label}</label>
    </div>`;
  }

  private renderRadios<T extends string>(name: string, legend: string, values: readonly T[], current: T, labels: Record<T, string>,
    set: (value: T) => void, hint?: string, hints?: Record<T, string>): TemplateResult {
    return html`<fieldset aria-describedby=${hint ? `${name}-hint` : nothing}>
      <legend>${legend}</legend>
      ${hint ? html`<p class="hint" id=${`${name}-hint`}>${hint}</p>` : nothing}
      ${values.map((value) => html`<div class="option">
        <input type="radio" name=${name} id=${`${name}-${value}`} .checked=${value === current}
          aria-describedby=${hints ? `${name}-${value}-hint` : nothing}
          @change=${() => this.change(() => set(value))}>
        <label for=${`${name}-${value}`}>${labels[value]}</label>
        ${hints ? html`<p class="hint" id=${`${name}-${value}-hint`}>${hints[value]}</p>` : nothing}
      </div>`)}
    </fieldset>`;
  }
}
