import type { EntityType } from '../model/index.js';
import type { AliasVia, Title } from './01-gazetteer.js';

/** A gazetteer alias found in the text (tokens [from, to), characters [start, end)). */
export interface GazMatch {
  from: number;
  to: number;
  start: number;
  end: number;
  entity: string;
  type: EntityType;
  /** `home`: a word naming the article's home country without its name (home.ts). */
  via: AliasVia | 'home';
  priorOnly: boolean;
}

/** A title chunk: a person named or described by a title (الرئيس الأوكراني فلاديمير زيلينسكي, ممثل كوريا الشمالية). */
export interface PersonChunk {
  /** Characters of the whole chunk, title to name. */
  start: number;
  end: number;
  /** The title, absent for a name read without one (Steffen Seibert). */
  title?: Title;
  /** The title has the article (الممثل, the spokesman): it may refer back to someone named earlier. */
  definite: boolean;
  /** Where the title ends when a comma parts it from the name (its own mention of the person). */
  titleEnd?: number;
  /** Definite only by the noun it is in construct with (وزير الخارجية): it refers back only to someone of no named country or body. */
  construct?: boolean;
  /** A modifier says the holder is no longer in office (الرئيس السابق, الراحل, the former president): titles.*.tsv family `former`. */
  former?: boolean;
  /** Country and body the title is of (الأوكراني → country:UA; باسم الكرملين → org:kremlin). */
  country?: string;
  org?: string;
  /** The name, when the chunk has one: its characters, and the gazetteer person it is when known. */
  name?: { start: number; end: number; text: string; entity?: string; via: 'gazetteer' | 'skeleton' | 'chunk' };
}

/** A body not in the gazetteer (the Federal Aviation Office, الجيش الكوري الشمالي). */
export interface OrgChunk {
  start: number;
  end: number;
  text: string;
  country?: string;
}
