package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

const (
	founded     = "founded"
	transformed = "transformed"
	joined      = "joined"
	withdrew    = "withdrew"
	dissolved   = "dissolved"
	launched    = "launched"
	operational = "operational"
	inaugurated = "inaugurated"
)

var foundingTests = []struct {
	name, lang, text string
	dates            []d
	want             []founding
}{
	// French.
	{"apposition participle", "fr",
		"Le sommet marque une étape décisive pour l’AES, formée en septembre 2023 comme pacte de défense.",
		[]d{{"septembre 2023", "2023-09"}},
		[]founding{{Text: "formée en septembre 2023 comme pacte de défense", Subject: "AES", SubjectID: "aes", Event: founded, Value: "2023-09"}}},
	{"coordinated participles", "fr",
		"Une étape pour l’AES, formée en septembre 2023 comme pacte de défense et promue confédération en juillet 2024.",
		[]d{{"septembre 2023", "2023-09"}, {"juillet 2024", "2024-07"}},
		[]founding{
			{Text: "formée en septembre 2023 comme pacte de défense", Subject: "AES", SubjectID: "aes", Event: founded, Value: "2023-09"},
			{Text: "promue confédération en juillet 2024", Subject: "AES", SubjectID: "aes", Event: transformed, Value: "2024-07", Object: "confédération"}}},
	{"passive with auxiliary", "fr", "Le G5 Sahel a été créé en 2014 à Nouakchott.", []d{{"2014", "2014"}},
		[]founding{{Text: "G5 Sahel a été créé en 2014 à Nouakchott", Subject: "G5 Sahel", SubjectID: "g5", Event: founded, Value: "2014"}}},
	{"dissolved", "fr", "Le G5 Sahel a été dissous en décembre 2023.", []d{{"décembre 2023", "2023-12"}},
		[]founding{{Text: "G5 Sahel a été dissous en décembre 2023", Subject: "G5 Sahel", SubjectID: "g5", Event: dissolved, Value: "2023-12"}}},
	{"pronoun resolved to the paragraph's organisation", "fr",
		"L’Union des transports lacustres a tenu son congrès. Elle a été fondée en 1998 à Kalto.", []d{{"1998", "1998"}},
		[]founding{{Text: "Elle a été fondée en 1998 à Kalto", Subject: "Union des transports lacustres", SubjectID: "ltu", Event: founded, Value: "1998"}}},
	{"pronoun without organisation", "fr", "Elle a été fondée en 1998.", []d{{"1998", "1998"}}, nil},
	{"left an organisation", "fr", "Le Mali a quitté la Cédéao en janvier 2025.", []d{{"janvier 2025", "2025-01"}},
		[]founding{{Text: "Mali a quitté la Cédéao en janvier 2025", Subject: "Mali", SubjectID: "mali", Event: withdrew, Value: "2025-01", Object: "Cédéao", ObjectIDs: []string{"ecowas"}}}},
	{"reflexive withdrawal", "fr", "Le Niger s’est retiré du G5 Sahel en décembre 2023.", []d{{"décembre 2023", "2023-12"}},
		[]founding{{Text: "Niger s’est retiré du G5 Sahel en décembre 2023", Subject: "Niger", SubjectID: "niger", Event: withdrew, Value: "2023-12", Object: "G5 Sahel", ObjectIDs: []string{"g5"}}}},
	{"coordinated subjects", "fr", "Le Mali, le Burkina Faso et le Niger ont quitté la Cédéao.", nil,
		[]founding{
			{Text: "Mali, le Burkina Faso et le Niger ont quitté la Cédéao", Subject: "Mali", SubjectID: "mali", Event: withdrew, Object: "Cédéao", ObjectIDs: []string{"ecowas"}},
			{Text: "Mali, le Burkina Faso et le Niger ont quitté la Cédéao", Subject: "Burkina Faso", SubjectID: "burkina", Event: withdrew, Object: "Cédéao", ObjectIDs: []string{"ecowas"}},
			{Text: "Mali, le Burkina Faso et le Niger ont quitté la Cédéao", Subject: "Niger", SubjectID: "niger", Event: withdrew, Object: "Cédéao", ObjectIDs: []string{"ecowas"}}}},
	{"withdrawal noun with the topic as subject", "fr",
		"Les discussions de l’AES portent sur la défense, après le retrait du G5 Sahel et de la Cédéao.", nil,
		[]founding{{Text: "le retrait du G5 Sahel et de la Cédéao", Subject: "AES", SubjectID: "aes", Event: withdrew, Object: "G5 Sahel et Cédéao", ObjectIDs: []string{"g5", "ecowas"}}}},
	{"withdrawal noun with two complements", "fr", "Le retrait du Mali de la Cédéao a été acté.", nil,
		[]founding{{Text: "Le retrait du Mali de la Cédéao", Subject: "Mali", SubjectID: "mali", Event: withdrew, Object: "Cédéao", ObjectIDs: []string{"ecowas"}}}},
	{"creation noun", "fr", "La création de l’AES en septembre 2023 a surpris les diplomates.", []d{{"septembre 2023", "2023-09"}},
		[]founding{{Text: "La création de l’AES en septembre 2023", Subject: "AES", SubjectID: "aes", Event: founded, Value: "2023-09"}}},
	{"creation of something that is no organisation", "fr", "La création d’une banque commune est à l’étude.", nil, nil},
	{"accession noun", "fr", "L’adhésion du Niger à l’Union des transports lacustres a été annoncée.", nil,
		[]founding{{Text: "L’adhésion du Niger à l’Union des transports lacustres", Subject: "Niger", SubjectID: "niger", Event: joined, Object: "Union des transports lacustres", ObjectIDs: []string{"ltu"}}}},
	{"operational adjective in apposition", "fr",
		"La Force conjointe AES, nouvellement opérationnelle, vise à coordonner les opérations.", nil,
		[]founding{{Text: "nouvellement opérationnelle", Subject: "Force conjointe AES", Event: operational}}},
	{"state with a dated preposition", "fr",
		"La Force conjointe AES, opérationnelle depuis 2019, vise à coordonner les opérations.",
		[]d{{"2019", "2019"}},
		[]founding{{Text: "opérationnelle depuis 2019", Subject: "Force conjointe AES", Event: operational, Value: "2019"}}},
	{"english state since a year", "en",
		"The AES joint force, operational since 2024, patrols the border.",
		[]d{{"2024", "2024"}},
		[]founding{{Text: "operational since 2024", Subject: "Unified Force of the AES", SubjectID: "fu-aes", Event: operational, Value: "2024"}}},
	{"adjective inside a noun phrase", "fr", "Le commandement opérationnel de la Force conjointe est à Niamey.", nil, nil},
	{"became operational", "fr", "La Banque confédérale d’investissement est devenue opérationnelle en mars 2025.", []d{{"mars 2025", "2025-03"}},
		[]founding{{Text: "Banque confédérale d’investissement est devenue opérationnelle en mars 2025", Subject: "Banque confédérale d’investissement", Event: operational, Value: "2025-03"}}},
	{"opening participle then a second predicate", "fr",
		"Créé en 2014 à Nouakchott, le G5 Sahel a été dissous en décembre 2023.", []d{{"2014", "2014"}, {"décembre 2023", "2023-12"}},
		[]founding{
			{Text: "Créé en 2014 à Nouakchott", Subject: "G5 Sahel", SubjectID: "g5", Event: founded, Value: "2014"},
			{Text: "G5 Sahel a été dissous en décembre 2023", Subject: "G5 Sahel", SubjectID: "g5", Event: dissolved, Value: "2023-12"}}},
	{"negated", "fr", "Le Niger n’a pas quitté la Cédéao.", nil, nil},
	{"noun forme is no trigger", "fr", "Les discussions ont pris la forme d’un dialogue avec la Cédéao.", nil, nil},
	{"active voice: the object is created", "fr",
		"Le Mali, le Burkina Faso et le Niger ont créé l’AES le 16 septembre 2023.", []d{{"16 septembre 2023", "2023-09-16"}},
		[]founding{{Text: "ont créé l’AES le 16 septembre 2023", Subject: "AES", SubjectID: "aes", Event: founded, Value: "2023-09-16"}}},
	{"launch noun", "fr", "Le lancement de l’Union des transports lacustres a eu lieu à Kalto.", nil,
		[]founding{{Text: "Le lancement de l’Union des transports lacustres", Subject: "Union des transports lacustres", SubjectID: "ltu", Event: launched}}},
	{"unknown agency inaugurated", "fr", "L’Agence spatiale du Sahel a été inaugurée le 3 mars 2025 à Niamey.", []d{{"3 mars 2025", "2025-03-03"}},
		[]founding{{Text: "Agence spatiale du Sahel a été inaugurée le 3 mars 2025 à Niamey", Subject: "Agence spatiale du Sahel", Event: inaugurated, Value: "2025-03-03"}}},
	{"joined", "fr", "Le Burkina a rejoint l’Union des transports lacustres en 2019.", []d{{"2019", "2019"}},
		[]founding{{Text: "Burkina a rejoint l’Union des transports lacustres en 2019", Subject: "Burkina Faso", SubjectID: "burkina", Event: joined, Value: "2019", Object: "Union des transports lacustres", ObjectIDs: []string{"ltu"}}}},
	{"promoted to the rank of", "fr", "L’AES a été promue au rang de confédération le 6 juillet 2024.", []d{{"6 juillet 2024", "2024-07-06"}},
		[]founding{{Text: "AES a été promue au rang de confédération le 6 juillet 2024", Subject: "AES", SubjectID: "aes", Event: transformed, Value: "2024-07-06", Object: "confédération"}}},
	{"generic noun resolved to the topic", "fr",
		"Les dirigeants de l’AES se sont retrouvés à Niamey. L’alliance a été transformée en confédération en juillet 2024.", []d{{"juillet 2024", "2024-07"}},
		[]founding{{Text: "L’alliance a été transformée en confédération en juillet 2024", Subject: "AES", SubjectID: "aes", Event: transformed, Value: "2024-07", Object: "confédération"}}},
	{"unknown lower-case subject", "fr", "Un comité a été créé en 2020.", []d{{"2020", "2020"}}, nil},
	{"possessive noun, date in the verb", "fr",
		"Le G5 Sahel a tenu sa dernière réunion. Sa dissolution a été prononcée en décembre 2023.", []d{{"décembre 2023", "2023-12"}},
		[]founding{{Text: "Sa dissolution", Subject: "G5 Sahel", SubjectID: "g5", Event: dissolved, Value: "2023-12"}}},
	{"relative clause", "fr", "La Cédéao, qui a été fondée en 1975 à Lagos, compte quinze membres.", []d{{"1975", "1975"}},
		[]founding{{Text: "a été fondée en 1975 à Lagos", Subject: "Cédéao", SubjectID: "ecowas", Event: founded, Value: "1975"}}},
	{"entry into force", "fr", "L’entrée en vigueur de la Confédération des États du Sahel date du 6 juillet 2024.", []d{{"6 juillet 2024", "2024-07-06"}},
		[]founding{{Text: "L’entrée en vigueur de la Confédération des États du Sahel", Subject: "AES", SubjectID: "aes", Event: operational, Value: "2024-07-06"}}},

	// English.
	{"unknown fund in apposition", "en", "The Sahel Development Fund, set up in 2019, finances rural roads.", []d{{"2019", "2019"}},
		[]founding{{Text: "set up in 2019", Subject: "Sahel Development Fund", Event: founded, Value: "2019"}}},
	{"english passive", "en", "ECOWAS was founded in 1975 in Lagos.", []d{{"1975", "1975"}},
		[]founding{{Text: "ECOWAS was founded in 1975 in Lagos", Subject: "ECOWAS", SubjectID: "ecowas", Event: founded, Value: "1975"}}},
	{"withdrew from", "en", "Mali withdrew from ECOWAS in January 2025.", []d{{"January 2025", "2025-01"}},
		[]founding{{Text: "Mali withdrew from ECOWAS in January 2025", Subject: "Mali", SubjectID: "mali", Event: withdrew, Value: "2025-01", Object: "ECOWAS", ObjectIDs: []string{"ecowas"}}}},
	{"withdrawal of X from Y", "en", "The withdrawal of Mali from ECOWAS took effect in January.", []d{{"January", "2025-01"}},
		[]founding{{Text: "The withdrawal of Mali from ECOWAS", Subject: "Mali", SubjectID: "mali", Event: withdrew, Value: "2025-01", Object: "ECOWAS", ObjectIDs: []string{"ecowas"}}}},
	{"generic noun transformed into", "en",
		"Leaders of the AES gathered in Niamey. The alliance was transformed into a confederation in July 2024.", []d{{"July 2024", "2024-07"}},
		[]founding{{Text: "The alliance was transformed into a confederation in July 2024", Subject: "AES", SubjectID: "aes", Event: transformed, Value: "2024-07", Object: "confederation"}}},
	{"it resolved to the paragraph's organisation", "en",
		"The AES held its summit in Bamako. It was created in September 2023 as a mutual defence pact.", []d{{"September 2023", "2023-09"}},
		[]founding{{Text: "It was created in September 2023 as a mutual defence pact", Subject: "AES", SubjectID: "aes", Event: founded, Value: "2023-09"}}},
	{"which was launched", "en", "The Lake Transport Union, which was launched in 2012, has 40 members.", []d{{"2012", "2012"}},
		[]founding{{Text: "was launched in 2012", Subject: "Lake Transport Union", SubjectID: "ltu", Event: launched, Value: "2012"}}},
	{"three countries left", "en", "Niger, Mali and Burkina Faso left ECOWAS.", nil,
		[]founding{
			{Text: "Niger, Mali and Burkina Faso left ECOWAS", Subject: "Niger", SubjectID: "niger", Event: withdrew, Object: "ECOWAS", ObjectIDs: []string{"ecowas"}},
			{Text: "Niger, Mali and Burkina Faso left ECOWAS", Subject: "Mali", SubjectID: "mali", Event: withdrew, Object: "ECOWAS", ObjectIDs: []string{"ecowas"}},
			{Text: "Niger, Mali and Burkina Faso left ECOWAS", Subject: "Burkina Faso", SubjectID: "burkina", Event: withdrew, Object: "ECOWAS", ObjectIDs: []string{"ecowas"}}}},
	{"unknown command became operational", "en", "The Unified Sahel Command became operational in March 2025.", []d{{"March 2025", "2025-03"}},
		[]founding{{Text: "Unified Sahel Command became operational in March 2025", Subject: "Unified Sahel Command", Event: operational, Value: "2025-03"}}},
	{"treaty is no organisation", "en", "The treaty entered into force in 2024.", []d{{"2024", "2024"}}, nil},
	{"left a room", "en", "He left the room. She left Bamako on Monday.", nil, nil},
	{"group resolved to the topic", "en",
		"The Liptako Authority rarely convened. The group was dissolved in 2023 after years of infighting.", []d{{"2023", "2023"}},
		[]founding{{Text: "The group was dissolved in 2023 after years of infighting", Subject: "Liptako Authority", Event: dissolved, Value: "2023"}}},
	{"possessive withdrawal", "en", "Mali's withdrawal from ECOWAS became effective in January 2025.", []d{{"January 2025", "2025-01"}},
		[]founding{{Text: "Mali's withdrawal from ECOWAS", Subject: "Mali", SubjectID: "mali", Event: withdrew, Value: "2025-01", Object: "ECOWAS", ObjectIDs: []string{"ecowas"}}}},
	{"joined", "en", "Burkina Faso joined the Lake Transport Union in 2019.", []d{{"2019", "2019"}},
		[]founding{{Text: "Burkina Faso joined the Lake Transport Union in 2019", Subject: "Burkina Faso", SubjectID: "burkina", Event: joined, Value: "2019", Object: "Lake Transport Union", ObjectIDs: []string{"ltu"}}}},
	{"english active voice", "en", "Mali, Burkina Faso and Niger formed the AES in September 2023.", []d{{"September 2023", "2023-09"}},
		[]founding{{Text: "formed the AES in September 2023", Subject: "AES", SubjectID: "aes", Event: founded, Value: "2023-09"}}},
	{"accession of X to Y", "en", "The accession of Niger to the Lake Transport Union was approved.", nil,
		[]founding{{Text: "The accession of Niger to the Lake Transport Union", Subject: "Niger", SubjectID: "niger", Event: joined, Object: "Lake Transport Union", ObjectIDs: []string{"ltu"}}}},
	{"english opening participle", "en", "Formed in 2014, the G5 Sahel was dissolved in 2023.", []d{{"2014", "2014"}, {"2023", "2023"}},
		[]founding{
			{Text: "Formed in 2014", Subject: "G5 Sahel", SubjectID: "g5", Event: founded, Value: "2014"},
			{Text: "G5 Sahel was dissolved in 2023", Subject: "G5 Sahel", SubjectID: "g5", Event: dissolved, Value: "2023"}}},
	{"english negation", "en", "Niger has not left ECOWAS.", nil, nil},
	{"a summit is no organisation", "en", "The summit was inaugurated by Goïta.", nil, nil},
	{"acronym with coordinated predicates", "en", "MINUSMA was launched in 2013 and dissolved in 2023.", []d{{"2013", "2013"}, {"2023", "2023"}},
		[]founding{
			{Text: "MINUSMA was launched in 2013", Subject: "MINUSMA", Event: launched, Value: "2013"},
			{Text: "dissolved in 2023", Subject: "MINUSMA", Event: dissolved, Value: "2023"}}},
	{"headline in capitals", "en", "THE SUMMIT WAS LAUNCHED IN BAMAKO", nil, nil},
	{"active voice with a described object", "fr", "L’AES a créé une banque commune en 2024.", []d{{"2024", "2024"}},
		[]founding{{Text: "a créé une banque commune en 2024", Subject: "banque commune", Event: founded, Value: "2024"}}},
	{"active voice with a bare common noun object", "fr", "L’AES a créé une banque en 2024.", []d{{"2024", "2024"}}, nil},
	{"english active voice with a described object", "en", "ECOWAS launched a standby force in 2004.", []d{{"2004", "2004"}},
		[]founding{{Text: "launched a standby force in 2004", Subject: "standby force", Event: launched, Value: "2004"}}},
	{"english active voice with a bare common noun object", "en", "ECOWAS created a bank in 2010.", []d{{"2010", "2010"}}, nil},
	{"english active voice with an organisation object", "en", "The AES launched the Unified Sahel Command in 2025.", []d{{"2025", "2025"}},
		[]founding{{Text: "launched the Unified Sahel Command in 2025", Subject: "Unified Sahel Command", Event: launched, Value: "2025"}}},
	{"opening participle with a pronoun", "fr", "L’AES tient son sommet. Créée en 2023, elle regroupe trois pays.", []d{{"2023", "2023"}},
		[]founding{{Text: "Créée en 2023", Subject: "AES", SubjectID: "aes", Event: founded, Value: "2023"}}},
	{"reduced relative", "en", "The Lake Transport Union created in 2012 has 40 members.", []d{{"2012", "2012"}},
		[]founding{{Text: "Lake Transport Union created in 2012", Subject: "Lake Transport Union", SubjectID: "ltu", Event: founded, Value: "2012"}}},
	{"english name of an object", "en", "Niger quit the Confederation of Sahel States.", nil,
		[]founding{{Text: "Niger quit the Confederation of Sahel States", Subject: "Niger", SubjectID: "niger", Event: withdrew, Object: "AES", ObjectIDs: []string{"aes"}}}},
	{"country filed as a place leaves", "fr", "Le Tchad a quitté la Cédéao en 2025.", []d{{"2025", "2025"}},
		[]founding{{Text: "Tchad a quitté la Cédéao en 2025", Subject: "Tchad", SubjectID: "tchad", Event: withdrew, Value: "2025", Object: "Cédéao", ObjectIDs: []string{"ecowas"}}}},
	{"country filed as a place joins", "en", "Chad's accession to the AES is under discussion.", nil,
		[]founding{{Text: "Chad's accession to the AES", Subject: "Chad", SubjectID: "tchad", Event: joined, Object: "AES", ObjectIDs: []string{"aes"}}}},
	{"a place is never founded", "fr", "Ouagadougou a été fondée au XVe siècle.", nil, nil},
	{"generic object is the paragraph's organisation", "en", "ECOWAS imposed sanctions. Mali withdrew from the bloc in 2025.", []d{{"2025", "2025"}},
		[]founding{{Text: "Mali withdrew from the bloc in 2025", Subject: "Mali", SubjectID: "mali", Event: withdrew, Value: "2025", Object: "ECOWAS", ObjectIDs: []string{"ecowas"}}}},
	{"an organisation does not leave itself", "en", "Mali was suspended from ECOWAS. It later announced its withdrawal from the bloc.", nil, nil},
	{"generic object with an adjective is ambiguous", "fr", "La Cédéao a réagi. Le Mali s’est retiré de l’organisation régionale.", nil, nil},
	{"plural possessive", "fr", "Le Mali et le Burkina Faso, qui avaient annoncé leur retrait de la Cédéao en janvier, n’étaient pas représentés.", []d{{"janvier", "2024-01"}},
		[]founding{
			{Text: "leur retrait de la Cédéao en janvier", Subject: "Mali", SubjectID: "mali", Event: withdrew, Value: "2024-01", Object: "Cédéao", ObjectIDs: []string{"ecowas"}},
			{Text: "leur retrait de la Cédéao en janvier", Subject: "Burkina Faso", SubjectID: "burkina", Event: withdrew, Value: "2024-01", Object: "Cédéao", ObjectIDs: []string{"ecowas"}}}},
	{"apposition with a dated determiner", "fr", "L’AES, formée le 16 septembre 2023, compte trois membres.", []d{{"16 septembre 2023", "2023-09-16"}},
		[]founding{{Text: "formée le 16 septembre 2023", Subject: "AES", SubjectID: "aes", Event: founded, Value: "2023-09-16"}}},
	{"active voice with complements before the object", "fr",
		"Les ministres de l’AES ont officiellement lancé lundi à Bamako la Banque confédérale d’investissement.", []d{{"lundi", "2025-12-22"}},
		[]founding{{Text: "ont officiellement lancé lundi à Bamako la Banque confédérale d’investissement", Subject: "Banque confédérale d’investissement", Event: launched, Value: "2025-12-22"}}},
	{"unknown acronym joined", "fr", "La BOAD a rejoint l’UTL en 2015.", []d{{"2015", "2015"}},
		[]founding{{Text: "BOAD a rejoint l’UTL en 2015", Subject: "BOAD", Event: joined, Value: "2015", Object: "Union des transports lacustres", ObjectIDs: []string{"ltu"}}}},

	// Verbs of becoming.
	{"became a confederation, coordinated", "en",
		"The Alliance of Sahel States held its summit in Bamako. The alliance was formed in September 2023 as a mutual-defence pact and became a confederation in July 2024.",
		[]d{{"September 2023", "2023-09"}, {"July 2024", "2024-07"}},
		[]founding{
			{Text: "The alliance was formed in September 2023 as a mutual-defence pact", Subject: "AES", SubjectID: "aes", Event: founded, Value: "2023-09"},
			{Text: "became a confederation in July 2024", Subject: "AES", SubjectID: "aes", Event: transformed, Value: "2024-07", Object: "confederation"}}},
	{"became a federation", "en", "The Lake Transport Union became a federation in 2015.", []d{{"2015", "2015"}},
		[]founding{{Text: "Lake Transport Union became a federation in 2015", Subject: "Lake Transport Union", SubjectID: "ltu", Event: transformed, Value: "2015", Object: "federation"}}},
	{"became a named organisation", "en", "The Alliance of Sahel States became the Lake Transport Union in 2025.", []d{{"2025", "2025"}},
		[]founding{{Text: "Alliance of Sahel States became the Lake Transport Union in 2025", Subject: "AES", SubjectID: "aes", Event: transformed, Value: "2025", Object: "Lake Transport Union", ObjectIDs: []string{"ltu"}}}},
	{"became president is no transformation", "en", "Goïta became president of the AES in 2021.", []d{{"2021", "2021"}}, nil},
	{"became operational is no transformation", "en", "The Lake Transport Union became operational in 2019.", []d{{"2019", "2019"}},
		[]founding{{Text: "Lake Transport Union became operational in 2019", Subject: "Lake Transport Union", SubjectID: "ltu", Event: operational, Value: "2019"}}},
	{"did not become", "en", "The Lake Transport Union did not become a federation.", nil, nil},
	{"est devenue une fédération", "fr", "L’Union des transports lacustres est devenue une fédération en 2015.", []d{{"2015", "2015"}},
		[]founding{{Text: "Union des transports lacustres est devenue une fédération en 2015", Subject: "Union des transports lacustres", SubjectID: "ltu", Event: transformed, Value: "2015", Object: "fédération"}}},
	{"generic subject devient", "fr", "L’AES a tenu son sommet. L’alliance devient une confédération.", nil,
		[]founding{{Text: "L’alliance devient une confédération", Subject: "AES", SubjectID: "aes", Event: transformed, Object: "confédération"}}},
	{"a question asserts nothing", "fr", "La Confédération des États du Sahel est devenue une fédération ?", nil, nil},
	{"an english question", "en", "Has Mali left ECOWAS?", nil, nil},

	// Collective subjects.
	{"the three countries, named before", "en",
		"Mali, Niger and Burkina Faso signed a charter in Bamako. The move came months after the three countries withdrew from ECOWAS.", nil,
		[]founding{
			{Text: "the three countries withdrew from ECOWAS", Subject: "Mali", SubjectID: "mali", Event: withdrew, Object: "ECOWAS", ObjectIDs: []string{"ecowas"}},
			{Text: "the three countries withdrew from ECOWAS", Subject: "Niger", SubjectID: "niger", Event: withdrew, Object: "ECOWAS", ObjectIDs: []string{"ecowas"}},
			{Text: "the three countries withdrew from ECOWAS", Subject: "Burkina Faso", SubjectID: "burkina", Event: withdrew, Object: "ECOWAS", ObjectIDs: []string{"ecowas"}}}},
	{"member states of the topic", "en", "The AES held its summit. Its member states left ECOWAS in January 2025.", []d{{"January 2025", "2025-01"}},
		[]founding{{Text: "Its member states left ECOWAS in January 2025", Subject: "AES", SubjectID: "aes", Event: withdrew, Value: "2025-01", Object: "ECOWAS", ObjectIDs: []string{"ecowas"}}}},
	{"the two countries joined", "en", "Mali and Niger signed the charter. The two countries joined the Lake Transport Union in 2019.", []d{{"2019", "2019"}},
		[]founding{
			{Text: "The two countries joined the Lake Transport Union in 2019", Subject: "Mali", SubjectID: "mali", Event: joined, Value: "2019", Object: "Lake Transport Union", ObjectIDs: []string{"ltu"}},
			{Text: "The two countries joined the Lake Transport Union in 2019", Subject: "Niger", SubjectID: "niger", Event: joined, Value: "2019", Object: "Lake Transport Union", ObjectIDs: []string{"ltu"}}}},
	{"les trois pays", "fr",
		"Le Mali, le Niger et le Burkina Faso ont signé la charte. Les trois pays ont quitté la Cédéao en janvier 2025.", []d{{"janvier 2025", "2025-01"}},
		[]founding{
			{Text: "Les trois pays ont quitté la Cédéao en janvier 2025", Subject: "Mali", SubjectID: "mali", Event: withdrew, Value: "2025-01", Object: "Cédéao", ObjectIDs: []string{"ecowas"}},
			{Text: "Les trois pays ont quitté la Cédéao en janvier 2025", Subject: "Niger", SubjectID: "niger", Event: withdrew, Value: "2025-01", Object: "Cédéao", ObjectIDs: []string{"ecowas"}},
			{Text: "Les trois pays ont quitté la Cédéao en janvier 2025", Subject: "Burkina Faso", SubjectID: "burkina", Event: withdrew, Value: "2025-01", Object: "Cédéao", ObjectIDs: []string{"ecowas"}}}},
	{"ses États membres", "fr", "L’AES a tenu son sommet. Ses États membres ont quitté la Cédéao.", nil,
		[]founding{{Text: "Ses États membres ont quitté la Cédéao", Subject: "AES", SubjectID: "aes", Event: withdrew, Object: "Cédéao", ObjectIDs: []string{"ecowas"}}}},
	{"member states of the article's organisation", "en",
		"The AES met in Bamako on Monday. Leaders of the AES said the member states left ECOWAS in January 2025.", []d{{"January 2025", "2025-01"}},
		[]founding{{Text: "the member states left ECOWAS in January 2025", Subject: "AES", SubjectID: "aes", Event: withdrew, Value: "2025-01", Object: "ECOWAS", ObjectIDs: []string{"ecowas"}}}},
	{"a list too short for the number", "en", "Mali and Niger met. The three countries withdrew from the Lake Transport Union.", nil, nil},
	{"countries named nowhere", "en", "The three countries withdrew from ECOWAS.", nil, nil},

	// Descriptions.
	{"the joint force of the topic", "en", "The AES met in Bamako. The joint force became operational on Saturday.", []d{{"on Saturday", "2025-12-20"}},
		[]founding{{Text: "The joint force became operational on Saturday", Subject: "Unified Force of the AES", SubjectID: "fu-aes", Event: operational, Value: "2025-12-20"}}},
	{"a described subject with an apposition", "en",
		"The AES met in Bamako. A joint force of 5,000 troops, announced in January 2025, became operational on Saturday.", []d{{"January 2025", "2025-01"}, {"on Saturday", "2025-12-20"}},
		[]founding{{Text: "became operational on Saturday", Subject: "Unified Force of the AES", SubjectID: "fu-aes", Event: operational, Value: "2025-12-20"}}},
	{"la force conjointe", "fr", "L’AES a tenu son sommet. La force conjointe est devenue opérationnelle samedi.", []d{{"samedi", "2025-12-20"}},
		[]founding{{Text: "La force conjointe est devenue opérationnelle samedi", Subject: "Force unifiée de l’AES", SubjectID: "fu-aes", Event: operational, Value: "2025-12-20"}}},
	{"a new joint force launched", "en", "The AES met in Bamako. The new joint force was launched in January 2025.", []d{{"January 2025", "2025-01"}},
		[]founding{{Text: "The new joint force was launched in January 2025", Subject: "Unified Force of the AES", SubjectID: "fu-aes", Event: launched, Value: "2025-01"}}},
	{"la force conjointe de l'AES en apposition", "fr",
		"L’AES s’est réunie. La force conjointe de l’AES, annoncée en janvier, est devenue opérationnelle samedi.", []d{{"janvier", "2025-01"}, {"samedi", "2025-12-20"}},
		[]founding{{Text: "est devenue opérationnelle samedi", Subject: "Force unifiée de l’AES", SubjectID: "fu-aes", Event: operational, Value: "2025-12-20"}}},
	{"a joint force of another topic", "en", "The Lake Transport Union met in Kalto. The joint force became operational.", nil, nil},
	{"launched a described bank", "en", "The AES met in Bamako. The bloc also launched a confederal investment bank with 500 billion CFA francs in capital.", nil,
		[]founding{{Text: "also launched a confederal investment bank", Subject: "confederal investment bank", Event: launched}}},
	{"a lancé une banque décrite", "fr", "L’AES a lancé une banque confédérale d’investissement.", nil,
		[]founding{{Text: "a lancé une banque confédérale d’investissement", Subject: "banque confédérale d’investissement", Event: launched}}},
	{"an intention is no founding", "en", "The confederation plans to set up a joint investment bank.", nil, nil},
}

func TestFind_Founding(t *testing.T) {
	g := testGazetteer(t)
	for _, tt := range foundingTests {
		t.Run(tt.name, func(t *testing.T) {
			got := foundingsOf(Find(tt.text, tt.lang, datesOf(t, tt.text, tt.dates), g))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Find(%q) founding claims (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
