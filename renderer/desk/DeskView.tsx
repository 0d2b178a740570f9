/** Settings → Desk: connect this project to a shared desk, see its state, sync now, disconnect. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeskStatus } from '../../services/contract.ts';
import { useWorkbench } from '../workbench-context.ts';

function shortValue(value: unknown): string {
  if (value === null || value === undefined) return '—';
  const v = value as { target?: unknown };
  return typeof v.target === 'string' ? v.target : JSON.stringify(value).slice(0, 80);
}

/** The desk settings; `status` comes from App's useDeskFollow, `onStatus` replaces it after an action. */
export function DeskView({ status, onStatus }: { status: DeskStatus | undefined; onStatus: (status: DeskStatus) => void }) {
  const { t } = useTranslation();
  const { api, notify } = useWorkbench();
  const [database, setDatabase] = useState(status?.database ?? '');
  const [user, setUser] = useState(status?.user ?? '');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);

  const act = async (task: () => Promise<DeskStatus>) => {
    setBusy(true);
    try {
      onStatus(await task());
    } catch (error) {
      notify((error as Error).message, 'error');
    } finally {
      setBusy(false);
    }
  };
  const connect = (event: FormEvent) => {
    event.preventDefault();
    void act(async () => {
      const next = await api['desk.connect']({ database: database || status?.database || '', user: user || status?.user || '', password });
      setPassword('');
      return next;
    });
  };

  return (
    <section className="desk-view" aria-labelledby="desk-title" data-testid="desk-view">
      <h1 id="desk-title">{t('desk.title')}</h1>
      <p>{status?.connected ? t('desk.connectedAs', { user: status.user, role: t(`desk.roles.${status.role}`), seq: status.seq }) : t('desk.notConnected')}</p>
      {status?.error && <p role="alert" className="desk-error">{status.error}</p>}
      {!status?.connected ? (
        <form onSubmit={connect} className="desk-form">
          <label>
            {t('desk.database')}
            <input value={database || status?.database || ''} onChange={(e) => setDatabase(e.target.value)} placeholder="postgresql://anuvad_desk_client@host:5432/desk" required data-testid="desk-database" />
          </label>
          <label>
            {t('desk.user')}
            <input value={user || status?.user || ''} onChange={(e) => setUser(e.target.value)} required autoComplete="username" data-testid="desk-user" />
          </label>
          <label>
            {t('desk.password')}
            <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} required autoComplete="current-password" data-testid="desk-password" />
          </label>
          <p className="desk-hint">{t('desk.passwordNotStored')}</p>
          <button type="submit" disabled={busy} data-testid="desk-connect">{t('desk.connect')}</button>
        </form>
      ) : (
        <div className="desk-actions">
          <button type="button" disabled={busy} onClick={() => void act(() => api['desk.sync']({}))}>{t('desk.syncNow')}</button>
          <button type="button" disabled={busy} onClick={() => void act(() => api['desk.disconnect']({}))}>{t('desk.disconnect')}</button>
        </div>
      )}
      <h2>{t('desk.conflicts', { count: status?.conflicts.length ?? 0 })}</h2>
      <ul className="desk-conflicts">
        {status?.conflicts.map((conflict) => (
          <li key={`${conflict.kind}:${conflict.articleId ?? ''}:${conflict.id}`}>
            <strong>{t(`desk.kinds.${conflict.kind}`)}</strong> {conflict.id}
            <div>{t('desk.mine')}: <span>{shortValue(conflict.mine)}</span></div>
            <div>{t('desk.theirs')}: <span>{shortValue(conflict.theirs)}</span></div>
          </li>
        ))}
        {status?.refused.map((refusal) => (
          <li key={`refused:${refusal.kind}:${refusal.id}`}>{t('desk.refused')}: {refusal.id} — {refusal.reason}</li>
        ))}
      </ul>
    </section>
  );
}
