/**
 * French elides "de" before a vowel or a mute h: "les rôles d’Alice", "d’Hélène", but "de Bob".
 * Names starting with an aspirated h ("de Hugues" for some) are rare enough to read as elided.
 * Used as the i18next formatter `de`, so that French texts write `{{name, de}}` and the grammar
 * stays in the translation: English texts simply write `of {{name}}`.
 */
export function withDe(name: string): string {
  return /^[aeiouyhàâäéèêëîïôöùûüœæ]/i.test(name.trim()) ? `d’${name}` : `de ${name}`;
}
