/** ISO 3166-1 alpha-2 codes officially assigned (249), the codes X's geo restrictions take. */
export const COUNTRY_CODES: readonly string[] = `
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ
CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR
GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO
JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR
MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO
RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV
TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW`
  .trim()
  .split(/\s+/);

const namesByLocale = new Map<string, Intl.DisplayNames | null>();

function displayNames(locale: string): Intl.DisplayNames | null {
  if (!namesByLocale.has(locale)) {
    let names: Intl.DisplayNames | null = null;
    try {
      names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
    } catch {
      // An engine without region names still shows the codes.
    }
    namesByLocale.set(locale, names);
  }
  return namesByLocale.get(locale) ?? null;
}

/** The country's name in `locale` ("France", "Allemagne"), or its code when the engine has no name for it. */
export function countryName(code: string, locale: string): string {
  const upper = code.toUpperCase();
  try {
    return displayNames(locale)?.of(upper) ?? upper;
  } catch {
    return upper;
  }
}

/** Lower case without accents, so "fra", "Fran" and "états" match "France" and "États-Unis". */
export const foldForSearch = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export interface Country {
  code: string;
  name: string;
}

/**
 * Countries whose name (in `locale`) or code matches `query`, names that start with it first, then names with a
 * word that starts with it, then any other match; alphabetical within each.
 */
export function searchCountries(query: string, locale: string, exclude: ReadonlySet<string> = new Set()): Country[] {
  const wanted = foldForSearch(query.trim());
  const collator = new Intl.Collator(locale);
  const rank = (country: Country): number => {
    const name = foldForSearch(country.name);
    if (wanted === '' || name.startsWith(wanted) || country.code.toLowerCase() === wanted) return 0;
    if (name.split(/[\s\-'’(),]+/).some((word) => word.startsWith(wanted))) return 1;
    return name.includes(wanted) ? 2 : 3;
  };
  return COUNTRY_CODES.filter((code) => !exclude.has(code))
    .map((code) => ({ code, name: countryName(code, locale) }))
    .map((country) => ({ country, rank: rank(country) }))
    .filter(({ rank }) => rank < 3)
    .sort((a, b) => a.rank - b.rank || collator.compare(a.country.name, b.country.name))
    .map(({ country }) => country);
}
