package app

import (
	"fmt"
	"strconv"
	"strings"

	"factlens/facts"
)

// messages are the reader's UI strings in one language. Article text,
// claims and facts are shown as they come; only the reader's own words are
// translated here.
type messages struct {
	// lang is the BCP 47 tag of the language ("fr", "en"), name its name in
	// itself ("Français"), used on the button that switches to it.
	lang, name string

	// kinds and verdicts name one claim kind or verdict ("Date",
	// "Supported"); kindFilters name a kind in the plural, as a filter.
	kinds       map[facts.Kind]string
	kindFilters map[facts.Kind]string
	verdicts    map[facts.Verdict]string
	months      [12]string
	firstDay    string // the day 1 ("1er" in French), when it differs from "1"

	tools, switchLang, highlights, highlightsShown, highlightsHidden string
	legend, claims, byKind, byVerdict, noClaim                       string
	notes, backToText, claimN, close, facts, sources, noFacts        string
	alsoHere, newTab, notFound, keysHint, confidence                 string
	linkCheck, linkClass                                             string
	confidenceLevels                                                 map[string]string

	// shownCount ("%d of %d claims shown") and moreHere ("%d more claims
	// here") have a singular and a plural form; one reports whether a
	// count takes the singular (1 in English, 0 and 1 in French).
	shownCount, moreHere [2]string
	one                  func(n int) bool

	// The timeline (timeline.go): its heading, the line under it, the
	// badge of a knowledge-base fact, the base's date of a claim it
	// disputes (a format), and short month names for the axis.
	timeline, tlIntro, tlFact, tlBaseDate string
	monthsShort                           [12]string
	tlSummary                             string // the drawing's label, a format of the number of items

	// The /check page (checkpage.go, download.go). checkFound has a
	// singular and a plural form; checkSizeOf, checkTooLong, checkResult,
	// checkKB, checkFailed and checkExportFailed are formats.
	checkTitle, checkIntro, checkNeedsScript, checkTitleLabel, checkTextLabel string
	checkLangLabel, checkLangAuto, checkDateLabel, checkButton, checkClear    string
	checkStorage, checkSizeOf, checkKB, checking, checkTooLong, checkBlank    string
	checkNoDate, checkFailed, checkCleared, checkResult, checkDownloads       string
	exportJSON, exportClaimReview, exportAnnotations, exportMarkdown          string
	checkExportFailed, checkClassroom                                         string
	checkFound                                                                [2]string

	// The classroom (classroom_view.go).
	class classroomMessages
}

