/**
 * ISO 3166-1 alpha-2, all officially assigned codes (249), and INTERPOL's member countries (196).
 * Membership: every UN member state but North Korea (KP) and Tuvalu (TV), plus the Holy See (VA),
 * Palestine (PS), Aruba (AW), Curaçao (CW) and Sint Maarten (SX). Update when the General Assembly
 * admits a member.
 */
const ISO_3166_ALPHA2 = `
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS
BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE
EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM
HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC
LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA
NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW
SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO
TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW`
  .trim()
  .split(/\s+/);

const UN_MEMBER_STATES = `
AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH CM CA
CF TD CL CN CO KM CG CD CR CI HR CU CY CZ DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ FI FR GA GM GE
DE GH GR GD GT GN GW GY HT HN HU IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI KP KR KW KG LA LV LB
LS LR LY LI LT LU MG MW MY MV ML MT MH MR MU MX FM MD MC MN ME MA MZ MM NA NR NP NL NZ NI NE NG
MK NO OM PK PW PA PG PY PE PH PL PT QA RO RU RW KN LC VC WS SM ST SA SN RS SC SL SG SK SI SB SO
ZA SS ES LK SD SR SE CH SY TJ TZ TH TL TG TO TT TN TR TM TV UG UA AE GB US UY UZ VU VE VN YE ZM
ZW`
  .trim()
  .split(/\s+/);

const UN_STATES_NOT_MEMBERS = new Set(['KP', 'TV']);
const MEMBERS_OUTSIDE_UN = ['VA', 'PS', 'AW', 'CW', 'SX'];

export const isoCountryCodes: ReadonlySet<string> = new Set(ISO_3166_ALPHA2);

export const memberCountryCodes: ReadonlySet<string> = new Set(
  [...UN_MEMBER_STATES.filter((code) => !UN_STATES_NOT_MEMBERS.has(code)), ...MEMBERS_OUTSIDE_UN].sort(),
);

export const isMemberCountry = (code: string): boolean => memberCountryCodes.has(code);
