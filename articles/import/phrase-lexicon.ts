/**
 * The importer's phrase lexicons (OmegaT-style data, one file per kind of page furniture under
 * lexicon/boilerplate/): each list holds regex alternatives, matched case-insensitively where the rule
 * says so. A phrase is one signal; import-page weighs it with the line's own features.
 */
import advertisement from './lexicon/boilerplate/advertisement.json' with { type: 'json' };
import authorDetail from './lexicon/boilerplate/author-detail.json' with { type: 'json' };
import breadcrumb from './lexicon/boilerplate/breadcrumb.json' with { type: 'json' };
import comments from './lexicon/boilerplate/comments.json' with { type: 'json' };
import embed from './lexicon/boilerplate/embed.json' with { type: 'json' };
import highlights from './lexicon/boilerplate/highlights.json' with { type: 'json' };
import mediaCredit from './lexicon/boilerplate/media-credit.json' with { type: 'json' };
import navigation from './lexicon/boilerplate/navigation.json' with { type: 'json' };
import promo from './lexicon/boilerplate/promo.json' with { type: 'json' };
import related from './lexicon/boilerplate/related.json' with { type: 'json' };
import relativeDate from './lexicon/boilerplate/relative-date.json' with { type: 'json' };
import share from './lexicon/boilerplate/share.json' with { type: 'json' };
import sourceNote from './lexicon/boilerplate/source-note.json' with { type: 'json' };
import tags from './lexicon/boilerplate/tags.json' with { type: 'json' };

/** A lexicon file: what it is for, and its named lists of alternatives. */
export interface PhraseLexicon {
  about: string;
  lists: Record<string, string[]>;
}

const BOILERPLATE_LEXICONS: Readonly<Record<string, PhraseLexicon>> = {
  'advertisement': advertisement,
  'author-detail': authorDetail,
  'breadcrumb': breadcrumb,
  'comments': comments,
  'embed': embed,
  'highlights': highlights,
  'media-credit': mediaCredit,
  'navigation': navigation,
  'promo': promo,
  'related': related,
  'relative-date': relativeDate,
  'share': share,
  'source-note': sourceNote,
  'tags': tags,
};

/** The alternatives of one list of a boilerplate lexicon, joined with `|` for a regex group; throws for an unknown list. */
export function phrases(kind: string, list: string): string {
  const entries = BOILERPLATE_LEXICONS[kind]?.lists[list];
  if (!entries || entries.length === 0) throw new Error(`lexicon/boilerplate/${kind}.json has no list "${list}"`);
  return entries.join('|');
}

/** Every boilerplate lexicon by kind (for tests and the lexicon checks). */
export function boilerplateLexicons(): Readonly<Record<string, PhraseLexicon>> {
  return BOILERPLATE_LEXICONS;
}
