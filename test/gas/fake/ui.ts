// SpreadsheetApp.getUi(): menus, alerts, prompts, sidebars and dialogs. Nothing is drawn; all
// is recorded in UiRecords for tests to assert (menus with their items in order, pages shown
// with their HTML and title), and a test can script the buttons a user will press.
import { unwrap, type Env } from './env';
import { Button, ButtonSet, type ButtonName, type ButtonSetName } from './enums';
import { HtmlOutput } from './html';

export type MenuItemRecord =
  | { readonly kind: 'item'; readonly caption: string; readonly functionName: string }
  | { readonly kind: 'separator' }
  | { readonly kind: 'submenu'; readonly menu: MenuRecord };

export interface MenuRecord {
  /** 'addon': createAddonMenu (Extensions › add-on name); 'custom': createMenu(caption). */
  readonly kind: 'addon' | 'custom';
  readonly title: string;
  readonly items: readonly MenuItemRecord[];
  /** Who opened the document when the menu was added. */
  readonly user: string;
  readonly authMode: string;
}

export interface DialogRecord {
  readonly kind: 'sidebar' | 'modal' | 'modeless';
  readonly title: string;
  readonly html: string;
  readonly width?: number;
  readonly height?: number;
  readonly user: string;
}

export interface AlertRecord {
  readonly kind: 'alert' | 'prompt';
  readonly title: string;
  readonly message: string;
  readonly buttons: ButtonSetName;
  readonly response: ButtonName;
  readonly text?: string;
  readonly user: string;
}

export interface ToastRecord {
  readonly message: string;
  readonly title: string;
  readonly seconds?: number;
  readonly user: string;
}

export type Answer = ButtonName | { readonly button: ButtonName; readonly text?: string };

const SETS: Record<ButtonSetName, readonly ButtonName[]> = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};

export class UiRecords {
  /** Every addToUi, in order. */
  readonly menus: MenuRecord[] = [];
  readonly dialogs: DialogRecord[] = [];
  readonly alerts: AlertRecord[] = [];
  readonly toasts: ToastRecord[] = [];
  private readonly answers: Answer[] = [];

  constructor(readonly addonName: string) {}

  /** The add-on menu added last (what the user sees under Extensions › add-on). */
  get addonMenu(): MenuRecord | undefined {
    return [...this.menus].reverse().find((m) => m.kind === 'addon');
  }

  /** The last sidebar or dialog shown. */
  get lastDialog(): DialogRecord | undefined {
    return this.dialogs[this.dialogs.length - 1];
  }

  /** Queues what the user answers to the next alerts/prompts: 'YES', { button: 'OK', text: '…' }. */
  respond(...answers: Answer[]): void {
    this.answers.push(...answers);
  }

  /** Captions and handler names of a menu, flattened: [['重新计算', 'guishuRecompute'], …]. */
  static items(menu: MenuRecord | undefined): Array<[string, string]> {
    const out: Array<[string, string]> = [];
    const walk = (items: readonly MenuItemRecord[]) => {
      for (const item of items) {
        if (item.kind === 'item') out.push([item.caption, item.functionName]);
        else if (item.kind === 'submenu') walk(item.menu.items);
      }
    };
    if (menu) walk(menu.items);
    return out;
  }

  /** Handler names in the menus that are not functions of the loaded script (a menu click
   *  would fail with "Script function not found"). */
  missingHandlers(scriptGlobals: Record<string, unknown>): string[] {
    const names = this.menus.flatMap((m) => UiRecords.items(m).map(([, fn]) => fn));
    return [...new Set(names)].filter((fn) => typeof scriptGlobals[fn] !== 'function');
  }

  nextAnswer(set: ButtonSetName): { button: ButtonName; text?: string } {
    const a = this.answers.shift();
    if (a === undefined) return { button: SETS[set][0] };
    const answer = typeof a === 'string' ? { button: a } : a;
    if (answer.button !== 'CLOSE' && !SETS[set].includes(answer.button)) {
      throw new Error(`fake Ui: the scripted answer ${answer.button} is not a button of ${set}`);
    }
    return answer;
  }

  reset(): void {
    this.menus.length = 0;
    this.dialogs.length = 0;
    this.alerts.length = 0;
    this.toasts.length = 0;
    this.answers.length = 0;
  }
}

interface MenuState {
  readonly kind: 'addon' | 'custom';
  readonly title: string;
  readonly items: Array<
    | { kind: 'item'; caption: string; functionName: string }
    | { kind: 'separator' }
    | { kind: 'submenu'; menu: MenuState }
  >;
}

