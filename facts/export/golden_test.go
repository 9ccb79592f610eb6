package export_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"factlens/facts"
	"factlens/facts/export"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// compareGolden compares got with testdata/name, or rewrites the file with
// got when the -update flag is set.
func compareGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to write it)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s mismatch (-want +got):\n%s", name, diff)
	}
}

// goldenOptions are the options of the golden outputs.
var (
	goldenReview     = export.ClaimReviewOptions{Reviewer: "factlens", Date: reviewDate, BaseURL: "https://factlens.example/a/sahel-niamey"}
	goldenAnnotation = export.AnnotationOptions{Created: reviewDate, BaseURL: "https://factlens.example/a/sahel-niamey"}
)

func TestGolden(t *testing.T) {
	cases := []struct {
		name  string
		build func() (facts.Article, facts.Report)
	}{
		{"fr", frenchCase},
		{"en", englishCase},
	}
	for _, tc := range cases {
		a, r := tc.build()
		t.Run(tc.name+" text", func(t *testing.T) {
			var b bytes.Buffer
			if err := export.Text(&b, r); err != nil {
				t.Fatalf("Text: %v", err)
			}
			compareGolden(t, tc.name+".txt.golden", b.Bytes())
		})
		t.Run(tc.name+" markdown", func(t *testing.T) {
			var b bytes.Buffer
			if err := export.Markdown(&b, a, r); err != nil {
				t.Fatalf("Markdown: %v", err)
			}
			compareGolden(t, tc.name+".md.golden", b.Bytes())
		})
		t.Run(tc.name+" claim review", func(t *testing.T) {
			b, err := export.ClaimReview(a, r, goldenReview)
			if err != nil {
				t.Fatalf("ClaimReview: %v", err)
			}
			if !json.Valid(b) {
				t.Fatalf("ClaimReview returned invalid JSON:\n%s", b)
			}
			compareGolden(t, tc.name+".claimreview.golden", b)
		})
		t.Run(tc.name+" annotations", func(t *testing.T) {
			b, err := export.Annotations(a, r, goldenAnnotation)
			if err != nil {
				t.Fatalf("Annotations: %v", err)
			}
			if !json.Valid(b) {
				t.Fatalf("Annotations returned invalid JSON:\n%s", b)
			}
			compareGolden(t, tc.name+".annotations.golden", b)
		})
	}
}

// TestDeterministic checks that exporting a report again gives the same
// bytes, although its evidence is a map.
func TestDeterministic(t *testing.T) {
	a, r := frenchCase()
	run := func() string {
		var b bytes.Buffer
		if err := export.Markdown(&b, a, r); err != nil {
			t.Fatal(err)
		}
		for _, f := range []func() ([]byte, error){
			func() ([]byte, error) { return export.ClaimReview(a, r, goldenReview) },
			func() ([]byte, error) { return export.Annotations(a, r, goldenAnnotation) },
		} {
			out, err := f()
			if err != nil {
				t.Fatal(err)
			}
			b.Write(out)
		}
		return b.String()
	}
	first := run()
	for i := range 10 {
		if diff := cmp.Diff(first, run()); diff != "" {
			t.Fatalf("run %d differs from the first (-first +got):\n%s", i+2, diff)
		}
	}
}
