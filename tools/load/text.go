package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// The vocabulary of frenchNews: places, organisations, people and
// events of a made-up news beat, and sentence patterns with dates,
// durations and counts, the forms the engine looks for.
var (
	newsPlaces  = []string{"Dakar", "Abidjan", "Niamey", "Lomé", "Cotonou", "Conakry", "Ouagadougou", "Nouakchott", "Accra", "Yaoundé"}
	newsOrgs    = []string{"la Cédéao", "l’Union africaine", "l’Alliance des États du Sahel", "la Banque mondiale", "l’Uemoa", "le Conseil de sécurité", "l’Organisation mondiale de la santé", "la Commission électorale"}
	newsPeople  = []string{"le président sénégalais", "la ministre des Affaires étrangères", "le Premier ministre", "le secrétaire général", "la gouverneure de la banque centrale", "le chef de la diplomatie ivoirienne", "le porte-parole du gouvernement"}
	newsEvents  = []string{"le sommet régional", "la conférence sur le climat", "le forum économique", "la réunion ministérielle", "le conseil des ministres", "la session extraordinaire"}
	newsMonths  = []string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"}
	newsDays    = []string{"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"}
	newsPhrases = []func(r *rand.Rand) string{
		func(r *rand.Rand) string {
			return fmt.Sprintf("Le %s %d %s %d, %s s’est ouvert à %s en présence de %s.",
				pick(r, newsDays), 1+r.IntN(28), pick(r, newsMonths), 2015+r.IntN(11), pick(r, newsEvents), pick(r, newsPlaces), pick(r, newsPeople))
		},
		func(r *rand.Rand) string {
			return fmt.Sprintf("Créée en %d, %s compte aujourd’hui %d États membres, rappelle %s.",
				1960+r.IntN(60), pick(r, newsOrgs), 3+r.IntN(50), pick(r, newsPeople))
		},
		func(r *rand.Rand) string {
			return fmt.Sprintf("Depuis %d ans, %s réclame une réforme ; la dernière remonte au %d %s %d.",
				2+r.IntN(30), pick(r, newsOrgs), 1+r.IntN(28), pick(r, newsMonths), 1990+r.IntN(35))
		},
		func(r *rand.Rand) string {
			return fmt.Sprintf("Hier, %s a annoncé que %s se tiendrait à %s dans %d semaines, et non en %s comme prévu.",
				pick(r, newsPeople), pick(r, newsEvents), pick(r, newsPlaces), 2+r.IntN(10), pick(r, newsMonths))
		},
		func(r *rand.Rand) string {
			return fmt.Sprintf("Absent lors de %s, %s était représenté par %s, selon un communiqué publié %s soir.",
				pick(r, newsEvents), pick(r, newsPeople), pick(r, newsPeople), pick(r, newsDays))
		},
		func(r *rand.Rand) string {
			return fmt.Sprintf("Entre %d et %d, les échanges entre %s et %s ont progressé de %d %%, d’après %s.",
				2000+r.IntN(10), 2015+r.IntN(10), pick(r, newsPlaces), pick(r, newsPlaces), 5+r.IntN(60), pick(r, newsOrgs))
		},
		func(r *rand.Rand) string {
			return fmt.Sprintf("« Nous avons jusqu’à la fin de l’année pour conclure », a déclaré %s à la presse, à l’issue d’une rencontre de trois heures.",
				pick(r, newsPeople))
		},
	}
)

func pick(r *rand.Rand, list []string) string { return list[r.IntN(len(list))] }

// frenchNews returns French news-like text of about size bytes: a title,
// then paragraphs of three to six sentences, the same for every call.
func frenchNews(size int) string {
	r := rand.New(rand.NewPCG(2025, 12))
	var b strings.Builder
	b.WriteString("Diplomatie régionale : les capitales ouest-africaines face à un calendrier chargé\n")
	for b.Len() < size {
		for range 3 + r.IntN(4) {
			b.WriteString(newsPhrases[r.IntN(len(newsPhrases))](r))
			b.WriteByte(' ')
		}
		b.WriteString("\n")
	}
	return b.String()
}
