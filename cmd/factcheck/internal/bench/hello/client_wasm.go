package main

// serve does nothing in the browser: RunWhenOnBrowser never returns.
func serve() {}
