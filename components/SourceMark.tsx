import { t } from '../lib/i18n/ui-strings';
import type { KnowledgeSource } from '../lib/explain/entries';
import type { Lang } from '../lib/i18n/language';

/**
 * Says that a line is the advice of AliExpress's own help center, not of the seed article
 * the rest comes from: the reader can weigh it (and find it there).
 */
export function SourceMark({ source, lang }: { source: KnowledgeSource | undefined; lang: Lang }) {
  return source === 'help-center' ? (
    <>
      {' '}
      <span class="source" data-source={source}>
        {t(lang, 'sourceHelpCenter')}
      </span>
    </>
  ) : null;
}

/** Its style, for the panel's shadow root and the popup (both define the theme's tokens). */
export const SOURCE_MARK_CSS = `
.source { display: inline-block; padding: 0 5px; border: 1px solid var(--alg-line); border-radius: 4px;
  font-size: 10px; font-weight: 400; color: var(--alg-muted); vertical-align: 1px; white-space: nowrap; }
`;
