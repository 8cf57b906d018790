// The words of the table that embed.html holds before the live <factor-table> takes its place: the
// element's own words (src/i18n), so the swap changes none of them.
import {common} from '../i18n/common.js';
import {factorTableText} from '../i18n/factor-table.js';

const wordsOf = (language: 'nl' | 'en') => ({...factorTableText[language], kinds: common[language].kinds, actors: common[language].actors});

export const STATIC_TABLE_TEXT = {nl: wordsOf('nl'), en: wordsOf('en')};

export type StaticTableText = (typeof STATIC_TABLE_TEXT)['nl'];
export type StaticColumn = keyof StaticTableText['columns'];
export const STATIC_COLUMNS: readonly StaticColumn[] = ['kind', 'factor', 'how', 'actor', 'source', 'evidence'];
