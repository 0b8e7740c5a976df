import type { Catalogue } from './catalogue';
import { en } from './en';
import { kk } from './kk';
import type { Language } from './languages';
import { ru } from './ru';

export const catalogues: Record<Language, Catalogue> = { kk, ru, en };
