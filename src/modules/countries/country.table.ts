export interface CountriesTable {
  /** ISO 3166-1 alpha-3, upper case: the id used in URLs and across modules. */
  alpha3: string;
  alpha2: string;
  /** UN M49 / ISO 3166-1 numeric code, three digits. */
  m49: string;
  /** English short name; other languages come from `Intl.DisplayNames`. */
  name_en: string;
  region_code: string | null;
  region_name: string | null;
  subregion_code: string | null;
  subregion_name: string | null;
  un_member: number;
}

export interface CountriesTables {
  countries: CountriesTable;
}
