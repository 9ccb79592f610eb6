package verify_test

import (
	"testing"
	"time"
	"unicode/utf8"

	"factlens/facts"
	"factlens/facts/kb"
	"factlens/facts/verify"
)

// FuzzClaims checks that verification never panics, whatever the text and
// the claim, and that a verdict cites facts exactly when it is not
// unverified. It is seeded from the verification tables.
func FuzzClaims(f *testing.F) {
	for _, group := range [][]verifyTest{dateTests, durationTests, foundingTests, attendanceTests} {
		for _, tt := range group {
			f.Add(tt.text, tt.lang, 0, len(tt.text)/2, uint8(1), "2025-12-22", "chair")
		}
	}
	f.Add("Le sommet de deux jours.", "fr", 13, 23, uint8(1), "P2D", "")
	f.Add("Traoré était absent le premier jour.", "fr", 0, 10, uint8(3), "XXXX-12-22/XXXX-12-23", "day1")
	b, err := kb.Default()
	if err != nil {
		f.Fatal(err)
	}
	ver := verify.New(b)
	kinds := []facts.Kind{facts.KindDate, facts.KindFounding, facts.KindAttendance}
	events := []string{facts.EventFounded, facts.EventWithdrew, facts.EventOperational, ""}
	types := []string{"DATE", "DURATION", "TIME", "SET"}
	f.Fuzz(func(t *testing.T, text, lang string, start, end int, k uint8, v, extra string) {
		if !utf8.ValidString(text) {
			return
		}
		// Out-of-range offsets must not panic either.
		text0 := ""
		if start >= 0 && end <= len(text) && start <= end {
			text0 = text[start:end]
		}
		c := facts.Claim{
			Kind: kinds[int(k)%len(kinds)], Start: start, End: end, Text: text0,
			Type: types[int(k)%len(types)], Value: v, Event: events[int(k)%len(events)],
			SubjectID: "aes", ObjectIDs: []string{"g5-sahel"}, Subject: extra,
			People: []facts.Person{
				{Name: extra, Present: k%2 == 0, Role: extra, When: extra, Title: extra},
				{Name: "Ibrahim Traoré", ID: "ibrahim-traore", Present: true, Title: extra, When: v},
			},
			Sentence: facts.Span{Start: 0, End: len(text)},
			Facts:    []string{},
		}
		cs := []facts.Claim{c}
		ver.Claims(text, lang, time.Date(2025, 12, 22, 0, 0, 0, 0, time.UTC), cs)
		got := cs[0]
		if got.Verdict < facts.Unverified || got.Verdict > facts.Contradicted {
			t.Fatalf("verdict %v out of range", got.Verdict)
		}
		if (got.Verdict == facts.Unverified) != (len(got.Facts) == 0) {
			t.Fatalf("verdict %v with facts %v", got.Verdict, got.Facts)
		}
		if got.Explanation == "" {
			t.Fatal("no explanation")
		}
		for _, id := range got.Facts {
			if _, ok := b.Fact(id); !ok {
				t.Fatalf("cites unknown fact %q", id)
			}
		}
	})
}

func BenchmarkClaims(b *testing.B) {
	base, err := kb.Default()
	if err != nil {
		b.Fatal(err)
	}
	var text string
	var cs []facts.Claim
	for _, group := range [][]verifyTest{dateTests, durationTests, foundingTests, attendanceTests} {
		for _, tt := range group {
			for _, c := range tt.claims(b, tt.text) {
				c.Start += len(text)
				c.End += len(text)
				c.Sentence.Start += len(text)
				c.Sentence.End += len(text)
				cs = append(cs, c)
			}
			text += tt.text + "\n"
		}
	}
	ref := time.Date(2025, 12, 22, 0, 0, 0, 0, time.UTC)
	v := verify.New(base)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		v.Claims(text, "fr", ref, cs)
	}
}
