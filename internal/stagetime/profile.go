package stagetime

import (
	"os"
	"runtime/pprof"
)

// Profile starts a CPU profile into the file the environment's
// BANMIAN_CPUPROFILE names, if it does, and returns the function that stops
// it (for measuring a command; see README, Speed).
func Profile() (stop func()) {
	f := os.Getenv("BANMIAN_CPUPROFILE")
	if f == "" {
		return func() {}
	}
	out, err := os.Create(f)
	if err != nil {
		return func() {}
	}
	if err := pprof.StartCPUProfile(out); err != nil {
		out.Close()
		return func() {}
	}
	return func() { pprof.StopCPUProfile(); out.Close() }
}