// catalog holds the messages of each UI language.
var catalog = map[string]*messages{
	"fr": {
		lang: "fr", name: "Français",
		// The classroom.
		class: classroomMessages{
			checking:       "Vérification du texte partagé…",
			malformed:      "Ce lien de classe est abîmé : demandez à nouveau le lien à votre enseignant.",
			tooLong:        "Le texte de ce lien de classe dépasse 200 Ko : il n’est pas ouvert.",
			noText:         "Ce lien de classe ne contient aucun texte : demandez le lien à votre enseignant.",
			failed:         "Le texte partagé n’a pas pu être vérifié.",
			intro:          "Classez chaque affirmation surlignée : choisissez une réponse, puis révélez le verdict.",
			needsScript:    "Le mode classe a besoin de JavaScript : activez-le pour classer les affirmations.",
			toClassify:     "à classer",
			answered:       "votre réponse : %s",
			cantTell:       "Impossible à dire",
			choose:         "Selon vous, cette affirmation est…",
			reason:         "Votre raison (facultatif)",
			reasonRequired: "Votre raison (obligatoire)",
			reveal:         "Révéler le verdict",
			needChoice:     "Choisissez d’abord une réponse.",
			needReason:     "Écrivez d’abord une raison.",
			right:          "Juste",
			wrong:          "Faux",
			rightIs:        "le verdict est : %s.",
			wrongIs:        "vous avez répondu « %s » ; le verdict est : %s.",
			noAnswer:       "pas de réponse",
			reasonIs:       "Votre raison : %s",
			score:          "Votre score",
			scoreButton:    "Voir le score",
			scoreLine:      "Réponses justes : %d sur %d verdicts révélés (%d affirmations en tout).",
			allRevealed:    "Tous les verdicts sont révélés.",
			scoreKind:      "Type",
			scoreRight:     "Justes",
			scoreRevealed:  "Révélées",
			scoreTotal:     "Affirmations",
			scoreAll:       "Total",
			revealAll:      "Révéler tous les verdicts",
			teacher:        "Page de l’enseignant",
			share:          "Lien pour les élèves",
			shareKinds:     "Affirmations que les élèves classent",
			shareReason:    "Exiger une raison pour chaque réponse",
			shareLink:      "Lien des élèves",
			copy:           "Copier le lien",
			copied:         "Lien copié.",
			copyFallback:   "Le lien est sélectionné : appuyez sur Ctrl+C (⌘C) pour le copier.",
			shareNone:      "Choisissez au moins un type d’affirmation.",
			sheet:          "Corrigé",
			sheetN:         "N°",
			sheetClaim:     "Affirmation",
			sheetVerdict:   "Verdict",
			sheetExpl:      "Explication",
			print:          "Imprimer le corrigé",
		},
		// The timeline.
		timeline:   "Chronologie",
		tlIntro:    "Les dates de l’article et les événements de la base qu’elles touchent, dans l’ordre chronologique. Un trait relie une date contestée au fait de la base le plus proche.",
		tlFact:     "Fait de la base",
		tlBaseDate: "la base : %s",
		tlSummary:  "Frise chronologique de %d éléments, donnés dans l’ordre par la liste qui suit.",
		monthsShort: [12]string{"janv.", "févr.", "mars", "avr.", "mai", "juin",
			"juil.", "août", "sept.", "oct.", "nov.", "déc."},
		kinds: map[facts.Kind]string{
			facts.KindDate: "Date", facts.KindFounding: "Fondation", facts.KindAttendance: "Présence",
		},
		kindFilters: map[facts.Kind]string{
			facts.KindDate: "Dates", facts.KindFounding: "Fondations", facts.KindAttendance: "Présences",
		},
		verdicts: map[facts.Verdict]string{
			facts.Supported: "Confirmé", facts.Imprecise: "Imprécis",
			facts.Contradicted: "Contredit", facts.Unverified: "Non vérifié",
		},
		months: [12]string{"janvier", "février", "mars", "avril", "mai", "juin",
			"juillet", "août", "septembre", "octobre", "novembre", "décembre"},
		firstDay:         "1er",
		tools:            "Outils de lecture",
		switchLang:       "Afficher l’interface en français",
		highlights:       "Surlignage",
		highlightsShown:  "Surlignage affiché",
		highlightsHidden: "Surlignage masqué",
		legend:           "Légende",
		claims:           "Affirmations vérifiées",
		byKind:           "Filtrer par type",
		byVerdict:        "Filtrer par verdict",
		shownCount:       [2]string{"%d affirmation affichée sur %d", "%d affirmations affichées sur %d"},
		noClaim:          "Aucune affirmation ne correspond aux filtres.",
		notes:            "Notes de vérification",
		backToText:       "Retour au texte",
		claimN:           "Affirmation %d",
		close:            "Fermer",
		facts:            "Faits",
		sources:          "Sources",
		noFacts:          "Aucun fait de la base ne porte sur cette affirmation.",
		alsoHere:         "Aussi dans ce passage",
		newTab:           "nouvel onglet",
		moreHere:         [2]string{"%d autre affirmation ici", "%d autres affirmations ici"},
		one:              func(n int) bool { return n == 0 || n == 1 },
		notFound:         "Aucun article à cette adresse.",
		keysHint:         "Touches n et p : affirmation suivante ou précédente ; Échap : fermer la fiche.",
		linkCheck:        "Vérifier un autre texte",
		linkClass:        "Utiliser en classe",
		confidence:       "fiabilité",
		confidenceLevels: map[string]string{"high": "élevée", "medium": "moyenne", "low": "faible"},
		// The /check page.
		checkTitle:        "Vérifier un article",
		checkIntro:        "Collez le texte d’un article : ses affirmations sont repérées et vérifiées dans votre navigateur. Le texte n’est envoyé nulle part.",
		checkNeedsScript:  "La vérification se fait dans votre navigateur : elle demande JavaScript et WebAssembly.",
		checkTitleLabel:   "Titre (facultatif)",
		checkTextLabel:    "Texte de l’article",
		checkLangLabel:    "Langue de l’article",
		checkLangAuto:     "Détection automatique",
		checkDateLabel:    "Date de publication",
		checkButton:       "Vérifier",
		checkClear:        "Effacer",
		checkStorage:      "Votre brouillon est enregistré dans ce navigateur seulement ; « Effacer » le supprime.",
		checkSizeOf:       "%s sur %s au plus",
		checkKB:           "%d Ko",
		checking:          "Vérification en cours…",
		checkTooLong:      "Le texte fait %d octets (%s) : c’est plus que la limite de %d octets (%s). Raccourcissez-le pour le vérifier.",
		checkBlank:        "Collez d’abord le texte d’un article.",
		checkNoDate:       "Indiquez la date de publication (AAAA-MM-JJ) : les dates relatives comme « hier » se lisent par rapport à elle.",
		checkFailed:       "La vérification a échoué : %v",
		checkCleared:      "Formulaire effacé.",
		checkResult:       "Résultat : %s",
		checkFound:        [2]string{"%d affirmation trouvée", "%d affirmations trouvées"},
		checkDownloads:    "Télécharger le résultat",
		exportJSON:        "Affirmations (JSON)",
		exportClaimReview: "ClaimReview (JSON-LD)",
		exportAnnotations: "Annotations W3C (JSON-LD)",
		exportMarkdown:    "Rapport (Markdown)",
		checkExportFailed: "Le fichier n’a pas pu être créé : %v",
		checkClassroom:    "Ouvrir ce texte en classe",
	},
	"en": {
		lang: "en", name: "English",
		// The classroom.
		class: classroomMessages{
			checking:       "Checking the shared text…",
			malformed:      "This classroom link is damaged: ask your teacher for the link again.",
			tooLong:        "The text of this classroom link is over 200 KB: it is not opened.",
			noText:         "This classroom link holds no text: ask your teacher for the link.",
			failed:         "The shared text could not be checked.",
			intro:          "Classify each highlighted claim: choose an answer, then reveal the verdict.",
			needsScript:    "The classroom needs JavaScript: turn it on to classify the claims.",
			toClassify:     "to classify",
			answered:       "your answer: %s",
			cantTell:       "Can’t tell",
			choose:         "In your view, this claim is…",
			reason:         "Your reason (optional)",
			reasonRequired: "Your reason (required)",
			reveal:         "Reveal the verdict",
			needChoice:     "Choose an answer first.",
			needReason:     "Write a reason first.",
			right:          "Right",
			wrong:          "Wrong",
			rightIs:        "the verdict is: %s.",
			wrongIs:        "you answered “%s”; the verdict is: %s.",
			noAnswer:       "no answer",
			reasonIs:       "Your reason: %s",
			score:          "Your score",
			scoreButton:    "See the score",
			scoreLine:      "Right answers: %d of %d verdicts revealed (%d claims in all).",
			allRevealed:    "Every verdict is revealed.",
			scoreKind:      "Kind",
			scoreRight:     "Right",
			scoreRevealed:  "Revealed",
			scoreTotal:     "Claims",
			scoreAll:       "All",
			revealAll:      "Reveal every verdict",
			teacher:        "Teacher’s page",
			share:          "Link for the students",
			shareKinds:     "Claims the students classify",
			shareReason:    "Require a reason for each answer",
			shareLink:      "Students’ link",
			copy:           "Copy the link",
			copied:         "Link copied.",
			copyFallback:   "The link is selected: press Ctrl+C (⌘C) to copy it.",
			shareNone:      "Choose at least one kind of claim.",
			sheet:          "Answer sheet",
			sheetN:         "No.",
			sheetClaim:     "Claim",
			sheetVerdict:   "Verdict",
			sheetExpl:      "Explanation",
			print:          "Print the answer sheet",
		},
		// The timeline.
		timeline:   "Timeline",
		tlIntro:    "The article’s dates and the knowledge base’s events they touch, in chronological order. A line joins a disputed date to the nearest fact of the base.",
		tlFact:     "Knowledge-base fact",
		tlBaseDate: "the base: %s",
		tlSummary:  "Timeline of %d items, given in order by the list that follows.",
		monthsShort: [12]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
			"Jul", "Aug", "Sep", "Oct", "Nov", "Dec"},
		kinds: map[facts.Kind]string{
			facts.KindDate: "Date", facts.KindFounding: "Founding event", facts.KindAttendance: "Attendance",
		},
		kindFilters: map[facts.Kind]string{
			facts.KindDate: "Dates", facts.KindFounding: "Founding events", facts.KindAttendance: "Attendance",
		},
		verdicts: map[facts.Verdict]string{
			facts.Supported: "Supported", facts.Imprecise: "Imprecise",
			facts.Contradicted: "Contradicted", facts.Unverified: "Unverified",
		},
		months: [12]string{"January", "February", "March", "April", "May", "June",
			"July", "August", "September", "October", "November", "December"},
		tools:            "Reading tools",
		switchLang:       "Show the interface in English",
		highlights:       "Highlights",
		highlightsShown:  "Highlights shown",
		highlightsHidden: "Highlights hidden",
		legend:           "Legend",
		claims:           "Checked claims",
		byKind:           "Filter by kind",
		byVerdict:        "Filter by verdict",
		shownCount:       [2]string{"%d of %d claims shown", "%d of %d claims shown"},
		noClaim:          "No claim matches the filters.",
		notes:            "Fact-check notes",
		backToText:       "Back to the text",
		claimN:           "Claim %d",
		close:            "Close",
		facts:            "Facts",
		sources:          "Sources",
		noFacts:          "No fact in the knowledge base bears on this claim.",
		alsoHere:         "Also in this passage",
		newTab:           "new tab",
		moreHere:         [2]string{"%d more claim here", "%d more claims here"},
		one:              func(n int) bool { return n == 1 },
		notFound:         "No article at this address.",
		keysHint:         "Keys n and p: next or previous claim; Escape: close the card.",
		linkCheck:        "Check another text",
		linkClass:        "Use in class",
		confidence:       "confidence",
		confidenceLevels: map[string]string{"high": "high", "medium": "medium", "low": "low"},
		// The /check page.
		checkTitle:        "Check an article",
		checkIntro:        "Paste the text of an article: its claims are found and checked in your browser. The text is sent nowhere.",
		checkNeedsScript:  "Checking runs in your browser: it needs JavaScript and WebAssembly.",
		checkTitleLabel:   "Title (optional)",
		checkTextLabel:    "Text of the article",
		checkLangLabel:    "Language of the article",
		checkLangAuto:     "Detect automatically",
		checkDateLabel:    "Publication date",
		checkButton:       "Check",
		checkClear:        "Clear",
		checkStorage:      "Your draft is saved in this browser only; Clear deletes it.",
		checkSizeOf:       "%s of at most %s",
		checkKB:           "%d KB",
		checking:          "Checking…",
		checkTooLong:      "The text is %d bytes (%s), over the limit of %d bytes (%s). Shorten it to check it.",
		checkBlank:        "Paste the text of an article first.",
		checkNoDate:       "Enter the publication date (YYYY-MM-DD): relative dates such as “yesterday” are read from it.",
		checkFailed:       "The check failed: %v",
		checkCleared:      "Form cleared.",
		checkResult:       "Result: %s",
		checkFound:        [2]string{"%d claim found", "%d claims found"},
		checkDownloads:    "Download the result",
		exportJSON:        "Claims (JSON)",
		exportClaimReview: "ClaimReview (JSON-LD)",
		exportAnnotations: "W3C annotations (JSON-LD)",
		exportMarkdown:    "Report (Markdown)",
		checkExportFailed: "The file could not be made: %v",
		checkClassroom:    "Open this text as a classroom",
	},
}

