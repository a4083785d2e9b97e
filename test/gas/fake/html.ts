// HtmlService: outputs from strings or from the project's HTML files (the loader passes the
// built dist/*.html), templates that evaluate plain HTML only (the add-on's pages have no
// scriptlets; a `<?` is refused so one does not slip in unnoticed).
import type { Env } from './env';
import { SandboxMode, XFrameOptionsMode } from './enums';

export class HtmlOutput {
  _content: string;
  _title = '';
  _width: number | undefined;
  _height: number | undefined;
  _sandbox: unknown = SandboxMode.IFRAME;
  _xframe: unknown = XFrameOptionsMode.DEFAULT;
  _faviconUrl: string | undefined;
  readonly _meta: Array<{ name: string; content: string }> = [];

  constructor(
    private readonly _env: Env,
    content: string,
  ) {
    this._content = content;
  }

  static _of(env: Env, content: string): HtmlOutput {
    return env.expose(new HtmlOutput(env, content), 'HtmlOutput');
  }

  getContent(): string {
    return this._content;
  }
  setContent(content: unknown): HtmlOutput {
    this._content = String(content ?? '');
    return this;
  }
  append(html: unknown): HtmlOutput {
    this._content += String(html ?? '');
    return this;
  }
  appendUntrusted(text: unknown): HtmlOutput {
    this._content += String(text ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
    return this;
  }
  clear(): HtmlOutput {
    this._content = '';
    return this;
  }
  getTitle(): string {
    return this._title;
  }
  setTitle(title: unknown): HtmlOutput {
    this._title = String(title ?? '');
    return this;
  }
  getWidth(): number | undefined {
    return this._width;
  }
  setWidth(width: unknown): HtmlOutput {
    if (typeof width !== 'number' || !(width > 0)) throw this._env.error('Invalid argument: width');
    this._width = width;
    return this;
  }
  getHeight(): number | undefined {
    return this._height;
  }
  setHeight(height: unknown): HtmlOutput {
    if (typeof height !== 'number' || !(height > 0)) throw this._env.error('Invalid argument: height');
    this._height = height;
    return this;
  }
  setSandboxMode(mode: unknown): HtmlOutput {
    this._sandbox = mode;
    return this;
  }
  getSandboxMode(): unknown {
    return this._sandbox;
  }
  setXFrameOptionsMode(mode: unknown): HtmlOutput {
    this._xframe = mode;
    return this;
  }
  addMetaTag(name: unknown, content: unknown): HtmlOutput {
    this._meta.push({ name: String(name), content: String(content) });
    return this;
  }
  getMetaTags(): Array<{ name: string; content: string }> {
    const out = this._env.array<{ name: string; content: string }>();
    for (const m of this._meta) out.push({ ...m });
    return out;
  }
  setFaviconUrl(url: unknown): HtmlOutput {
    this._faviconUrl = String(url);
    return this;
  }
  getFaviconUrl(): string | undefined {
    return this._faviconUrl;
  }

  toString(): string {
    return 'HtmlOutput';
  }
}

export class HtmlTemplate {
  constructor(
    private readonly _env: Env,
    private readonly _source: string,
    private readonly _name: string,
  ) {}

  getRawContent(): string {
    return this._source;
  }

  evaluate(): HtmlOutput {
    if (this._source.includes('<?')) {
      throw this._env.error(
        `The fake HtmlService evaluates plain HTML only; ${this._name || 'the template'} has a scriptlet (<? … ?>).`,
      );
    }
    return HtmlOutput._of(this._env, this._source);
  }

  toString(): string {
    return 'HtmlTemplate';
  }
}

export class HtmlService {
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;

  constructor(private readonly _env: Env) {}

  private _file(name: unknown): string {
    const files = this._env.files;
    if (typeof name === 'string') {
      if (Object.prototype.hasOwnProperty.call(files, name)) return files[name];
      const bare = name.replace(/\.html$/, '');
      if (Object.prototype.hasOwnProperty.call(files, bare)) return files[bare];
    }
    throw this._env.error(`No HTML file named ${String(name)} was found.`);
  }

  createHtmlOutput(html?: unknown): HtmlOutput {
    if (html !== undefined && typeof html !== 'string') throw this._env.error('Invalid argument: html');
    return HtmlOutput._of(this._env, html ?? '');
  }

  createHtmlOutputFromFile(filename: unknown): HtmlOutput {
    return HtmlOutput._of(this._env, this._file(filename));
  }

  createTemplate(html: unknown): HtmlTemplate {
    if (typeof html !== 'string') throw this._env.error('Invalid argument: html');
    return this._env.expose(new HtmlTemplate(this._env, html, ''), 'HtmlTemplate');
  }

  createTemplateFromFile(filename: unknown): HtmlTemplate {
    return this._env.expose(new HtmlTemplate(this._env, this._file(filename), String(filename)), 'HtmlTemplate');
  }

  toString(): string {
    return 'HtmlService';
  }
}