function snapshot(state: MenuState, user: string, authMode: string): MenuRecord {
  return {
    kind: state.kind,
    title: state.title,
    user,
    authMode,
    items: state.items.map((item) =>
      item.kind === 'submenu' ? { kind: 'submenu' as const, menu: snapshot(item.menu, user, authMode) } : { ...item },
    ),
  };
}

export class Menu {
  readonly _state: MenuState;

  constructor(
    private readonly _env: Env,
    kind: 'addon' | 'custom',
    title: string,
  ) {
    this._state = { kind, title, items: [] };
  }

  addItem(caption: unknown, functionName: unknown): Menu {
    if (typeof caption !== 'string' || caption === '') throw this._env.error('Invalid argument: caption');
    if (typeof functionName !== 'string' || functionName === '') {
      throw this._env.error('Invalid argument: functionName (the name of a global function, as a string)');
    }
    this._state.items.push({ kind: 'item', caption, functionName });
    return this;
  }

  addSeparator(): Menu {
    this._state.items.push({ kind: 'separator' });
    return this;
  }

  addSubMenu(menu: unknown): Menu {
    const sub = unwrap(menu);
    if (!(sub instanceof Menu) || sub._state.kind !== 'custom')
      throw this._env.error('Invalid argument: menu (from Ui.createMenu)');
    this._state.items.push({ kind: 'submenu', menu: sub._state });
    return this;
  }

  addToUi(): void {
    this._env.ui.menus.push(snapshot(this._state, this._env.identity, this._env.authMode));
  }

  toString(): string {
    return 'Menu';
  }
}

export class PromptResponse {
  constructor(
    private readonly _button: ButtonName,
    private readonly _text: string,
  ) {}
  getSelectedButton(): unknown {
    return Button[this._button];
  }
  getResponseText(): string {
    return this._text;
  }
}

function buttonSetName(v: unknown): ButtonSetName {
  const name = String(v) as ButtonSetName;
  return name in ButtonSet ? name : 'OK';
}

export class Ui {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;

  constructor(private readonly _env: Env) {}

  createAddonMenu(): Menu {
    return this._env.expose(new Menu(this._env, 'addon', this._env.ui.addonName), 'Menu');
  }

  createMenu(caption: unknown): Menu {
    if (typeof caption !== 'string' || caption === '') throw this._env.error('Invalid argument: caption');
    return this._env.expose(new Menu(this._env, 'custom', caption), 'Menu');
  }

  /** alert(message) / alert(message, buttons) / alert(title, message, buttons). */
  alert(...args: unknown[]): unknown {
    const [title, message, buttons] = args.length >= 3 ? args : ['', args[0], args[1]];
    const set = args.length >= 2 ? buttonSetName(buttons) : 'OK';
    const { button } = this._env.ui.nextAnswer(set);
    this._env.ui.alerts.push({
      kind: 'alert',
      title: String(title ?? ''),
      message: String(message ?? ''),
      buttons: set,
      response: button,
      user: this._env.identity,
    });
    return Button[button];
  }

  /** prompt(message) / prompt(message, buttons) / prompt(title, message, buttons). */
  prompt(...args: unknown[]): PromptResponse {
    const [title, message, buttons] = args.length >= 3 ? args : ['', args[0], args[1]];
    const set = args.length >= 2 ? buttonSetName(buttons) : 'OK';
    const { button, text = '' } = this._env.ui.nextAnswer(set);
    this._env.ui.alerts.push({
      kind: 'prompt',
      title: String(title ?? ''),
      message: String(message ?? ''),
      buttons: set,
      response: button,
      text,
      user: this._env.identity,
    });
    return this._env.expose(new PromptResponse(button, text), 'PromptResponse');
  }

  private _show(kind: DialogRecord['kind'], html: unknown, title: unknown, method: string): void {
    const out = unwrap(html);
    if (!(out instanceof HtmlOutput)) {
      throw this._env.error(`The parameters (${typeof html}) don't match the method signature for Ui.${method}.`);
    }
    this._env.ui.dialogs.push({
      kind,
      title: kind === 'sidebar' ? out._title : String(title ?? ''),
      html: out._content,
      width: out._width,
      height: out._height,
      user: this._env.identity,
    });
  }

  showSidebar(html: unknown): void {
    this._show('sidebar', html, undefined, 'showSidebar');
  }

  showModalDialog(html: unknown, title: unknown): void {
    this._show('modal', html, title, 'showModalDialog');
  }

  showModelessDialog(html: unknown, title: unknown): void {
    this._show('modeless', html, title, 'showModelessDialog');
  }

  toString(): string {
    return 'Ui';
  }
}
