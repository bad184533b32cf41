/**
 * Đức Hòa district (Long An) in 2022, as the article reports it: 110,642 dossiers received, 56,436 of them
 * online (51 %): 35,560 online at district level, 20,876 at commune level.
 *
 * Only those four figures come from the article. Everything else here is an ASSUMPTION chosen to look like
 * a fast-urbanising district of that year, and is labelled so in docs/indicators.md: the district/commune
 * split of the 110,642 (the article gives the online split only), each procedure's share of its level,
 * each commune's size and its appetite for online services, the months, and the outcome rates below.
 */
export const DUC_HOA_2022 = {
  year: 2022,
  districtCode: '802',
  /** Received dossiers by the level that settles the procedure. */
  totals: {
    DISTRICT: { received: 51_390, online: 35_560 },
    COMMUNE: { received: 59_252, online: 20_876 },
  },
} as const;

/** Relative yearly volume of each procedure within its level (unknown codes weigh 1). */
export const PROCEDURE_WEIGHTS: Readonly<Record<string, number>> = {
  // District: land dominates in a district of industrial parks and new housing.
  '1.013831': 30, // registering changes of land use rights (transfers, mortgages)
  '1.012784': 10, // splitting or merging plots
  '1.013978': 8, // first registration and certificate
  '1.013949': 7, // change of land use purpose
  '1.012786': 2, // reissuing a lost certificate
  '1.009994': 8, // building permits for houses
  '1.001612': 6, // household businesses
  '2.000720': 4,
  '1.001570': 1.5,
  '1.001266': 2,
  '1.001776': 3, // social allowances
  '2.000528': 0.3,
  '2.000806': 0.5,
  // Commune: certified copies are by far the most frequent request.
  '2.000815': 40,
  '2.000884': 12,
  '2.001035': 6,
  '2.001019': 0.3,
  '1.001193': 7,
  '1.004873': 6,
  '2.000635': 5,
  '1.000656': 3,
  '1.000894': 2.5,
  '1.004859': 1.5,
  '1.004884': 0.8,
  '1.001699': 0.6,
  '1.000689': 0.5,
  '1.012812': 0.5,
  '1.001731': 0.4,
  '1.005461': 0.3,
  '1.001022': 0.3,
  '1.001653': 0.3,
  '1.004746': 0.2,
  '1.004837': 0.2,
};

/** Procedures that went online faster (> 1) or slower (< 1) than their level suggests. */
export const PROCEDURE_ONLINE_TILT: Readonly<Record<string, number>> = {
  '1.001193': 1.6, // birth registration: the 2022 campaign for online civil status
  '1.004873': 1.3,
  '2.000635': 1.2,
  '2.000815': 0.7, // certified copies: people bring the papers anyway
  '1.000894': 0.6, // marriage: both come to the office
  '1.013831': 1.2,
  '1.009994': 0.6, // building permits: drawings on paper
  '1.001612': 1.1,
  '1.001776': 0.5, // social allowances: elderly applicants
};

/** How a procedure's online level tilts it towards online or in-person dossiers. */
export const ONLINE_PULL = { FULL: 1, PARTIAL: 0.6, NONE: 0 } as const;
export const IN_PERSON_PULL = { FULL: 0.5, PARTIAL: 0.8, NONE: 1 } as const;

/**
 * Commune-level units: relative size (volume) and appetite for online services (online); the towns and
 * the industrial communes near Hồ Chí Minh City lean online, the rural communes to the counter.
 */
export const COMMUNE_PROFILES: Readonly<Record<string, { volume: number; online: number }>> = {
  '27931': { volume: 14, online: 1.5 }, // Hậu Nghĩa (town)
  '27934': { volume: 6, online: 1.1 }, // Hiệp Hòa (town)
  '27937': { volume: 12, online: 1.4 }, // Đức Hòa (town)
  '27940': { volume: 5, online: 0.7 }, // Lộc Giang
  '27943': { volume: 6, online: 0.8 }, // An Ninh Đông
  '27946': { volume: 5, online: 0.7 }, // An Ninh Tây
  '27949': { volume: 4, online: 0.8 }, // Tân Mỹ
  '27952': { volume: 4, online: 0.7 }, // Hiệp Hòa (commune)
  '27955': { volume: 7, online: 0.9 }, // Đức Lập Thượng
  '27958': { volume: 7, online: 1.0 }, // Đức Lập Hạ
  '27961': { volume: 4, online: 0.7 }, // Tân Phú
  '27964': { volume: 9, online: 1.1 }, // Mỹ Hạnh Bắc
  '27967': { volume: 8, online: 1.0 }, // Đức Hòa Thượng
  '27970': { volume: 6, online: 0.8 }, // Hòa Khánh Tây
  '27973': { volume: 7, online: 0.9 }, // Hòa Khánh Đông
  '27976': { volume: 8, online: 1.0 }, // Mỹ Hạnh Nam
  '27979': { volume: 4, online: 0.7 }, // Hòa Khánh Nam
  '27982': { volume: 12, online: 1.2 }, // Đức Hòa Đông
  '27985': { volume: 15, online: 1.3 }, // Đức Hòa Hạ
  '27988': { volume: 10, online: 1.1 }, // Hựu Thạnh
};

/** January busy before Tết (1–5 February 2022), February quiet, the year ending busy. */
export const MONTH_WEIGHTS: readonly number[] = [1.1, 0.6, 1.05, 0.95, 0.95, 1.0, 1.0, 1.0, 0.95, 1.0, 1.05, 1.2];

/** Online submissions arrive on rest days too, fewer; the counters are closed then. */
export const ONLINE_REST_DAY_WEIGHT = 0.3;

/** Share of in-person dossiers sent by post. */
export const POST_SHARE_OF_IN_PERSON = 0.012;

/** Outcome rates of a 2022 dossier (probabilities; each row sums to 1 where it is a choice). */
export const OUTCOMES_2022 = {
  /** Counter dossiers whose papers were scanned (online ones are born electronic). */
  documentsScanned: 0.46,
  reused: { online: 0.05, inPerson: 0.015 },
  withdrawn: 0.008,
  refused: 0.015,
  timeliness: [
    ['EARLY', 0.64],
    ['ON_TIME', 0.34],
    ['LATE', 0.02],
  ] as const,
  resultDigitised: { online: 0.55, inPerson: 0.25 },
  returnedByPost: 0.03,
  rated: { online: 0.12, inPerson: 0.05 },
  ratings: [
    [5, 0.68],
    [4, 0.22],
    [3, 0.06],
    [2, 0.02],
    [1, 0.02],
  ] as const,
  /** Online dossiers whose fee was paid through the gateway (2022 was early days). */
  paidOnline: 0.32,
};

export const RANDOM_SEED_2022 = 20_221_231;
