package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// renderTimeline is the timeline beside the reader: the knowledge base's
// events the article's claims touch and the article's dated claims, on
// one time axis.
func (r *Reader) renderTimeline() app.UI { return nil }
