/** "Also open by …" in the editor: tells the desk this article is open here and shows who else has it. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeskStatus } from '../../services/contract.ts';
import { useWorkbench } from '../workbench-context.ts';

/** Others with `articleId` open (nothing when the project is not on a desk). */
export function PresenceNote({ articleId }: { articleId: string }) {
  const { t } = useTranslation();
  const { api } = useWorkbench();
  const [status, setStatus] = useState<DeskStatus>();
  useEffect(() => {
    let stopped = false;
    const say = (id: string | null) => api['desk.presence']({ articleId: id }).then((next) => !stopped && setStatus(next), () => undefined);
    void say(articleId);
    // Presence expires on the desk after 90 s without a word; repeat it while the article is open.
    const timer = window.setInterval(() => void say(articleId), 30_000);
    return () => {
      stopped = true;
      window.clearInterval(timer);
      void api['desk.presence']({ articleId: null }).catch(() => undefined);
    };
  }, [api, articleId]);
  const others = (status?.presence ?? []).filter((each) => each.articleId === articleId && each.user !== status?.user);
  if (others.length === 0) return null;
  return (
    <span className="badge presence-note" data-testid="presence-note">
      {t('desk.alsoOpen', { users: others.map((each) => `${each.user} (${t(`desk.roles.${each.role}`)})`).join(', ') })}
    </span>
  );
}
