/** The quiet note a view shows while the project glossary (and its checker) is still loading. */
import { useTranslation } from 'react-i18next';

/** "Loading the glossary…", announced politely. */
export function GlossaryLoading() {
  const { t } = useTranslation();
  return (
    <p className="muted glossary-loading" role="status" data-testid="glossary-loading">
      {t('glossary.loading')}
    </p>
  );
}
