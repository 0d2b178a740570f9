import type { Article } from '../model.ts';
import { importPage, type ImportOptions, type PageInput } from './import-page.ts';
import { furnitureLinkedFrom, furniturePlaces, templateFurniture, templateKeyOf } from './template-furniture.ts';

/**
 * Imports several pages as one project: pages cut from the same template (same outlet, or the same
 * masthead line) are compared, and a line found on two or more of them is template furniture for
 * each (trafilatura's duplicate test). `context` adds pages already in the project (raw text) that
 * count as witnesses without being imported. Articles come back in input order.
 */
export function importPages(inputs: readonly PageInput[], options: ImportOptions = {}, context: readonly string[] = []): Article[] {
  const groups = new Map<string, string[]>();
  const keyOf = (text: string): string => templateKeyOf(text);
  for (const text of [...inputs.map((input) => input.text), ...context]) {
    const key = keyOf(text);
    groups.set(key, [...(groups.get(key) ?? []), text]);
  }
  const furnitureByKey = new Map([...groups].map(([key, texts]) => [key, templateFurniture(texts)] as const));
  const placesByKey = new Map([...groups].map(([key, texts]) => [key, furniturePlaces(texts)] as const));
  return inputs.map((input) => {
    const key = keyOf(input.text);
    const places = placesByKey.get(key);
    return importPage(input, { ...options, furniture: furnitureByKey.get(key), linkedElsewhere: places && furnitureLinkedFrom(input.text, places) });
  });
}
