/** A thin progress bar with its percentage as text. */

/** Props of ProgressBar. */
export interface ProgressBarProps {
  fraction: number;
  label: string;
  tone: 'translated' | 'approved';
}

/** Shows a fraction 0…1 as a bar and a label. */
export function ProgressBar({ fraction, label, tone }: ProgressBarProps) {
  const percent = Math.round(Math.max(0, Math.min(1, fraction)) * 100);
  return (
    <div className="progress">
      <div className="progress-track" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-valuetext={label}>
        <div className={`progress-fill progress-${tone}`} style={{ width: `${percent}%` }} />
      </div>
      <span className="progress-label">{label}</span>
    </div>
  );
}
