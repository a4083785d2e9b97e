// Words for the codes the server sends (status, owner kind, event kind, conflict kind, field), in
// the page's language. An unknown code is shown as it came.
import { PRESETS } from '../policy/presets';
import { FIELD_WORDS, fieldWord } from '../vocab/fields';
import { getLang, has, t, type Key } from './i18n';

function word(prefix: string, code: string): string {
  const key = `${prefix}.${code}`;
  return has(key) ? t(key as Key) : code;
}

export const statusText = (status: string): string => word('status', status);
export const eventKindLabel = (kind: string): string => word('kind', kind);
export const conflictKindLabel = (kind: string): string => word('conflict', kind);
/** A field's word from the one vocabulary (src/vocab/fields.ts); never the raw key. */
export const fieldLabel = (field: string, fallback?: string): string =>
  field in FIELD_WORDS
    ? FIELD_WORDS[field as keyof typeof FIELD_WORDS][getLang()]
    : (fallback ?? fieldWord(field, getLang()));
export const roleLabel = (role: string): string => word('role', role);

/** The owner's name, or the word for an owner without one (the pool). */
export function ownerText(owner: string | null, kind: string): string {
  return owner ?? word('owner', kind);
}

/** A preset's title in the page's language (the presets' data carries both). */
export function presetTitle(id: string, fallback: string): string {
  return PRESETS.find((p) => p.id === id)?.title[getLang()] ?? fallback;
}
