/**
 * Capitals of the world's states (data only): news English names a government by its capital
 * ("Moscow said", "talks between Washington and Seoul"), so a country's entry is also satisfied by
 * its capital (english-forms.ts). One row per state, by its usual English name; a state with two
 * seats lists both. Kept complete rather than picked for cases: UN members plus observers and the
 * states of disputed recognition that wire copy names.
 */
const CAPITALS = `
Afghanistan:Kabul|Albania:Tirana|Algeria:Algiers|Andorra:Andorra la Vella|Angola:Luanda|Antigua and Barbuda:St John's|
Argentina:Buenos Aires|Armenia:Yerevan|Australia:Canberra|Austria:Vienna|Azerbaijan:Baku|Bahamas:Nassau|Bahrain:Manama|
Bangladesh:Dhaka|Barbados:Bridgetown|Belarus:Minsk|Belgium:Brussels|Belize:Belmopan|Benin:Porto-Novo|Bhutan:Thimphu|
Bolivia:Sucre,La Paz|Bosnia and Herzegovina:Sarajevo|Botswana:Gaborone|Brazil:Brasilia,Brasília|Brunei:Bandar Seri Begawan|
Bulgaria:Sofia|Burkina Faso:Ouagadougou|Burundi:Gitega|Cambodia:Phnom Penh|Cameroon:Yaounde,Yaoundé|Canada:Ottawa|
Cape Verde:Praia|Central African Republic:Bangui|Chad:N'Djamena|Chile:Santiago|China:Beijing|Colombia:Bogota,Bogotá|
Comoros:Moroni|Congo:Brazzaville|Democratic Republic of the Congo:Kinshasa|Costa Rica:San Jose,San José|
Ivory Coast:Yamoussoukro,Abidjan|Croatia:Zagreb|Cuba:Havana|Cyprus:Nicosia|Czech Republic:Prague|Czechia:Prague|
Denmark:Copenhagen|Djibouti:Djibouti|Dominica:Roseau|Dominican Republic:Santo Domingo|East Timor:Dili|Timor-Leste:Dili|
Ecuador:Quito|Egypt:Cairo|El Salvador:San Salvador|Equatorial Guinea:Malabo|Eritrea:Asmara|Estonia:Tallinn|
Eswatini:Mbabane|Ethiopia:Addis Ababa|Fiji:Suva|Finland:Helsinki|France:Paris|Gabon:Libreville|Gambia:Banjul|
Georgia:Tbilisi|Germany:Berlin|Ghana:Accra|Greece:Athens|Grenada:St George's|Guatemala:Guatemala City|Guinea:Conakry|
Guinea-Bissau:Bissau|Guyana:Georgetown|Haiti:Port-au-Prince|Honduras:Tegucigalpa|Hungary:Budapest|Iceland:Reykjavik|
India:New Delhi|Indonesia:Jakarta|Iran:Tehran|Iraq:Baghdad|Ireland:Dublin|Israel:Jerusalem|Italy:Rome|Jamaica:Kingston|
Japan:Tokyo|Jordan:Amman|Kazakhstan:Astana|Kenya:Nairobi|Kiribati:Tarawa|Kosovo:Pristina|Kuwait:Kuwait City|
Kyrgyzstan:Bishkek|Laos:Vientiane|Latvia:Riga|Lebanon:Beirut|Lesotho:Maseru|Liberia:Monrovia|Libya:Tripoli|
Liechtenstein:Vaduz|Lithuania:Vilnius|Luxembourg:Luxembourg|Madagascar:Antananarivo|Malawi:Lilongwe|Malaysia:Kuala Lumpur|
Maldives:Male|Mali:Bamako|Malta:Valletta|Marshall Islands:Majuro|Mauritania:Nouakchott|Mauritius:Port Louis|
Mexico:Mexico City|Micronesia:Palikir|Moldova:Chisinau|Monaco:Monaco|Mongolia:Ulaanbaatar|Montenegro:Podgorica|
Morocco:Rabat|Mozambique:Maputo|Myanmar:Naypyitaw,Naypyidaw|Namibia:Windhoek|Nauru:Yaren|Nepal:Kathmandu|
Netherlands:Amsterdam,The Hague|New Zealand:Wellington|Nicaragua:Managua|Niger:Niamey|Nigeria:Abuja|
North Korea:Pyongyang|North Macedonia:Skopje|Norway:Oslo|Oman:Muscat|Pakistan:Islamabad|Palau:Ngerulmud|
Palestine:Ramallah|Panama:Panama City|Papua New Guinea:Port Moresby|Paraguay:Asuncion,Asunción|Peru:Lima|
Philippines:Manila|Poland:Warsaw|Portugal:Lisbon|Qatar:Doha|Romania:Bucharest|Russia:Moscow|Rwanda:Kigali|
Saint Kitts and Nevis:Basseterre|Saint Lucia:Castries|Saint Vincent and the Grenadines:Kingstown|Samoa:Apia|
San Marino:San Marino|Sao Tome and Principe:Sao Tome|Saudi Arabia:Riyadh|Senegal:Dakar|Serbia:Belgrade|
Seychelles:Victoria|Sierra Leone:Freetown|Singapore:Singapore|Slovakia:Bratislava|Slovenia:Ljubljana|
Solomon Islands:Honiara|Somalia:Mogadishu|South Africa:Pretoria|South Korea:Seoul|South Sudan:Juba|Spain:Madrid|
Sri Lanka:Colombo,Sri Jayawardenepura Kotte|Sudan:Khartoum|Suriname:Paramaribo|Sweden:Stockholm|Switzerland:Bern|
Syria:Damascus|Taiwan:Taipei|Tajikistan:Dushanbe|Tanzania:Dodoma|Thailand:Bangkok|Togo:Lome,Lomé|Tonga:Nuku'alofa|
Trinidad and Tobago:Port of Spain|Tunisia:Tunis|Turkey:Ankara|Türkiye:Ankara|Turkmenistan:Ashgabat|Tuvalu:Funafuti|
Uganda:Kampala|Ukraine:Kyiv|United Arab Emirates:Abu Dhabi|United Kingdom:London|Britain:London|Great Britain:London|
United States:Washington|America:Washington|Uruguay:Montevideo|Uzbekistan:Tashkent|Vanuatu:Port Vila|
Vatican:Vatican City|Holy See:Vatican City|Venezuela:Caracas|Vietnam:Hanoi|Yemen:Sanaa|Zambia:Lusaka|Zimbabwe:Harare|
Soviet Union:Moscow`;

/** Capital(s) by lower-case English state name. */
export const CAPITALS_BY_STATE: ReadonlyMap<string, readonly string[]> = new Map(
  CAPITALS.replace(/\n/g, '').split('|').filter(Boolean).map((row) => {
    const [state, capitals] = row.split(':');
    return [state.trim().toLowerCase(), capitals.split(',').map((c) => c.trim())] as [string, string[]];
  }),
);
