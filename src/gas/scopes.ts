// Granular consent: since 2025 a user may grant only some of the manifest's scopes
// (docs/addon-platform.md §12). Interactive runs (menu items) ask for what they need with
// ScriptApp.requireScopes, which ends the run and shows Google's consent prompt for the missing
// ones; page calls and triggers check with ScriptApp.getAuthorizationInfo and answer in the
// user's language instead of failing with "You do not have permission".
import { listJoin } from '../vocab/text';
import { NOTE, pick, type Lang } from './i18n';
import { Refusal } from './refusal';

const BASE = 'https://www.googleapis.com/auth/';
export const SCOPE = {
  sheet: `${BASE}spreadsheets.currentonly`,
  ui: `${BASE}script.container.ui`,
  triggers: `${BASE}script.scriptapp`,
  email: `${BASE}userinfo.email`,
} as const;

/** A menu item: ends the run with Google's consent prompt if a scope is missing. */
export function requireScopes(scopes: readonly string[]): void {
  ScriptApp.requireScopes(ScriptApp.AuthMode.FULL, scopes.slice());
}

/** getAuthorizationInfo(authMode, scopes) and getAuthorizedScopes(), newer than the typings. */
interface ScopedInfo {
  getAuthorizationStatus(): GoogleAppsScript.Script.AuthorizationStatus;
  getAuthorizedScopes(): string[] | null;
}
const scriptApp = (): { getAuthorizationInfo(mode: GoogleAppsScript.Script.AuthMode, scopes: string[]): ScopedInfo } =>
  ScriptApp as unknown as {
    getAuthorizationInfo(mode: GoogleAppsScript.Script.AuthMode, scopes: string[]): ScopedInfo;
  };

/** The scopes of `scopes` the user has not granted (none when the check itself is unavailable). */
export function missingScopes(scopes: readonly string[]): string[] {
  try {
    const info = scriptApp().getAuthorizationInfo(ScriptApp.AuthMode.FULL, scopes.slice());
    if (info.getAuthorizationStatus() !== ScriptApp.AuthorizationStatus.REQUIRED) return [];
    const granted = info.getAuthorizedScopes() || [];
    return scopes.filter((s) => granted.indexOf(s) < 0);
  } catch (_e) {
    return [];
  }
}

/** What a missing scope means for the user, and what to do, in their language. */
export function missingScopeNote(missing: readonly string[], lang: Lang): string {
  return pick(
    NOTE.missingScope(
      listJoin(
        missing.map((s) => SCOPE_NAMES[s]?.[lang] ?? s),
        lang,
      ),
    ),
    lang,
  );
}

const SCOPE_NAMES: Record<string, { zh: string; en: string }> = {
  [SCOPE.sheet]: { zh: '查看和管理使用此应用的电子表格', en: 'See and edit the spreadsheets this add-on is used in' },
  [SCOPE.ui]: {
    zh: '在 Google 应用中显示和运行第三方网页内容',
    en: 'Display and run third-party web content in Google applications',
  },
  [SCOPE.triggers]: { zh: '在您不在场时运行', en: 'Allow this application to run when you are not present' },
  [SCOPE.email]: { zh: '查看您的电子邮件地址', en: 'See your primary Google Account email address' },
};

/** A page call: refuses, in both languages (the caller says it in the user's), when a scope it
 *  needs is missing. */
export function checkPageScopes(scopes: readonly string[]): void {
  const missing = missingScopes(scopes);
  if (missing.length) throw new Refusal({ zh: missingScopeNote(missing, 'zh'), en: missingScopeNote(missing, 'en') });
}
