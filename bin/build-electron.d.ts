import type { BuildOptions } from 'esbuild';

/** esbuild options shared by both bundles. */
export function electronBuildOptions(options?: { quiet?: boolean }): BuildOptions;
/** esbuild options of the main-process bundle. */
export function mainBuildOptions(options?: { quiet?: boolean }): BuildOptions;
/** Builds dist/electron/main.cjs and preload.cjs; returns their paths. */
export function buildElectron(options?: { quiet?: boolean }): Promise<{ main: string; preload: string }>;
