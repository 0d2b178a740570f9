/** An in-memory project filled the way the default project is: the seed pages, the default glossary and, if asked, the sample alignments. */
import { APP_ROOT, seedDefaultGlossary, seedSampleArticles } from '../../services/default-project.ts';
import { seedSampleAlignments } from '../../services/seed-sample-alignments.ts';
import { createMemoryProject } from '../../services/store/memory-store.ts';
import type { ProjectStore } from '../../services/store/project-store.ts';

/** Creates the in-memory project `dir`/`name` with the sample articles and default glossary (seeded at 2026-01-01), plus the sample alignments when `alignments` is set. */
export async function sampleMemoryProject(dir: string, name: string, options: { alignments?: boolean } = {}): Promise<ProjectStore> {
  const store = createMemoryProject({ dir, name });
  const context = { store, appRoot: APP_ROOT, now: () => new Date('2026-01-01T00:00:00Z') };
  await seedSampleArticles(context);
  await seedDefaultGlossary(context);
  if (options.alignments) await seedSampleAlignments(context);
  return store;
}
