import type { OkrStore, WeeklyReportStore } from '@okrkit/core';
import { OkrProvider, type OkrDirectory, type OkrErrorInfo, type OkrLabels } from '@okrkit/react';
import type { OkrStorageError } from '@okrkit/core';
import type { ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { dispatchOkrEvent, type OkrElementEventMap } from './events';
import { languageOf, loadLabels } from './locale-labels';
import { resolveSource, sharedStores, type SharedStores } from './shared-stores';
import { adoptStyles } from './styles';
import { containDialogFocus } from './dialog-focus';

/** `color-scheme`: light, dark, or the system's (`auto`). */
export type OkrColorScheme = 'light' | 'dark' | 'auto';
const schemes: readonly string[] = ['light', 'dark', 'auto'];

/** In Node (server rendering, tests) there is no HTMLElement: the classes still load, and define nothing. */
const ElementBase = (typeof HTMLElement === 'undefined' ? class {} : HTMLElement) as typeof HTMLElement;

/** The attributes every okrkit element reads. */
export const commonAttributes = ['src', 'person', 'locale', 'color-scheme', 'dir'] as const;

/** What an element renders: its widget, or the Error saying which attribute is missing or wrong. */
export type OkrElementContent = ReactNode | Error;

/**
 * The base of every okrkit element: a shadow root with okrkit's stylesheet (adopted once per
 * document), a React root in it that mounts on connect and unmounts on disconnect, and an
 * `OkrProvider` over the `store` property, or the store shared by every element with the same
 * `src` and `person`. Attribute and property changes re-render (batched in a microtask).
 * Subclasses list their own attributes and render their widget.
 */
export abstract class OkrElement extends ElementBase {
  /** The subclass's own attributes (ids), reflected as camel-cased properties. */
  static ownAttributes: readonly string[] = [];

  static get observedAttributes(): string[] {
    return [...commonAttributes, ...this.ownAttributes];
  }

  /** The REST base URL whose shared store this element shows (when no `store` property is set). */
  declare src: string | null;
  /** Sent as `x-okrkit-user` to `src`, and recorded as the author of check-ins made here. */
  declare person: string | null;
  /** BCP 47 locale: numbers, dates and okrkit's words (en, de, fr, es, vi, zh; others read English). */
  declare locale: string | null;
  declare colorScheme: OkrColorScheme | null;

  readonly #frame: HTMLDivElement;
  readonly #mount: HTMLDivElement;
  readonly #layer: HTMLDivElement;
  #root: Root | null = null;
  #scheduled = false;
  #store: OkrStore | null = null;
  #reportStore: WeeklyReportStore | null = null;
  #directory: OkrDirectory | undefined;
  #labels: { language: string; labels: OkrLabels } | undefined;
  #reported = new Set<string>();
  readonly #views = new WeakMap<OkrStore, OkrStore>();

  constructor() {
    super();
    const shadow = this.attachShadow({ mode: 'open' });
    adoptStyles(shadow);
    this.#frame = document.createElement('div');
    this.#frame.setAttribute('data-slot', 'okr-element');
    this.#frame.setAttribute('part', 'root');
    this.#mount = document.createElement('div');
    this.#mount.setAttribute('data-slot', 'okr-element-content');
    // Dialogs portal here, inside the shadow root: the stylesheet, scheme and direction apply.
    this.#layer = document.createElement('div');
    this.#layer.setAttribute('data-slot', 'okr-element-layer');
    this.#frame.append(this.#mount, this.#layer);
    shadow.append(this.#frame);
    containDialogFocus(shadow, this.#layer);
    // Every okrkit part (`data-slot`) is also a CSS part: `okr-objective-card::part(objective-card-title)`.
    if (typeof MutationObserver !== 'undefined') {
      new MutationObserver((records) => {
        for (const record of records) for (const node of record.addedNodes) exposeParts(node);
      }).observe(this.#frame, { childList: true, subtree: true });
    }
  }

  /** An okrkit store to show instead of the one `src` names. */
  get store(): OkrStore | null {
    return this.#store;
  }
  set store(store: OkrStore | null) {
    this.#store = store ?? null;
    this.#schedule();
  }

  /** The weekly-report store (`<okr-weekly-report>`); with `src` and no store, the shared one. */
  get reportStore(): WeeklyReportStore | null {
    return this.#reportStore;
  }
  set reportStore(store: WeeklyReportStore | null) {
    this.#reportStore = store ?? null;
    this.#schedule();
  }

  /** The people and teams to name instead of ids (`{ people: { ana: { name: 'Ana Souza' } } }`). */
  get directory(): OkrDirectory | undefined {
    return this.#directory;
  }
  set directory(directory: OkrDirectory | undefined) {
    this.#directory = directory;
    this.#schedule();
  }

  connectedCallback(): void {
    this.#root ??= createRoot(this.#mount);
    this.#schedule();
  }

  disconnectedCallback(): void {
    // A move (remove, then append elsewhere) keeps the root; only a real removal unmounts.
    queueMicrotask(() => {
      if (this.isConnected || !this.#root) return;
      this.#root.unmount();
      this.#root = null;
    });
  }

  attributeChangedCallback(): void {
    this.#schedule();
  }

  /** The widget, given the provider's store; an Error when an attribute is missing or wrong. */
  protected abstract renderWidget(): OkrElementContent;

  /** The attribute's trimmed value, or an Error naming it when missing or longer than 200 characters. */
  protected required(attribute: string): string | Error {
    const value = this.getAttribute(attribute)?.trim();
    if (!value) return new Error(`${attribute}: required (the id of the record to show)`);
    if (value.length > 200) return new Error(`${attribute}: at most 200 characters (${value.length} given)`);
    return value;
  }

  /** The weekly-report store: the property, or the one shared for `src`. */
  protected weeklyReports(): WeeklyReportStore | Error {
    if (this.#reportStore) return this.#reportStore;
    const shared = this.#shared();
    return shared instanceof Error ? shared : shared ? shared.reportStore() : new Error('reportStore: set the reportStore property or the src attribute');
  }

  /** Dispatches one of okrkit's events from this element. */
  protected emit<K extends keyof OkrElementEventMap>(type: K, detail: OkrElementEventMap[K]['detail']): void {
    dispatchOkrEvent(this, type, detail);
  }

  #shared(): SharedStores | Error | null {
    const src = this.getAttribute('src');
    if (src === null) return null;
    const url = resolveSource(src, document.baseURI);
    return url instanceof Error ? url : sharedStores(url, this.getAttribute('person'));
  }

  #schedule(): void {
    if (this.#scheduled) return;
    this.#scheduled = true;
    queueMicrotask(() => {
      this.#scheduled = false;
      this.#render();
    });
  }

  /** The store as this element's widgets see it: writes made here also dispatch their events from here. */
  #view(store: OkrStore): OkrStore {
    let view = this.#views.get(store);
    if (!view) {
      const emit = this.emit.bind(this);
      view = new Proxy(store, {
        get(target, key, receiver) {
          if (key === 'recordCheckIn') {
            return async (...args: Parameters<OkrStore['recordCheckIn']>) => {
              const recorded = await target.recordCheckIn(...args);
              const objectiveId = target.getSnapshot().okrSet.keyResults.find((keyResult) => keyResult.id === recorded.checkIn.keyResultId)?.objectiveId;
              emit('okr-check-in-saved', { checkIn: recorded.checkIn, keyResultId: recorded.checkIn.keyResultId, objectiveId, overtook: recorded.overtook !== null });
              return recorded;
            };
          }
          if (key === 'saveObjective') {
            return async (...args: Parameters<OkrStore['saveObjective']>) => {
              const saved = await target.saveObjective(...args);
              emit('okr-objective-saved', { objective: saved.objective, keyResults: saved.keyResults });
              return saved;
            };
          }
          const value: unknown = Reflect.get(target, key, receiver);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
      this.#views.set(store, view);
    }
    return view;
  }

  #onError = (error: OkrStorageError, info: OkrErrorInfo): void => {
    this.emit(info.action === 'load' ? 'okr-load-failed' : 'okr-save-failed', {
      error,
      code: error.code,
      message: error.message,
      widget: info.widget,
      action: info.action,
      kind: info.kind,
      recordId: info.recordId,
    });
  };

  /** Says once per element and problem, on the console, why nothing is shown. */
  #refuse(problem: Error): void {
    if (this.#reported.has(problem.message)) return;
    this.#reported.add(problem.message);
    console.error(`okrkit: <${this.localName}> ${problem.message}`);
  }

  #labelsFor(locale: string | null): OkrLabels | undefined {
    const language = languageOf(locale);
    if (!language || language === 'en') return undefined;
    if (this.#labels?.language === language) return this.#labels.labels;
    void loadLabels(language).then(
      (labels) => {
        this.#labels = { language, labels };
        this.#schedule();
      },
      (error: unknown) => this.#refuse(new Error(`locale: the ${language} labels did not load (${String(error)})`)),
    );
    // English until the set arrives (a chunk away).
    return this.#labels?.labels;
  }

  #render(): void {
    const root = this.#root;
    if (!root) return;
    const scheme = this.getAttribute('color-scheme') ?? 'light';
    if (!schemes.includes(scheme)) this.#refuse(new Error(`color-scheme: light, dark or auto ("${scheme}" given); light is used`));
    this.#frame.setAttribute('data-color-scheme', schemes.includes(scheme) ? scheme : 'light');
    const dir = this.getAttribute('dir');
    if (dir) this.#frame.setAttribute('dir', dir);
    else this.#frame.removeAttribute('dir');

    const shared = this.#store ? null : this.#shared();
    const store = this.#store ?? (shared instanceof Error || !shared ? null : shared.store);
    const problem = shared instanceof Error ? shared : store ? null : new Error('store: set the store property or the src attribute');
    const content = problem ?? this.renderWidget();
    if (content instanceof Error || !store) {
      this.#refuse(content instanceof Error ? content : new Error('store: set the store property or the src attribute'));
      root.render(null);
      return;
    }
    const locale = this.getAttribute('locale') ?? undefined;
    root.render(
      <OkrProvider
        store={this.#view(store)}
        locale={locale}
        labels={this.#labelsFor(locale ?? null)}
        userId={this.getAttribute('person') ?? undefined}
        directory={this.#directory}
        onError={this.#onError}
        portalContainer={this.#layer}
      >
        {content}
      </OkrProvider>,
    );
  }
}

/** Copies `data-slot` to `part` on a node added to the shadow tree and on its descendants. */
function exposeParts(node: Node): void {
  if (!(node instanceof Element)) return;
  const slot = node.getAttribute('data-slot');
  if (slot && !node.hasAttribute('part')) node.setAttribute('part', slot);
  for (const child of node.querySelectorAll('[data-slot]:not([part])')) child.setAttribute('part', child.getAttribute('data-slot') ?? '');
}

/** Defines a string property reflecting each attribute (`objectiveId` ↔ `objective-id`); null removes it. */
export function reflect(element: { prototype: object }, properties: Readonly<Record<string, string>>): void {
  for (const [property, attribute] of Object.entries(properties)) {
    Object.defineProperty(element.prototype, property, {
      configurable: true,
      enumerable: true,
      get(this: HTMLElement) {
        return this.getAttribute(attribute);
      },
      set(this: HTMLElement, value: unknown) {
        if (value === null || value === undefined) this.removeAttribute(attribute);
        else this.setAttribute(attribute, String(value));
      },
    });
  }
}

reflect(OkrElement, { src: 'src', person: 'person', locale: 'locale', colorScheme: 'color-scheme' });