// uiLangs lists the UI languages in the order the switch offers them.
var uiLangs = []string{"fr", "en"}

// kindOrder and verdictOrder are the orders of the filters and the legend.
var (
	kindOrder    = []facts.Kind{facts.KindDate, facts.KindFounding, facts.KindAttendance}
	verdictOrder = []facts.Verdict{facts.Supported, facts.Imprecise, facts.Contradicted, facts.Unverified}
)

// messagesFor returns the messages of lang, or English for a language the
// reader does not speak.
func messagesFor(lang string) *messages {
	if m, ok := catalog[lang]; ok {
		return m
	}
	return catalog["en"]
}

// knownLang returns lang when the reader has messages in it, else "".
// Only its result may go into a lang attribute.
func knownLang(lang string) string {
	if _, ok := catalog[lang]; ok {
		return lang
	}
	return ""
}

// count formats forms (singular, plural) with n and the other args,
// choosing the form by n.
func (m *messages) count(forms [2]string, n int, args ...any) string {
	f := forms[1]
	if m.one(n) {
		f = forms[0]
	}
	return fmt.Sprintf(f, append([]any{n}, args...)...)
}

// kind returns the label of k; an invalid kind shows as its Go form
// ("Kind(7)"), never as an empty string.
func (m *messages) kind(k facts.Kind) string {
	if s, ok := m.kinds[k]; ok {
		return s
	}
	return k.String()
}

