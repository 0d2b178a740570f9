/** The boilerplate lines import removed, each with its reason and a Restore button. */
import { useTranslation } from 'react-i18next';
import type { RemovedLine } from '../../services/contract.ts';

/** Props of RemovedLines. */
export interface RemovedLinesProps {
  lines: readonly RemovedLine[];
  restoring: number | null;
  onRestore(line: number): void;
}

/** Lists removed lines. */
export function RemovedLines({ lines, restoring, onRestore }: RemovedLinesProps) {
  const { t } = useTranslation();
  if (lines.length === 0) return <p className="removed-empty">{t('removed.none')}</p>;
  return (
    <div className="removed" data-testid="removed-lines">
      <table>
        <thead>
          <tr>
            <th scope="col">{t('removed.line')}</th>
            <th scope="col">{t('removed.reason')}</th>
            <th scope="col">{t('removed.text')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('removed.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={line.line}>
              <td className="num">{line.line}</td>
              <td>{t(`removed.reasons.${line.reason}`, { defaultValue: line.reason })}</td>
              <td className="removed-text" lang="hi">
                {line.text}
              </td>
              <td>
                <button type="button" disabled={restoring !== null} onClick={() => onRestore(line.line)}>
                  {restoring === line.line ? t('removed.restoring') : t('removed.restore')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
