package claims

import "strings"

// countries are the names of the world's states and of territories that
// take part in organisations in their own name, in English and French,
// as news writes them (without their article: "Tchad" for "le Tchad",
// "États-Unis" for "les États-Unis"). They are general knowledge, not
// facts: they only tell a country that joins or leaves an organisation
// from a person ("la Mauritanie a quitté" but not "Bazoum a quitté").
// Acronyms ("US", "RDC") are left out: an acronym is already taken for an
// organisation, which may join or leave one too.
var countries = makePhrases(countrySet(
	// English.
	"Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Antigua and Barbuda", "Argentina",
	"Armenia", "Australia", "Austria", "Azerbaijan", "Bahamas", "Bahrain", "Bangladesh", "Barbados",
	"Belarus", "Belgium", "Belize", "Benin", "Bhutan", "Bolivia", "Bosnia and Herzegovina", "Bosnia",
	"Botswana", "Brazil", "Brunei", "Bulgaria", "Burkina Faso", "Burundi", "Cabo Verde", "Cape Verde",
	"Cambodia", "Cameroon", "Canada", "Central African Republic", "Chad", "Chile", "China",
	"Colombia", "Comoros", "Congo", "Democratic Republic of Congo", "Democratic Republic of the Congo",
	"DR Congo", "Costa Rica", "Ivory Coast", "Côte d'Ivoire", "Croatia", "Cuba", "Cyprus",
	"Czech Republic", "Czechia", "Denmark", "Djibouti", "Dominica", "Dominican Republic", "Ecuador",
	"Egypt", "El Salvador", "Equatorial Guinea", "Eritrea", "Estonia", "Eswatini", "Swaziland",
	"Ethiopia", "Fiji", "Finland", "France", "Gabon", "Gambia", "Georgia", "Germany", "Ghana",
	"Greece", "Grenada", "Guatemala", "Guinea", "Guinea-Bissau", "Guyana", "Haiti", "Honduras",
	"Hungary", "Iceland", "India", "Indonesia", "Iran", "Iraq", "Ireland", "Israel", "Italy",
	"Jamaica", "Japan", "Jordan", "Kazakhstan", "Kenya", "Kiribati", "Kosovo", "Kuwait", "Kyrgyzstan",
	"Laos", "Latvia", "Lebanon", "Lesotho", "Liberia", "Libya", "Liechtenstein", "Lithuania",
	"Luxembourg", "Madagascar", "Malawi", "Malaysia", "Maldives", "Mali", "Malta", "Marshall Islands",
	"Mauritania", "Mauritius", "Mexico", "Micronesia", "Moldova", "Monaco", "Mongolia", "Montenegro",
	"Morocco", "Mozambique", "Myanmar", "Burma", "Namibia", "Nauru", "Nepal", "Netherlands", "Holland",
	"New Zealand", "Nicaragua", "Niger", "Nigeria", "North Korea", "North Macedonia", "Macedonia",
	"Norway", "Oman", "Pakistan", "Palau", "Palestine", "Panama", "Papua New Guinea", "Paraguay",
	"Peru", "Philippines", "Poland", "Portugal", "Qatar", "Romania", "Russia", "Rwanda",
	"Saint Kitts and Nevis", "Saint Lucia", "Saint Vincent and the Grenadines", "Samoa", "San Marino",
	"Sao Tome and Principe", "São Tomé and Príncipe", "Saudi Arabia", "Senegal", "Serbia",
	"Seychelles", "Sierra Leone", "Singapore", "Slovakia", "Slovenia", "Solomon Islands", "Somalia",
	"South Africa", "South Korea", "Korea", "South Sudan", "Spain", "Sri Lanka", "Sudan", "Suriname",
	"Sweden", "Switzerland", "Syria", "Taiwan", "Tajikistan", "Tanzania", "Thailand", "East Timor",
	"Timor-Leste", "Togo", "Tonga", "Trinidad and Tobago", "Tunisia", "Turkey", "Türkiye",
	"Turkmenistan", "Tuvalu", "Uganda", "Ukraine", "United Arab Emirates", "United Kingdom",
	"Britain", "Great Britain", "United States", "United States of America",
	"America", "Uruguay", "Uzbekistan", "Vanuatu", "Vatican", "Holy See", "Venezuela", "Vietnam", "Yemen",
	"Zambia", "Zimbabwe", "Western Sahara", "Sahrawi Republic", "Sahrawi Arab Democratic Republic",
	// Territories that join and leave organisations in their own name.
	"French Polynesia", "New Caledonia", "Greenland", "Faroe Islands", "Cook Islands", "Niue",
	"Tokelau", "Puerto Rico", "Hong Kong", "Macau", "Macao", "Zanzibar", "Somaliland", "Aruba",
	"Curaçao", "Bermuda", "Guam", "American Samoa", "Gibraltar", "Wallis and Futuna", "Chinese Taipei",
	"Martinique", "Guadeloupe", "French Guiana", "Réunion", "Mayotte", "Anguilla", "Montserrat",
	"British Virgin Islands", "Cayman Islands", "Turks and Caicos Islands", "Sint Maarten",
	"Northern Mariana Islands", "Åland", "Aland Islands",
	// The nations of the United Kingdom, members of sports bodies.
	"England", "Scotland", "Wales", "Northern Ireland",
	// Former states, which history names as members and founders.
	"Soviet Union", "Yugoslavia", "Czechoslovakia", "East Germany", "West Germany", "Zaire",
	// French.
	"Afghanistan", "Afrique du Sud", "Albanie", "Algérie", "Allemagne", "Andorre", "Angola",
	"Antigua-et-Barbuda", "Arabie saoudite", "Argentine", "Arménie", "Australie", "Autriche",
	"Azerbaïdjan", "Bahamas", "Bahreïn", "Bangladesh", "Barbade", "Belgique", "Belize", "Bénin",
	"Bhoutan", "Biélorussie", "Bélarus", "Birmanie", "Bolivie", "Bosnie-Herzégovine", "Bosnie",
	"Botswana", "Brésil", "Brunei", "Bulgarie", "Burkina", "Burundi", "Cambodge", "Cameroun",
	"Cap-Vert", "Centrafrique", "République centrafricaine", "Chili", "Chine", "Chypre", "Colombie",
	"Comores", "République du Congo", "République démocratique du Congo", "Corée du Nord",
	"Corée du Sud", "Corée", "Costa Rica", "Côte d'Ivoire", "Croatie", "Danemark", "Djibouti",
	"Dominique", "République dominicaine", "Égypte", "Émirats arabes unis", "Émirats", "Équateur",
	"Érythrée", "Espagne", "Estonie", "Eswatini", "États-Unis", "États-Unis d'Amérique", "Éthiopie",
	"Fidji", "Finlande", "Gambie", "Géorgie", "Grèce", "Grenade", "Guatemala", "Guinée",
	"Guinée-Bissau", "Guinée équatoriale", "Guyana", "Haïti", "Hongrie", "Inde", "Indonésie", "Irak",
	"Iraq", "Irlande", "Islande", "Israël", "Italie", "Jamaïque", "Japon", "Jordanie", "Kazakhstan",
	"Kirghizistan", "Koweït", "Laos", "Lesotho", "Lettonie", "Liban", "Libéria", "Liberia", "Libye",
	"Lituanie", "Macédoine du Nord", "Malaisie", "Malawi", "Maldives", "Malte", "Maroc", "Maurice",
	"Mauritanie", "Mexique", "Micronésie", "Moldavie", "Mongolie", "Monténégro", "Mozambique",
	"Namibie", "Népal", "Nicaragua", "Nigeria", "Nigéria", "Norvège", "Nouvelle-Zélande", "Ouganda",
	"Ouzbékistan", "Pakistan", "Palestine", "Papouasie-Nouvelle-Guinée", "Paraguay", "Pays-Bas",
	"Pérou", "Philippines", "Pologne", "Roumanie", "Royaume-Uni", "Russie", "Rwanda",
	"Saint-Marin", "Salvador", "Sao Tomé-et-Principe", "Sénégal", "Serbie", "Sierra Leone",
	"Singapour", "Slovaquie", "Slovénie", "Somalie", "Soudan", "Soudan du Sud", "Sri Lanka", "Suède",
	"Suisse", "Syrie", "Tadjikistan", "Taïwan", "Tanzanie", "Tchad", "République tchèque", "Tchéquie",
	"Thaïlande", "Timor oriental", "Togo", "Tunisie", "Turkménistan", "Turquie", "Ukraine",
	"Uruguay", "Vanuatu", "Vatican", "Saint-Siège", "Venezuela", "Viêt Nam", "Vietnam", "Yémen", "Zambie",
	"Zimbabwe", "Sahara occidental", "République sahraouie", "République arabe sahraouie démocratique", "Cuba", "Madagascar", "Oman", "Qatar", "Monaco", "Luxembourg",
	"Canada", "Congo", "Mali", "Niger", "Bénin", "Gabon", "Ghana", "Kenya", "Kosovo", "Iran",
	"Mexique", "Panama", "Pérou", "Portugal", "France", "Chine", "Liechtenstein",
	// Territoires, et les nations du Royaume-Uni des fédérations sportives.
	"Angleterre", "Écosse", "pays de Galles", "Irlande du Nord",
	"Polynésie française", "Nouvelle-Calédonie", "Groenland", "îles Féroé", "îles Cook", "Niue",
	"Tokelau", "Porto Rico", "Hong Kong", "Macao", "Zanzibar", "Somaliland", "Aruba", "Curaçao",
	"Bermudes", "Guam", "Gibraltar", "Wallis-et-Futuna", "Taipei chinois",
	"Martinique", "Guadeloupe", "Guyane", "La Réunion", "Mayotte", "Anguilla", "Montserrat",
	"îles Vierges britanniques", "îles Caïmans", "îles Turques-et-Caïques", "Saint-Martin", "Åland",
	// États disparus.
	"Union soviétique", "Yougoslavie", "Tchécoslovaquie", "Allemagne de l'Est", "Allemagne de l'Ouest", "Zaïre",
))

// countrySet returns the names as lexicon entries, each once when folded:
// the lists of the two languages share many names ("Mali"), some only
// once folded ("Benin" and "Bénin").
func countrySet(names ...string) map[string]bool {
	m := make(map[string]bool, len(names))
	seen := make(map[string]struct{}, len(names))
	for _, n := range names {
		k := strings.Join(foldWords(n), " ")
		if _, ok := seen[k]; !ok {
			seen[k] = struct{}{}
			m[n] = true
		}
	}
	return m
}