// verdict returns the label of v; an invalid verdict reads as unverified.
func (m *messages) verdict(v facts.Verdict) string {
	return m.verdicts[verdictOf(v)]
}

// date formats a TIMEX3 date for readers: "2023-09-16" as "16 septembre
// 2023" or "16 September 2023", a month as "septembre 2023", a year as is,
// and an interval "A/B" as "A – B". Any other value is returned unchanged.
func (m *messages) date(timex string) string {
	if a, b, ok := strings.Cut(timex, "/"); ok {
		return m.date(a) + " – " + m.date(b)
	}
	parts := strings.Split(timex, "-")
	if len(parts) > 3 || len(parts[0]) != 4 {
		return timex
	}
	nums := make([]int, len(parts))
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 || (i > 0 && len(p) != 2) {
			return timex
		}
		nums[i] = n
	}
	switch len(nums) {
	case 1:
		return parts[0]
	case 2:
		if nums[1] < 1 || nums[1] > 12 {
			return timex
		}
		return m.months[nums[1]-1] + " " + parts[0]
	}
	if nums[1] < 1 || nums[1] > 12 || nums[2] < 1 || nums[2] > 31 {
		return timex
	}
	day := strconv.Itoa(nums[2])
	if nums[2] == 1 && m.firstDay != "" {
		day = m.firstDay
	}
	return fmt.Sprintf("%s %s %s", day, m.months[nums[1]-1], parts[0])
}
