package lang

// frWords are frequent French function words and auxiliaries that English
// does not use.
var frWords = set(
	"le", "la", "les", "un", "une", "des", "du", "de", "au", "aux", "et", "ou",
	"est", "sont", "été", "était", "a", "ont", "avait", "sera", "dans", "sur",
	"pour", "par", "avec", "sans", "sous", "entre", "vers", "chez", "qui", "que",
	"quoi", "dont", "où", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur",
	"leurs", "notre", "nos", "votre", "vos", "il", "elle", "ils", "elles", "nous",
	"vous", "je", "tu", "se", "ne", "pas", "plus", "très", "aussi", "mais",
	"donc", "car", "lors", "après", "avant", "depuis", "selon", "comme", "même",
	"tout", "tous", "toute", "toutes", "deux", "trois", "premier", "première",
	"année", "ans", "mois", "jour", "jours", "hier", "aujourd", "demain",
	"contre", "encore", "déjà", "ainsi", "alors", "lui", "y", "en",
	"fait", "peut", "doit", "janvier", "février", "mars", "avril", "mai",
	"juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
	"janv", "févr", "avr", "juil", "déc", "lundi", "mardi",
	"mercredi", "jeudi", "vendredi", "samedi", "dimanche",
)

// enWords are frequent English function words and auxiliaries that French
// does not use.
var enWords = set(
	"the", "a", "an", "of", "and", "or", "is", "are", "was", "were", "be",
	"been", "has", "have", "had", "will", "would", "in", "on", "at", "to",
	"for", "by", "with", "without", "from", "into", "which", "who", "whom",
	"whose", "what", "that", "this", "these", "those", "its", "his", "her",
	"their", "our", "your", "he", "she", "it", "they", "we", "you", "i",
	"not", "no", "more", "very", "also", "but", "so", "after", "before",
	"since", "according", "as", "same", "all", "two", "three", "first",
	"year", "years", "month", "day", "days", "yesterday", "today", "tomorrow",
	"against", "still", "already", "then", "there", "did", "does", "do",
	"can", "could", "should", "may", "january", "february", "march",
	"april", "june", "july", "august", "september", "october", "november",
	"december", "monday", "tuesday", "wednesday", "thursday", "friday",
	"saturday", "sunday", "said", "says", "new", "over", "about", "out",
)

// frElided are the French words that elide before a vowel: "l'", "d'".
var frElided = set("l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu")

// enClitics are the English endings written after an apostrophe: "'s",
// "n't", "'re".
var enClitics = set("s", "t", "re", "ve", "ll", "d", "m")

// set returns the set of words.
func set(words ...string) map[string]struct{} {
	m := make(map[string]struct{}, len(words))
	for _, w := range words {
		m[w] = struct{}{}
	}
	return m
}
